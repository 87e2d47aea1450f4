import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { afterAll, describe, expect, it } from "vitest"
import { formatStampCode, newStampCodes } from "../modules/stamp/codes"
import { labelSheet, LABELS_PER_PAGE } from "./labels"
import { stampCheckUrl } from "./links"

/**
 * The sheet is checked as a printer and a phone would see it: its text through poppler's pdftotext, and its
 * first label rendered by pdftoppm and read back by a QR decoder (jsQR).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-labels-"))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

async function pdfOf(doc: PDFKit.PDFDocument): Promise<string> {
  const file = path.join(dir, `sheet-${Date.now()}.pdf`)
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(file)
    doc.pipe(out)
    out.on("finish", resolve)
    doc.on("error", reject)
  })
  return file
}

describe("a batch's sheet of stamp labels", () => {
  const codes = newStampCodes(LABELS_PER_PAGE + 2).map((code, i) => ({ code, serial: i + 1 }))
  const sheet = {
    batch_id: "stbat_TEST",
    certificate_no: "OCOP-66-2024-010",
    printed_stars: 4,
    product_title: "Cà phê rang xay Công bằng Ea Kiết",
    producer_name: "HTX Cà phê Công bằng Ea Kiết",
    codes,
  }

  it("prints every code in groups of four, the stars, the certificate and the product in Vietnamese, over as many pages as it takes", async () => {
    const file = await pdfOf(labelSheet(sheet))
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString()
    expect(text).toContain("Cà phê rang xay Công bằng Ea Kiết")
    expect(text).toContain("★★★★")
    expect(text).toContain("GCN OCOP-66-2024-010")
    expect(text).toContain("trang 2/2")
    const printed = formatStampCode(codes[0]!.code)
    expect(text).toContain(printed.slice(0, 9))
    expect(text).toContain(printed.slice(10))
    expect(execFileSync("pdfinfo", [file]).toString()).toMatch(/Pages:\s+2/)
  })

  it("draws a QR code a phone reads as the stamp's own address", async () => {
    const file = await pdfOf(labelSheet({ ...sheet, codes: codes.slice(0, 1) }))
    execFileSync("pdftoppm", ["-r", "200", "-png", "-f", "1", "-l", "1", file, path.join(dir, "page")])
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, "page-1.png")))
    // The first label's corner of the page: 10 mm margin, 9 mm header, a 47 × 37 mm label.
    const mm = 200 / 25.4
    const crop = { x: Math.round(8 * mm), y: Math.round(17 * mm), w: Math.round(40 * mm), h: Math.round(34 * mm) }
    const data = new Uint8ClampedArray(crop.w * crop.h * 4)
    for (let y = 0; y < crop.h; y++) {
      const from = ((crop.y + y) * png.width + crop.x) * 4
      data.set(png.data.subarray(from, from + crop.w * 4), y * crop.w * 4)
    }
    const read = jsQR(data, crop.w, crop.h)
    expect(read?.data).toBe(stampCheckUrl(formatStampCode(codes[0]!.code)))
  })
})

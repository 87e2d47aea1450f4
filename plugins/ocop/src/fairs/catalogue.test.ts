import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import jsQR from "jsqr"
import { PNG } from "pngjs"
import { afterAll, describe, expect, it } from "vitest"
import { catalogueBytes, formatVnd, type CatalogueInput } from "./catalogue"
import { boothQrUrl, productQrUrl } from "./referral"

/**
 * A fair's catalogue read as a printer and a phone would: its text through poppler's pdftotext (every Vietnamese
 * letter as written), its pages counted by pdfinfo, and a product card rendered by pdftoppm with its QR code read
 * back by a decoder (jsQR).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-catalogue-"))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const ORIGIN = "https://cho-ocop.example.vn"
const product = (title: string, stars: number, price: number, handle: string, booth: string) => ({ title, stars, price, url: productQrUrl(ORIGIN, handle, "hoi-cho-thu", booth) })

const input: CatalogueInput = {
  locale: "vi",
  fair: {
    name: "Hội chợ OCOP Đắk Lắk – Tuần lễ Cà phê",
    first_day: "2026-12-05",
    last_day: "2026-12-09",
    venue_name: "Quảng trường 10/3",
    address: "Phường Buôn Ma Thuột, tỉnh Đắk Lắk",
    organiser: "Sở Công Thương tỉnh Đắk Lắk",
    organiser_phone: "0262 3852 555",
    opening_hours: "8:00–22:00 hằng ngày",
    url: `${ORIGIN}/hoi-cho/hoi-cho-thu`,
  },
  zones: [
    { code: "A", name: "Cà phê và ca cao" },
    { code: "B", name: "Đặc sản Tây Nguyên" },
  ],
  booths: [
    { number: "A1", zone: "A", producer: "HTX Cà phê Công bằng Ea Kiết", products: [product("Cà phê rang xay Công bằng Ea Kiết", 4, 120_000, "ca-phe-ea-kiet", "A1")] },
    {
      number: "B2",
      zone: "B",
      producer: "Hộ kinh doanh H'Nhoi Êban",
      products: [product("Rượu cần Ê Đê H'Nhoi", 3, 1_250_000, "ruou-can-h-nhoi", "B2"), product("Mật ong hoa cà phê Krông Năng", 5, 95_500, "mat-ong", "B2")],
    },
    { number: "C1", zone: null, producer: "Tổ hợp tác Tiêu Chư Sê", products: [] },
  ],
}

async function written(catalogue: CatalogueInput): Promise<string> {
  const file = path.join(dir, `catalogue-${catalogue.locale}-${Date.now()}.pdf`)
  fs.writeFileSync(file, await catalogueBytes(catalogue))
  return file
}

describe("a fair's printable catalogue", () => {
  it("writes prices as Vietnamese shops do", () => {
    expect([formatVnd(120_000), formatVnd(1_250_000), formatVnd(0), formatVnd(95_500)]).toEqual(["120.000 ₫", "1.250.000 ₫", "0 ₫", "95.500 ₫"])
  })

  it("has a cover, an index of booths by zone and a card per product, with every diacritic in its text", async () => {
    const file = await written(input)
    expect(execFileSync("pdfinfo", [file]).toString()).toMatch(/Pages:\s+3/)
    const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString()
    for (const words of [
      "CATALOGUE SẢN PHẨM OCOP",
      "Hội chợ OCOP Đắk Lắk – Tuần lễ Cà phê",
      "Từ 05/12/2026 đến 09/12/2026",
      "Sở Công Thương tỉnh Đắk Lắk · 0262 3852 555",
      "3 gian hàng · 3 sản phẩm OCOP",
      "Khu A · Cà phê và ca cao",
      "Khu B · Đặc sản Tây Nguyên",
      "Ngoài khu",
      "Tổ hợp tác Tiêu Chư Sê",
      "Rượu cần Ê Đê H'Nhoi",
      "Mật ong hoa cà phê Krông Năng",
      "Hộ kinh doanh H'Nhoi Êban",
      "1.250.000 ₫",
      "★★★★★",
      "OCOP 5 sao",
      "Trang 3/3",
    ]) {
      expect(text, words).toContain(words)
    }
    // The index reads zone by zone, booths outside any zone last.
    expect(text.indexOf("Khu A ·")).toBeLessThan(text.indexOf("Khu B ·"))
    expect(text.indexOf("Khu B ·")).toBeLessThan(text.indexOf("Ngoài khu"))
  })

  it("gives English words and the names it is given with locale en", async () => {
    const text = execFileSync("pdftotext", [await written({ ...input, locale: "en" }), "-"]).toString()
    for (const words of ["OCOP PRODUCT CATALOGUE", "05/12/2026 to 09/12/2026", "Booths by zone", "Zone A", "Booth B2", "OCOP 3 stars", "Outside the zones"]) {
      expect(text, words).toContain(words)
    }
  })

  it("prints on each card a QR code a phone reads as the product's page with the fair and booth as referral", async () => {
    const file = await written(input)
    execFileSync("pdftoppm", ["-r", "200", "-png", "-f", "3", "-l", "3", file, path.join(dir, "cards")])
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => /^cards-0*3\.png$/.test(f))!)))
    // The first card: top left, inside the 12 mm margin, 93 × 87 mm.
    const mm = 200 / 25.4
    const crop = { x: Math.round(10 * mm), y: Math.round(10 * mm), w: Math.round(96 * mm), h: Math.round(90 * mm) }
    const data = new Uint8ClampedArray(crop.w * crop.h * 4)
    for (let y = 0; y < crop.h; y++) {
      const from = ((crop.y + y) * png.width + crop.x) * 4
      data.set(png.data.subarray(from, from + crop.w * 4), y * crop.w * 4)
    }
    expect(jsQR(data, crop.w, crop.h)?.data).toBe(`${ORIGIN}/san-pham/ca-phe-ea-kiet?hoi-cho=hoi-cho-thu&gian=A1`)
  })

  it("leads a booth's code to its page marked as scanned", () => {
    expect(boothQrUrl(ORIGIN, "hoi-cho-thu", "A1")).toBe(`${ORIGIN}/hoi-cho/hoi-cho-thu/gian-hang/A1?nguon=qr`)
  })
})

/**
 * A batch's sheet of stamp labels as a PDF, written with PDFKit (the most used PDF writer for Node: text with
 * embedded TrueType fonts, vector drawing, streaming) and DejaVu Sans (its glyphs cover Vietnamese and ★).
 * A4, 4 × 7 labels of 47 × 37 mm, each: the QR code of the stamp's address, the OCOP mark with the stars as
 * printed, the code in groups of four, the certificate number and the product. Streamed page by page, so a batch
 * of 100 000 never sits in memory.
 */
import { createRequire } from "node:module"
import path from "node:path"
import PDFDocument from "pdfkit"
import { formatStampCode } from "../modules/stamp/codes"
import { stampCheckUrl } from "./links"
import { qrRuns } from "./qr"

const requireHere = createRequire(__filename)
const FONT_DIR = path.join(path.dirname(requireHere.resolve("dejavu-fonts-ttf/package.json")), "ttf")
const FONT = path.join(FONT_DIR, "DejaVuSans.ttf")
const FONT_BOLD = path.join(FONT_DIR, "DejaVuSans-Bold.ttf")

const MM = 72 / 25.4
const PAGE = { width: 210 * MM, height: 297 * MM }
const MARGIN = 10 * MM
const HEADER = 9 * MM
const COLUMNS = 4
const ROWS = 7
const LABEL = { width: (PAGE.width - 2 * MARGIN) / COLUMNS, height: (PAGE.height - 2 * MARGIN - HEADER) / ROWS }
const QR_SIDE = 22 * MM
export const LABELS_PER_PAGE = COLUMNS * ROWS

export type LabelSheet = {
  batch_id: string
  certificate_no: string
  printed_stars: number
  product_title: string
  producer_name: string | null
  codes: { code: string; serial: number }[]
}

/** The PDF document, ended once every label is drawn; pipe it to a response or a file before it ends. */
export function labelSheet(sheet: LabelSheet): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: `Tem OCOP ${sheet.certificate_no} – ${sheet.product_title}`,
      Subject: `Lô tem ${sheet.batch_id}: ${sheet.codes.length} tem / stamp batch ${sheet.batch_id}: ${sheet.codes.length} stamps`,
      Creator: "Chợ OCOP Đắk Lắk",
    },
  })
  doc.registerFont("body", FONT)
  doc.registerFont("bold", FONT_BOLD)
  const pages = Math.max(1, Math.ceil(sheet.codes.length / LABELS_PER_PAGE))
  const stars = "★".repeat(sheet.printed_stars)

  // Drawn asynchronously in small steps so a big batch does not hold the event loop for minutes.
  const draw = async () => {
    for (let page = 0; page < pages; page++) {
      doc.addPage({ size: "A4", margin: 0 })
      doc.font("body").fontSize(7).fillColor("#444444")
      doc.text(
        `Tem OCOP · ${sheet.product_title}${sheet.producer_name ? ` · ${sheet.producer_name}` : ""} · GCN ${sheet.certificate_no} · lô ${sheet.batch_id} · trang ${page + 1}/${pages}`,
        MARGIN,
        MARGIN,
        { width: PAGE.width - 2 * MARGIN, height: HEADER, ellipsis: true, lineBreak: false }
      )
      const onPage = sheet.codes.slice(page * LABELS_PER_PAGE, (page + 1) * LABELS_PER_PAGE)
      onPage.forEach((code, i) => drawLabel(doc, sheet, stars, code, i))
      await new Promise((resolve) => setImmediate(resolve))
    }
    doc.end()
  }
  void draw().catch((error) => doc.emit("error", error))
  return doc
}

function drawLabel(doc: PDFKit.PDFDocument, sheet: LabelSheet, stars: string, code: { code: string; serial: number }, index: number) {
  const x = MARGIN + (index % COLUMNS) * LABEL.width
  const y = MARGIN + HEADER + Math.floor(index / COLUMNS) * LABEL.height
  // Cutting guides: a thin grey frame per label.
  doc.lineWidth(0.3).strokeColor("#bbbbbb").rect(x, y, LABEL.width, LABEL.height).stroke()

  const printed = formatStampCode(code.code)
  const { size, runs } = qrRuns(stampCheckUrl(printed))
  const module = QR_SIDE / size
  const qrX = x + 2 * MM
  const qrY = y + 2.5 * MM
  doc.fillColor("#000000")
  for (const [row, col, length] of runs) doc.rect(qrX + col * module, qrY + row * module, length * module, module)
  doc.fill()

  const textX = qrX + QR_SIDE + 2 * MM
  const textWidth = x + LABEL.width - textX - 1.5 * MM
  doc.font("bold").fontSize(10).fillColor("#9a3412").text("OCOP", textX, qrY, { width: textWidth, lineBreak: false })
  doc.font("body").fontSize(9).fillColor("#b45309").text(stars, textX, qrY + 4.5 * MM, { width: textWidth, lineBreak: false })
  doc.font("bold").fontSize(6.5).fillColor("#000000")
  doc.text(printed.slice(0, 9), textX, qrY + 10 * MM, { width: textWidth, lineBreak: false })
  doc.text(printed.slice(10), textX, qrY + 13 * MM, { width: textWidth, lineBreak: false })
  doc.font("body").fontSize(5).fillColor("#444444").text(`#${String(code.serial).padStart(6, "0")}`, textX, qrY + 17 * MM, { width: textWidth, lineBreak: false })

  const bottom = qrY + QR_SIDE + 1.5 * MM
  doc.font("body").fontSize(5.5).fillColor("#000000")
  doc.text(sheet.product_title, x + 2 * MM, bottom, { width: LABEL.width - 4 * MM, height: 6, ellipsis: true, lineBreak: false })
  doc.text(`GCN ${sheet.certificate_no}`, x + 2 * MM, bottom + 2.6 * MM, { width: LABEL.width - 4 * MM, lineBreak: false })
  doc.fontSize(5).fillColor("#444444").text("Quét để kiểm tra tem · Scan to verify", x + 2 * MM, bottom + 5.2 * MM, { width: LABEL.width - 4 * MM, lineBreak: false })
}

/**
 * A fair's printable catalogue as a PDF, written as the stamp labels are (src/stamps/labels.ts): PDFKit with
 * DejaVu Sans embedded (its glyphs cover every Vietnamese letter, ★ and ₫), QR codes drawn as vector runs. A4:
 * a cover (the fair's name, days, venue, organiser, and the QR code of its page), an index of booths by zone
 * (booth → producer), then one card per product shown, six to a page: star badge, name, producer, booth and
 * zone, price, and the QR code of the product's page with the fair as referral (src/fairs/referral.ts).
 * Vietnamese by default; English names and labels with `locale: "en"`.
 */
import { createRequire } from "node:module"
import path from "node:path"
import PDFDocument from "pdfkit"
import { qrRuns } from "../stamps/qr"

const requireHere = createRequire(__filename)
const FONT_DIR = path.join(path.dirname(requireHere.resolve("dejavu-fonts-ttf/package.json")), "ttf")

const MM = 72 / 25.4
const PAGE = { width: 210 * MM, height: 297 * MM }
const MARGIN = 12 * MM
const FOOTER = 8 * MM
const COLUMNS = 2
const ROWS = 3
const GAP = 5 * MM
const CARD = {
  width: (PAGE.width - 2 * MARGIN - GAP) / COLUMNS,
  height: (PAGE.height - 2 * MARGIN - FOOTER - (ROWS - 1) * GAP) / ROWS,
}
const QR_SIDE = 30 * MM
const GREEN = "#14532d"
const AMBER = "#b45309"
const GREY = "#444444"

export type CatalogueLocale = "vi" | "en"

export type CatalogueInput = {
  locale: CatalogueLocale
  fair: { name: string; first_day: string; last_day: string; venue_name: string; address: string; organiser: string; organiser_phone: string; opening_hours: string; url: string }
  zones: { code: string; name: string }[]
  booths: {
    number: string
    zone: string | null
    producer: string
    products: { title: string; stars: number; price: number; url: string }[]
  }[]
}

const WORDS = {
  vi: {
    catalogue: "CATALOGUE SẢN PHẨM OCOP",
    dates: (a: string, b: string) => `Từ ${a} đến ${b}`,
    organiser: "Ban tổ chức",
    hours: "Giờ mở cửa",
    scanFair: "Quét mã để xem sơ đồ gian hàng và hỏi mua",
    count: (booths: number, products: number) => `${booths} gian hàng · ${products} sản phẩm OCOP`,
    index: "Mục lục gian hàng theo khu",
    noZone: "Ngoài khu",
    zone: (code: string, name: string) => `Khu ${code} · ${name}`,
    booth: (n: string) => `Gian ${n}`,
    products: (n: number) => `${n} sản phẩm`,
    stars: (n: number) => `OCOP ${n} sao`,
    scan: "Quét để xem và đặt mua",
    page: (a: number, b: number) => `Trang ${a}/${b}`,
  },
  en: {
    catalogue: "OCOP PRODUCT CATALOGUE",
    dates: (a: string, b: string) => `${a} to ${b}`,
    organiser: "Organiser",
    hours: "Opening hours",
    scanFair: "Scan for the floor plan and to enquire",
    count: (booths: number, products: number) => `${booths} booths · ${products} OCOP products`,
    index: "Booths by zone",
    noZone: "Outside the zones",
    zone: (code: string, name: string) => `Zone ${code} · ${name}`,
    booth: (n: string) => `Booth ${n}`,
    products: (n: number) => `${n} product${n === 1 ? "" : "s"}`,
    stars: (n: number) => `OCOP ${n} stars`,
    scan: "Scan to see and order",
    page: (a: number, b: number) => `Page ${a}/${b}`,
  },
}

/** dd/mm/yyyy from an ISO day. */
const day = (iso: string) => iso.split("-").reverse().join("/")
/** 120.000 ₫: dots between thousands, as Vietnamese prices are written in both languages' pages. */
export const formatVnd = (amount: number) => `${Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")} ₫`

function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, side: number) {
  const { size, runs } = qrRuns(url)
  const module = side / size
  doc.fillColor("#000000")
  for (const [row, col, length] of runs) doc.rect(x + col * module, y + row * module, length * module, module)
  doc.fill()
}

/** The document, ended once every page is drawn: pipe it to a response or collect it before it ends. */
export function fairCatalogue(input: CatalogueInput): PDFKit.PDFDocument {
  const w = WORDS[input.locale]
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    info: { Title: `${input.fair.name} – catalogue`, Subject: w.catalogue, Creator: "Chợ OCOP Đắk Lắk" },
  })
  doc.registerFont("body", path.join(FONT_DIR, "DejaVuSans.ttf"))
  doc.registerFont("bold", path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
  const text = PAGE.width - 2 * MARGIN
  const productCount = input.booths.reduce((sum, booth) => sum + booth.products.length, 0)

  // Cover.
  doc.addPage()
  doc.rect(0, 0, PAGE.width, 70 * MM).fill(GREEN)
  doc.font("bold").fontSize(12).fillColor("#fde68a").text(w.catalogue, MARGIN, 22 * MM, { width: text, characterSpacing: 1 })
  doc.font("bold").fontSize(24).fillColor("#ffffff").text(input.fair.name, MARGIN, 32 * MM, { width: text })
  let y = 82 * MM
  doc.font("bold").fontSize(14).fillColor("#000000").text(w.dates(day(input.fair.first_day), day(input.fair.last_day)), MARGIN, y, { width: text })
  y = doc.y + 3 * MM
  doc.font("bold").fontSize(12).text(input.fair.venue_name, MARGIN, y, { width: text })
  doc.font("body").fontSize(11).fillColor(GREY).text(input.fair.address, { width: text })
  doc.moveDown(0.6)
  doc.text(`${w.hours}: ${input.fair.opening_hours}`, { width: text })
  doc.text(`${w.organiser}: ${input.fair.organiser} · ${input.fair.organiser_phone}`, { width: text })
  doc.moveDown(0.6)
  doc.font("bold").fillColor(GREEN).text(w.count(input.booths.length, productCount), { width: text })
  const coverQr = 45 * MM
  drawQr(doc, input.fair.url, MARGIN, PAGE.height - MARGIN - FOOTER - coverQr - 12 * MM, coverQr)
  doc.font("body").fontSize(10).fillColor(GREY)
  doc.text(w.scanFair, MARGIN + coverQr + 6 * MM, PAGE.height - MARGIN - FOOTER - coverQr / 2 - 16 * MM, { width: text - coverQr - 6 * MM })
  doc.fontSize(8).text(input.fair.url, MARGIN + coverQr + 6 * MM, doc.y + 2 * MM, { width: text - coverQr - 6 * MM })

  // Index by zone: the zones in their order, then booths outside any zone.
  doc.addPage()
  doc.font("bold").fontSize(18).fillColor(GREEN).text(w.index, MARGIN, MARGIN, { width: text })
  y = doc.y + 4 * MM
  const groups = [
    ...input.zones.map((zone) => ({ title: w.zone(zone.code, zone.name), booths: input.booths.filter((b) => b.zone === zone.code) })),
    { title: w.noZone, booths: input.booths.filter((b) => !b.zone || !input.zones.some((z) => z.code === b.zone)) },
  ].filter((group) => group.booths.length)
  const bottom = PAGE.height - MARGIN - FOOTER
  for (const group of groups) {
    if (y + 14 * MM > bottom) {
      doc.addPage()
      y = MARGIN
    }
    doc.font("bold").fontSize(12).fillColor("#000000").text(group.title, MARGIN, y, { width: text })
    y = doc.y + 1.5 * MM
    for (const booth of group.booths) {
      if (y + 6 * MM > bottom) {
        doc.addPage()
        y = MARGIN
      }
      doc.font("bold").fontSize(10).fillColor("#000000").text(w.booth(booth.number), MARGIN, y, { width: 25 * MM, lineBreak: false })
      doc.font("body").text(booth.producer, MARGIN + 26 * MM, y, { width: text - 60 * MM, height: 12, ellipsis: true, lineBreak: false })
      doc.fillColor(GREY).text(w.products(booth.products.length), PAGE.width - MARGIN - 32 * MM, y, { width: 32 * MM, align: "right", lineBreak: false })
      doc.moveTo(MARGIN, y + 5 * MM).lineTo(PAGE.width - MARGIN, y + 5 * MM).lineWidth(0.3).strokeColor("#dddddd").stroke()
      y += 6.5 * MM
    }
    y += 4 * MM
  }

  // One card per product, booth by booth.
  const zoneName = new Map(input.zones.map((zone) => [zone.code, zone.name]))
  const cards = input.booths.flatMap((booth) => booth.products.map((product) => ({ booth, product })))
  cards.forEach(({ booth, product }, i) => {
    const slot = i % (COLUMNS * ROWS)
    if (slot === 0) doc.addPage()
    const x = MARGIN + (slot % COLUMNS) * (CARD.width + GAP)
    const top = MARGIN + Math.floor(slot / COLUMNS) * (CARD.height + GAP)
    doc.lineWidth(0.6).strokeColor("#d6d3d1").roundedRect(x, top, CARD.width, CARD.height, 3 * MM).stroke()
    const inner = CARD.width - 8 * MM
    // Star badge.
    const badge = `${"★".repeat(product.stars)}  ${w.stars(product.stars)}`
    doc.font("bold").fontSize(9)
    const badgeWidth = doc.widthOfString(badge) + 5 * MM
    doc.roundedRect(x + 4 * MM, top + 4 * MM, badgeWidth, 6 * MM, 3 * MM).fill("#fef3c7")
    doc.fillColor(AMBER).text(badge, x + 6.5 * MM, top + 5.3 * MM, { lineBreak: false })
    doc.font("bold").fontSize(12).fillColor("#000000").text(product.title, x + 4 * MM, top + 13 * MM, { width: inner, height: 32, ellipsis: true })
    doc.font("body").fontSize(9).fillColor(GREY).text(booth.producer, x + 4 * MM, top + 26 * MM, { width: inner, height: 24, ellipsis: true })
    const where = [w.booth(booth.number), booth.zone && zoneName.has(booth.zone) ? w.zone(booth.zone, zoneName.get(booth.zone)!) : null].filter(Boolean).join(" · ")
    doc.font("bold").fontSize(9).fillColor(GREEN).text(where, x + 4 * MM, top + 35 * MM, { width: inner, height: 12, ellipsis: true, lineBreak: false })
    const qrY = top + CARD.height - QR_SIDE - 4 * MM
    drawQr(doc, product.url, x + CARD.width - QR_SIDE - 3 * MM, qrY, QR_SIDE)
    doc.font("bold").fontSize(15).fillColor("#000000").text(formatVnd(product.price), x + 4 * MM, qrY + 8 * MM, { width: inner - QR_SIDE, lineBreak: false })
    doc.font("body").fontSize(7.5).fillColor(GREY).text(w.scan, x + 4 * MM, qrY + 17 * MM, { width: inner - QR_SIDE - 2 * MM })
  })

  // Footers, once the page count is known.
  const range = doc.bufferedPageRange()
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i)
    doc.font("body").fontSize(7.5).fillColor(GREY)
    doc.text(`${input.fair.name} · ${w.page(i + 1, range.count)}`, MARGIN, PAGE.height - MARGIN - 4 * MM, { width: text, align: "center", lineBreak: false, height: 10 })
  }
  doc.end()
  return doc
}

/** The whole PDF as bytes. */
export function catalogueBytes(input: CatalogueInput): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = fairCatalogue(input)
    const chunks: Buffer[] = []
    doc.on("data", (chunk: Buffer) => chunks.push(chunk))
    doc.on("end", () => resolve(Buffer.concat(chunks)))
    doc.on("error", reject)
  })
}

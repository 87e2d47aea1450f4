/**
 * The register as a file (`GET /admin/ocop/register.csv` and `.xlsx`): one row per certification, current and
 * past, in the columns of columns.ts, oldest decision first. What an import compares a row with is the same
 * `registerRowOf`, so a file exported and sent back reads as "unchanged" row for row.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify/sync"
import ExcelJS from "exceljs"
import { findProvince } from "../../modules/ocop/places"
import { decisionBody } from "../../modules/ocop/rules"
import { dayOf, fileScore, filePhone, fileState, REGISTER_COLUMNS, type RegisterRow } from "./columns"
import { isFormulaText } from "./read-file"

export type RegisterCertification = {
  id: string
  stars: number
  score: number | string
  criteria_version: string
  group_code: string
  sub_group_code: string | null
  level: string | null
  certificate_no: string | null
  decision_no: string | null
  issued_at: string | Date
  expires_at: string | Date
  revoked_at: string | Date | null
}
export type RegisterProduct = { id: string; handle: string; title: string }
export type RegisterProducer = {
  id: string
  name: string
  handle: string
  entity_type: string
  representative: string
  phone: string
  email: string | null
  province_code: string
  ward_code: string
  address_as_certified: string
}

export const PRODUCER_FIELDS = ["id", "name", "handle", "entity_type", "representative", "phone", "email", "province_code", "ward_code", "address_as_certified"]
export const CERTIFICATION_FIELDS = [
  "id", "stars", "score", "criteria_version", "group_code", "sub_group_code", "level", "certificate_no", "decision_no",
  "issued_at", "expires_at", "revoked_at", "renews_id",
]

export function registerRowOf(cert: RegisterCertification, product: RegisterProduct | null, producer: RegisterProducer | null, now: Date): RegisterRow {
  return {
    ma_chung_nhan: cert.certificate_no ?? "",
    so_quyet_dinh: cert.decision_no ?? "",
    co_quan_quyet_dinh: decisionBody(cert.decision_no, findProvince(producer?.province_code)?.name)?.vi ?? "",
    ngay_quyet_dinh: dayOf(cert.issued_at),
    ngay_het_han: dayOf(cert.expires_at),
    ten_san_pham: product?.title ?? "",
    san_pham_handle: product?.handle ?? "",
    nhom: cert.group_code,
    phan_nhom: cert.sub_group_code ?? "",
    bo_tieu_chi: cert.criteria_version,
    diem: fileScore(Number(cert.score)),
    sao: String(cert.stars),
    cap: cert.level ?? "",
    chu_the: producer?.name ?? "",
    loai_chu_the: producer?.entity_type ?? "",
    nguoi_dai_dien: producer?.representative ?? "",
    dien_thoai: filePhone(producer?.phone),
    email: producer?.email ?? "",
    ma_tinh: producer?.province_code ?? "",
    ma_xa: producer?.ward_code ?? "",
    dia_chi: producer?.address_as_certified ?? "",
    trang_thai: fileState(cert as any, now),
  }
}

/** Every certification of the register as a row, oldest decision first, then by certificate number. */
export async function registerRows(container: MedusaContainer, now = new Date()): Promise<RegisterRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "certification",
    fields: [...CERTIFICATION_FIELDS, "product.id", "product.handle", "product.title", ...PRODUCER_FIELDS.map((f) => `product.producer.${f}`)],
  })
  return (data as any[])
    .sort((a, b) => new Date(a.issued_at).getTime() - new Date(b.issued_at).getTime() || String(a.certificate_no ?? "").localeCompare(String(b.certificate_no ?? "")))
    .map((cert) => registerRowOf(cert, cert.product ?? null, cert.product?.producer ?? null, now))
}

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, as Excel itself writes such text; the
 * import takes it off again. No register value starts so in practice; a name typed "=…" must not become code.
 */
const safe = (value: string) => (isFormulaText(value) ? `'${value}` : value)

export function registerCsv(rows: RegisterRow[]): string {
  return `\uFEFF${stringify([[...REGISTER_COLUMNS], ...rows.map((row) => REGISTER_COLUMNS.map((column) => safe(row[column])))])}`
}

export async function registerXlsx(rows: RegisterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = "Chợ OCOP Đắk Lắk"
  const sheet = workbook.addWorksheet("So OCOP")
  sheet.columns = REGISTER_COLUMNS.map((column) => ({ header: column, key: column, width: Math.max(12, column.length + 2) }))
  sheet.getRow(1).font = { bold: true }
  sheet.views = [{ state: "frozen", ySplit: 1 }]
  for (const row of rows) {
    // Numbers stay numbers; everything else is text, so Excel neither reformats codes (066, 24265) nor reads formulas.
    sheet.addRow(Object.fromEntries(REGISTER_COLUMNS.map((column) => [column, column === "diem" || column === "sao" ? Number(row[column]) : row[column]])))
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * The leads as a CSV file for the organiser (a spreadsheet, a report to the programme): Vietnamese column names
 * as officers write them, like the OCOP register's, dates as dd/mm/yyyy, and a byte-order mark so spreadsheet
 * programs read the diacritics as UTF-8. Quoting and escaping are csv-stringify's (RFC 4180), not ours.
 */
import { stringify } from "csv-stringify/sync"
import { STATUS_WORDS } from "../modules/fair/lead-status"
import type { LeadView } from "./leads"

export const LEAD_CSV_COLUMNS = [
  "ma_yeu_cau",
  "ngay_gui",
  "trang_thai",
  "ngay_cap_nhat",
  "gia_tri_hop_dong",
  "hoi_cho",
  "gian_hang",
  "chu_the",
  "san_pham",
  "nguoi_mua",
  "don_vi",
  "dien_thoai",
  "email",
  "thi_truong",
  "so_luong",
  "loi_nhan",
  "nguon",
] as const

const SOURCE_WORDS = { booth_qr: "Mã QR gian hàng", fair_page: "Trang hội chợ", product_page: "Trang sản phẩm" } as const

const day = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is written with a leading apostrophe:
 * a buyer's note must not become a command in the organiser's spreadsheet (CSV injection). Phone numbers in E.164
 * keep their `+` as text that way too.
 */
function safe(value: string | number | null): string | number {
  if (value == null) return ""
  if (typeof value === "number") return value
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function leadsCsv(leads: readonly LeadView[]): string {
  const rows = leads.map((lead) =>
    [
      lead.id,
      day.format(new Date(lead.created_at)),
      STATUS_WORDS[lead.status].vi,
      day.format(new Date(lead.status_changed_at)),
      lead.contract_value,
      lead.fair?.name ?? null,
      lead.booth?.number ?? null,
      lead.producer?.name ?? null,
      lead.product?.title ?? null,
      lead.buyer_name,
      lead.organisation,
      lead.phone,
      lead.email,
      lead.market,
      lead.quantity,
      lead.note,
      SOURCE_WORDS[lead.source],
    ].map(safe)
  )
  return "\uFEFF" + stringify([[...LEAD_CSV_COLUMNS], ...rows], { record_delimiter: "\r\n" })
}

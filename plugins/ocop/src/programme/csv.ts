/**
 * The dashboard's figures as a CSV file, the same numbers as the screen: one line per target and per figure, in
 * Vietnamese as officers file them, UTF-8 with a byte-order mark so Excel reads the accents.
 */
import { stringify } from "csv-stringify/sync"
import { PRODUCER_ENTITY_TYPES, SALES_POINT_TYPES } from "../modules/ocop/rules"
import { SALES_CHANNEL_LABELS } from "./channels"
import type { ProgrammeResult } from "./figures"
import { STATUS_LABELS } from "./status"


const kindName = (code: string) => PRODUCER_ENTITY_TYPES[code as keyof typeof PRODUCER_ENTITY_TYPES]?.name_vi ?? code
const pointName = (code: string) => SALES_POINT_TYPES[code as keyof typeof SALES_POINT_TYPES]?.name_vi ?? code

export function programmeCsv(result: ProgrammeResult): string {
  const rows: (string | number | null)[][] = [["muc", "nhom", "chi_tieu", "gia_tri", "muc_tieu", "trang_thai", "ghi_chu"]]
  for (const plan of result.plans) {
    for (const t of plan.targets) {
      const range = t.target.max === null ? `≥ ${t.target.min}` : t.target.max === t.target.min ? `${t.target.min}` : `${t.target.min}–${t.target.max}`
      rows.push(["Mục tiêu", plan.plan, t.label, t.actual, `${range} ${t.target.unit}`, STATUS_LABELS[t.status].vi, t.basis.vi])
    }
  }
  const f = result.figures
  for (const row of f.products_by_stars) rows.push(["Sản phẩm theo hạng sao", "", `${row.stars} sao`, row.count, null, null, null])
  for (const row of f.products_by_group) rows.push(["Sản phẩm theo nhóm", "", row.label, row.count, null, null, row.key])
  for (const row of f.products_by_district) rows.push(["Sản phẩm theo huyện cũ", "", row.label, row.count, null, null, null])
  for (const row of f.certified_by_year) {
    rows.push(["Chứng nhận theo năm", String(row.year), "Tổng", row.total, null, null, `mới ${row.new}, gia hạn/đánh giá lại ${row.renewal}`])
    for (const stars of [3, 4, 5]) rows.push(["Chứng nhận theo năm", String(row.year), `${stars} sao`, row.by_stars[stars] ?? 0, null, null, null])
  }
  for (const row of f.producers_by_kind) rows.push(["Chủ thể theo loại hình", "", kindName(row.key), row.count, null, null, null])
  for (const row of f.organisations_with_certified_product) rows.push(["Tổ chức kinh tế có sản phẩm OCOP", "", kindName(row.key), row.count, null, null, null])
  for (const row of f.five_star_candidates) rows.push(["Ứng viên 5 sao", "", row.title, row.score, null, null, row.certificate_no])
  for (const row of f.sales_points_by_type) rows.push(["Điểm bán theo loại", "", pointName(row.key), row.count, null, null, "hiện trạng"])
  if (f.fairs) {
    rows.push(["Hội chợ", "", "Chủ thể tham gia hội chợ (%)", f.fairs.producers_share, null, null, `${f.fairs.producers_at_fairs}/${f.fairs.producers_in_programme}`])
    rows.push(["Hội chợ", "", "Sản phẩm có biên bản ghi nhớ/hợp đồng (%)", f.fairs.agreement_share, null, null, `${f.fairs.with_agreement}/${f.fairs.promoted}`])
  } else {
    rows.push(["Hội chợ", "", "Chưa có dữ liệu hội chợ", null, null, null, null])
  }
  for (const row of f.sales.by_channel) rows.push(["Doanh số theo kênh (₫)", "", SALES_CHANNEL_LABELS[row.channel].vi, row.total, null, null, `${row.orders} đơn`])
  for (const row of f.sales.by_month) rows.push(["Doanh số theo tháng (₫)", row.month, "Tổng", row.total, null, null, `${row.orders} đơn`])
  return `\uFEFF${stringify(rows)}`
}

/**
 * A producer's statement as a CSV file for its bookkeeper: one row per order of the month, then the month's
 * figures, Vietnamese column names and words like the programme's other exports, dates as dd/mm/yyyy in
 * Vietnam's time, amounts in whole đồng, and a byte-order mark so spreadsheet programs read the diacritics.
 * Quoting is csv-stringify's (RFC 4180).
 */
import { stringify } from "csv-stringify/sync"
import { stateWords } from "../orders/fulfilment"
import type { ProducerStatement } from "./statement"

export const STATEMENT_CSV_COLUMNS = [
  "ngay_dat",
  "ma_don",
  "trang_thai",
  "giao_hang",
  "thanh_toan",
  "da_thu_tien",
  "tien_hang",
  "phi_giao_hang",
  "tong_don",
  "hoa_hong",
  "san_thu",
  "don_vi_van_chuyen_thu",
] as const

const day = new Intl.DateTimeFormat("en-GB", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })

const SUMMARY: [keyof ProducerStatement["totals"], string][] = [
  ["orders", "Số đơn (không tính đơn huỷ)"],
  ["sales", "Doanh số tiền hàng"],
  ["canceled_orders", "Số đơn huỷ"],
  ["canceled", "Tiền hàng của đơn huỷ"],
  ["shipping", "Phí giao hàng"],
  ["commission", "Hoa hồng sàn trên các đơn"],
  ["commission_settled", "Hoa hồng trên các đơn đã thu tiền"],
  ["collected_by_platform", "Sàn đã thu (thanh toán trực tuyến)"],
  ["collected_by_couriers", "Đơn vị vận chuyển đã thu (COD)"],
  ["awaiting", "Đơn chưa thu tiền"],
  ["amount_due", "Sàn phải trả chủ thể"],
  ["paid_out", "Sàn đã chuyển"],
  ["balance", "Còn lại"],
]

export function statementCsv(statement: ProducerStatement, producerName: string): string {
  const rows: (string | number)[][] = [[...STATEMENT_CSV_COLUMNS]]
  for (const line of statement.lines) {
    const online = line.payment === "online"
    rows.push([
      day.format(line.placed_at),
      String(line.display_id),
      stateWords(line.state)[0],
      line.delivery === "pickup" ? "Nhận tại điểm bán" : "Giao tận nơi",
      online ? "Trực tuyến" : "Tiền mặt khi nhận hàng",
      line.settled ? "Có" : "Chưa",
      line.items,
      line.shipping,
      line.total,
      line.commission,
      line.settled && online ? line.total : 0,
      line.settled && !online ? line.total : 0,
    ])
  }
  rows.push([])
  rows.push(["Sao kê", `${producerName} · tháng ${statement.period.slice(5)}/${statement.period.slice(0, 4)}`])
  for (const [key, label] of SUMMARY) rows.push([label, statement.totals[key]])
  for (const payout of statement.payouts) rows.push([`Chuyển khoản ${day.format(payout.paid_at)}`, payout.amount, payout.bank_reference])
  return `\uFEFF${stringify(rows)}`
}

import { STATUS_WORDS, type TradeLeadSource, type TradeLeadStatus } from "../../modules/fair/lead-status"

export const leadStatusLabel = (status: TradeLeadStatus) => STATUS_WORDS[status].vi

export const LEAD_STATUS_COLOR: Record<TradeLeadStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  new: "red",
  contacted: "blue",
  memorandum_signed: "orange",
  contract_signed: "green",
  dropped: "grey",
}

export const LEAD_SOURCE_LABEL: Record<TradeLeadSource, string> = {
  booth_qr: "Mã QR gian hàng",
  fair_page: "Trang hội chợ",
  product_page: "Trang sản phẩm",
}

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })
export const formatVnd = (amount: number | null | undefined) => (amount == null ? "—" : vnd.format(amount))

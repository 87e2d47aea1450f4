/**
 * The mails of a buyer's enquiry, written out like the shop's others (mails.ts): to the producer's team, with
 * everything needed to call back and a link to the lead in the seller portal; and to the buyer, saying whom it
 * went to. Vietnamese first, then English; the buyer's own mail leads with the language she wrote in.
 */
import { storefrontUrl } from "./mails"

export const TRADE_LEAD_PORTAL_PATH = "/kenh-nguoi-ban/khach-hoi-mua"

export type TradeLeadMailInput = {
  id: string
  producer: string
  buyer_name: string
  organisation: string | null
  phone: string | null
  email: string | null
  market: string | null
  quantity: string | null
  note: string | null
  product: string | null
  fair: string | null
  booth: string | null
  locale: "vi" | "en"
}

function details(lead: TradeLeadMailInput, en: boolean) {
  const words = en
    ? { org: "Organisation", phone: "Phone", email: "E-mail", market: "Market", qty: "Quantity", note: "Note", product: "Product", fair: "Fair", booth: "booth" }
    : { org: "Đơn vị", phone: "Điện thoại", email: "E-mail", market: "Thị trường", qty: "Số lượng", note: "Lời nhắn", product: "Sản phẩm", fair: "Hội chợ", booth: "gian hàng" }
  return [
    lead.organisation ? `${words.org}: ${lead.organisation}` : "",
    lead.phone ? `${words.phone}: ${lead.phone}` : "",
    lead.email ? `${words.email}: ${lead.email}` : "",
    lead.product ? `${words.product}: ${lead.product}` : "",
    lead.fair ? `${words.fair}: ${lead.fair}${lead.booth ? `, ${words.booth} ${lead.booth}` : ""}` : "",
    lead.market ? `${words.market}: ${lead.market}` : "",
    lead.quantity ? `${words.qty}: ${lead.quantity}` : "",
    lead.note ? `${words.note}: ${lead.note}` : "",
  ].filter(Boolean)
}

/** To each member of the producer's team: a buyer is waiting for an answer. */
export function tradeLeadMail(lead: TradeLeadMailInput) {
  const link = `${storefrontUrl()}${TRADE_LEAD_PORTAL_PATH}/${lead.id}`
  const subject = `Chợ OCOP Đắk Lắk: ${lead.buyer_name} hỏi mua hàng của ${lead.producer} / A buyer's enquiry for ${lead.producer}`
  const text = [
    `${lead.buyer_name} muốn mua hàng của ${lead.producer}${lead.fair ? ` (từ ${lead.fair})` : ""}. Hãy liên hệ sớm:`,
    ...details(lead, false),
    `Xem và cập nhật trong Kênh người bán: ${link}`,
    "",
    `${lead.buyer_name} would like to buy from ${lead.producer}${lead.fair ? ` (from ${lead.fair})` : ""}. Please get in touch soon:`,
    ...details(lead, true),
    `See it and record the outcome in the seller portal: ${storefrontUrl()}/en${TRADE_LEAD_PORTAL_PATH}/${lead.id}`,
  ].join("\n")
  return { subject, text, link }
}

/** To the buyer, when she left an e-mail: what was sent and to whom. */
export function tradeLeadReceivedMail(lead: TradeLeadMailInput) {
  const vi = [
    `Chào ${lead.buyer_name}, yêu cầu mua hàng của bạn đã được gửi đến ${lead.producer}${lead.booth ? ` (gian hàng ${lead.booth})` : ""}. Người bán sẽ liên hệ với bạn.`,
    ...details(lead, false),
  ]
  const en = [
    `Hello ${lead.buyer_name}, your enquiry was sent to ${lead.producer}${lead.booth ? ` (booth ${lead.booth})` : ""}. The seller will get in touch.`,
    ...details(lead, true),
  ]
  const subject =
    lead.locale === "en"
      ? `Chợ OCOP Đắk Lắk: your enquiry to ${lead.producer} / Đã gửi yêu cầu đến ${lead.producer}`
      : `Chợ OCOP Đắk Lắk: đã gửi yêu cầu đến ${lead.producer} / Your enquiry to ${lead.producer}`
  const text = (lead.locale === "en" ? [...en, "", ...vi] : [...vi, "", ...en]).join("\n")
  return { subject, text }
}

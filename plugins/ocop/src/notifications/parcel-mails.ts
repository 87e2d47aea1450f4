/**
 * The shopper's mail when a producer moves its parcel on (packed, shipped, ready for pickup, delivered, cancelled):
 * which parcel of which purchase, from whom, where it is now, and the carrier's tracking number once shipped.
 * Vietnamese first, then English, like every shop mail (mails.ts).
 */
import type { FulfilmentStep } from "../orders/fulfilment"
import { ORDER_ACCESS_DAYS } from "../orders/order-access"
import { storefrontUrl } from "./mails"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

export type ParcelMailInput = {
  step: FulfilmentStep
  /** The order (parcel) the link opens, with the purchase it belongs to. */
  order_id: string
  display_id: number
  /** The purchase's number when the parcel is one of several. */
  purchase_display_id: number | null
  parcel_count: number
  producer_name: string | null
  items: { title: string; quantity: number }[]
  tracking: { carrier: string | null; number: string } | null
  /** The sales point of a pickup (the shipping method's name). */
  pickup_place: string | null
  /** What the courier or the sales point collects, for a parcel paid in cash; null when it is paid. */
  cash_due: number | null
  cancel_reason: string | null
  access_token: string
}

const HEADLINES: Record<FulfilmentStep, [string, string]> = {
  packed: ["đã được đóng gói", "has been packed"],
  shipped: ["đã được gửi đi", "is on its way"],
  ready_for_pickup: ["đã sẵn sàng để nhận", "is ready for pickup"],
  delivered: ["đã được giao", "has been delivered"],
  canceled: ["đã bị huỷ", "has been cancelled"],
}

export function parcelProgressMail(parcel: ParcelMailInput) {
  const link = `${storefrontUrl()}/don-hang/${parcel.order_id}?t=${encodeURIComponent(parcel.access_token)}`
  const [headVi, headEn] = HEADLINES[parcel.step]
  const whoVi = parcel.producer_name ? ` từ ${parcel.producer_name}` : ""
  const whoEn = parcel.producer_name ? ` from ${parcel.producer_name}` : ""
  const ofPurchaseVi = parcel.purchase_display_id !== null && parcel.parcel_count > 1 ? ` (đơn hàng #${parcel.purchase_display_id})` : ""
  const ofPurchaseEn = parcel.purchase_display_id !== null && parcel.parcel_count > 1 ? ` (order #${parcel.purchase_display_id})` : ""
  const carrier = parcel.tracking?.carrier ?? ""
  const subject = `Chợ OCOP Đắk Lắk: kiện #${parcel.display_id} ${headVi} / Parcel #${parcel.display_id} ${headEn}`
  const detailsVi: Record<FulfilmentStep, string[]> = {
    packed: ["Nhà sản xuất đã đóng gói và sẽ gửi đi sớm."],
    shipped: parcel.tracking ? [`Đơn vị vận chuyển: ${carrier}`.trim(), `Mã vận đơn: ${parcel.tracking.number}`] : [],
    ready_for_pickup: [`Mời bạn đến nhận tại ${parcel.pickup_place ?? "điểm bán đã chọn"}.`],
    delivered: ["Cảm ơn bạn đã mua sản phẩm OCOP."],
    canceled: [parcel.cancel_reason ? `Lý do: ${parcel.cancel_reason}` : "", "Các kiện khác của đơn hàng (nếu có) vẫn được gửi như thường."],
  }
  const detailsEn: Record<FulfilmentStep, string[]> = {
    packed: ["The producer has packed it and will send it soon."],
    shipped: parcel.tracking ? [`Carrier: ${carrier}`.trim(), `Tracking number: ${parcel.tracking.number}`] : [],
    ready_for_pickup: [`Collect it at ${parcel.pickup_place ?? "the sales point you chose"}.`],
    delivered: ["Thank you for buying OCOP products."],
    canceled: [parcel.cancel_reason ? `Reason: ${parcel.cancel_reason}` : "", "Any other parcels of the order still come as planned."],
  }
  const cashVi = parcel.cash_due !== null && (parcel.step === "shipped" || parcel.step === "ready_for_pickup") ? `Trả ${vnd.format(parcel.cash_due)} khi nhận hàng.` : ""
  const cashEn = parcel.cash_due !== null && (parcel.step === "shipped" || parcel.step === "ready_for_pickup") ? `Pay ${vnd.format(parcel.cash_due)} when you receive it.` : ""
  const text = [
    `Kiện hàng #${parcel.display_id}${whoVi}${ofPurchaseVi} ${headVi}.`,
    ...parcel.items.map((item) => `- ${item.title} × ${item.quantity}`),
    ...detailsVi[parcel.step],
    cashVi,
    `Xem đơn hàng: ${link}`,
    `Liên kết này mở đơn hàng trong ${ORDER_ACCESS_DAYS} ngày; đừng chia sẻ nó.`,
    "",
    `Parcel #${parcel.display_id}${whoEn}${ofPurchaseEn} ${headEn}.`,
    ...detailsEn[parcel.step],
    cashEn,
    `See your order: ${link.replace(storefrontUrl(), `${storefrontUrl()}/en`)} (the link opens the order for ${ORDER_ACCESS_DAYS} days: do not share it)`,
  ]
    .filter((line) => line !== "")
    .join("\n")
  return { subject, text, link }
}

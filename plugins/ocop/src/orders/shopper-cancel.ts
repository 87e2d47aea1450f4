/**
 * When a shopper may cancel her purchase herself (issue 21: "cancel before it is packed"): the whole purchase,
 * while no producer has packed its parcel yet and nothing was paid online. Money already received needs a refund,
 * which the platform makes: the shopper is told to ask for it rather than left with a half answer.
 */
type Payment = { paid: boolean; provider_id: string | null } | null
type Purchase = { payment: Payment; parcels: { state: string; payment: Payment }[] }

/** Why the shopper cannot cancel this purchase herself, in both languages; null when she can. */
export function shopperCancelRefusal(purchase: Purchase): string | null {
  const parcels = purchase.parcels
  if (parcels.every((parcel) => parcel.state === "canceled")) return "Đơn hàng đã được huỷ / the order is already cancelled"
  if (parcels.some((parcel) => parcel.state !== "placed")) {
    return "Nhà sản xuất đã đóng gói hoặc gửi hàng: hãy liên hệ nhà sản xuất để huỷ / a producer has already packed or sent its parcel: contact the producer to cancel"
  }
  const paidOnline = [purchase.payment, ...parcels.map((parcel) => parcel.payment)].some((payment) => payment?.paid && payment.provider_id !== "pp_system_default")
  if (paidOnline) return "Đơn hàng đã được thanh toán: hãy liên hệ sàn để huỷ và hoàn tiền / the order is paid: contact us to cancel it and be refunded"
  return null
}

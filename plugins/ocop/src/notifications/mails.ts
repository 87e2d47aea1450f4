/**
 * The shop's mails to shoppers, written out before they reach a provider (subject and plain text in `data`),
 * so the file outbox, a test and any real e-mail provider see the same words. Vietnamese first, then English:
 * a mail does not know which storefront language its reader used.
 */
const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:3000").replace(/\/$/, "")
}

export type OrderMailInput = {
  id: string
  display_id: number
  email: string
  total: number
  items: { title: string; quantity: number; total: number }[]
  delivery: string | null
  payment_provider_id: string | null
}

const PAYMENT_WORDS: Record<string, [string, string]> = {
  pp_system_default: ["Thanh toán khi nhận hàng", "Cash on delivery"],
  "pp_bank-transfer_vietqr": ["Chuyển khoản VietQR", "Bank transfer (VietQR)"],
  pp_stripe_stripe: ["Thẻ (Stripe)", "Card (Stripe)"],
}

export function orderPlacedMail(order: OrderMailInput) {
  const link = `${storefrontUrl()}/don-hang/${order.id}`
  const [payVi, payEn] = PAYMENT_WORDS[order.payment_provider_id ?? ""] ?? ["", ""]
  const lines = order.items.map((item) => `- ${item.title} × ${item.quantity}: ${vnd.format(item.total)}`)
  const transferVi = order.payment_provider_id === "pp_bank-transfer_vietqr" ? "\nQuét mã VietQR trên trang đơn hàng để chuyển khoản." : ""
  const transferEn = order.payment_provider_id === "pp_bank-transfer_vietqr" ? "\nScan the VietQR code on the order page to pay." : ""
  const subject = `Chợ OCOP Đắk Lắk: đã nhận đơn hàng #${order.display_id} / Order #${order.display_id} received`
  const text = [
    `Cảm ơn bạn đã đặt hàng tại Chợ OCOP Đắk Lắk. Đơn hàng #${order.display_id}:`,
    ...lines,
    `Tổng cộng: ${vnd.format(order.total)}`,
    order.delivery ? `Nhận hàng: ${order.delivery}` : "",
    payVi ? `Thanh toán: ${payVi}${transferVi}` : "",
    `Xem đơn hàng: ${link}`,
    "",
    `Thank you for your order at Chợ OCOP Đắk Lắk. Order #${order.display_id}, total ${vnd.format(order.total)}.`,
    payEn ? `Payment: ${payEn}${transferEn}` : "",
    `See your order: ${link.replace(storefrontUrl(), `${storefrontUrl()}/en`)}`,
  ]
    .filter((line) => line !== "")
    .join("\n")
  return { subject, text, link }
}

export function passwordResetMail(email: string, token: string) {
  const query = `token=${encodeURIComponent(token)}&email=${encodeURIComponent(email)}`
  const link = `${storefrontUrl()}/tai-khoan/dat-lai-mat-khau?${query}`
  const subject = "Chợ OCOP Đắk Lắk: đặt lại mật khẩu / Reset your password"
  const text = [
    "Có người (hy vọng là bạn) đã yêu cầu đặt lại mật khẩu tài khoản Chợ OCOP Đắk Lắk.",
    `Đặt mật khẩu mới tại: ${link}`,
    "Liên kết có hiệu lực 15 phút. Nếu bạn không yêu cầu, hãy bỏ qua thư này.",
    "",
    "Someone (hopefully you) asked to reset the password of your Chợ OCOP Đắk Lắk account.",
    `Choose a new password here: ${storefrontUrl()}/en/tai-khoan/dat-lai-mat-khau?${query}`,
    "The link works for 15 minutes. If you did not ask, ignore this mail.",
  ].join("\n")
  return { subject, text, link }
}

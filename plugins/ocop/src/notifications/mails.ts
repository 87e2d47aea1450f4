/**
 * The shop's mails to shoppers, written out before they reach a provider (subject and plain text in `data`),
 * so the file outbox, a test and any real e-mail provider see the same words. Vietnamese first, then English:
 * a mail does not know which storefront language its reader used.
 */
import type { Discount } from "../orders/discounts"
import { ORDER_ACCESS_DAYS } from "../orders/order-access"

const vnd = new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" })

export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || "http://localhost:3000").replace(/\/$/, "")
}

export type OrderMailParcel = {
  display_id: number
  /** The producer who sends the parcel; null for the shop's own products. */
  producer_name: string | null
  /** `title` in Vietnamese, `title_en` as the English pages name it (src/lib/variant-names.ts); `total` before discounts. */
  items: { title: string; title_en?: string; quantity: number; total: number }[]
  delivery: string | null
  shipping_total: number
  /** The parcel's share of the purchase's promo-code discounts. */
  discount_total?: number
  /** After discounts. */
  total: number
}

export type OrderMailInput = {
  /** The order the link opens: the purchase's first parcel. */
  id: string
  display_id: number
  email: string
  total: number
  /** Each promo code's discount over the purchase, shown above the total. */
  discounts?: Discount[]
  parcels: OrderMailParcel[]
  payment_provider_id: string | null
  /** The access token (src/orders/order-access.ts) of the purchase: the link opens it for whoever holds the mail. */
  access_token: string
}

const PAYMENT_WORDS: Record<string, [string, string]> = {
  pp_system_default: ["Thanh toán khi nhận hàng", "Cash on delivery"],
  "pp_bank-transfer_vietqr": ["Chuyển khoản VietQR", "Bank transfer (VietQR)"],
  pp_stripe_stripe: ["Thẻ (Stripe)", "Card (Stripe)"],
}

const englishDigits = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 })
/** Prices in the English half as on the English pages: `150,000 ₫ (VND)`. */
const inEnglish = (amount: number) => `${englishDigits.format(amount)}\u00a0₫ (VND)`

/** The shipping method's Vietnamese name (workflows/delivery/ensure-delivery-options.ts) in English. */
function deliveryInEnglish(name: string): string {
  if (name === "Giao hàng tận nơi") return "Home delivery"
  if (name.startsWith("Nhận tại ")) return `Pickup at ${name.slice("Nhận tại ".length)}`
  return name
}

/**
 * The shopper's one confirmation of a purchase, however many producers' parcels it became (docs/decisions/018):
 * each parcel with its producer, lines and delivery, then the total and how it is paid (cash to each parcel's
 * courier, or one transfer or card payment for everything). The English half names lines and prices as the
 * English pages do.
 */
export function orderPlacedMail(order: OrderMailInput) {
  const link = `${storefrontUrl()}/don-hang/${order.id}?t=${encodeURIComponent(order.access_token)}`
  const [payVi, payEn] = PAYMENT_WORDS[order.payment_provider_id ?? ""] ?? ["", ""]
  const several = order.parcels.length > 1
  const cash = order.payment_provider_id === "pp_system_default"
  const transfer = order.payment_provider_id === "pp_bank-transfer_vietqr"
  const parcelLinesVi = order.parcels.flatMap((parcel, i) => [
    ...(several ? [`Kiện ${i + 1}/${order.parcels.length}${parcel.producer_name ? ` từ ${parcel.producer_name}` : ""} (mã #${parcel.display_id}):`] : []),
    ...parcel.items.map((item) => `- ${item.title} × ${item.quantity}: ${vnd.format(item.total)}`),
    ...(several
      ? [`  Giao hàng: ${vnd.format(parcel.shipping_total)}; ${parcel.discount_total ? `giảm giá: −${vnd.format(parcel.discount_total)}; ` : ""}cộng kiện: ${vnd.format(parcel.total)}`]
      : parcel.delivery ? [`Nhận hàng: ${parcel.delivery} (${vnd.format(parcel.shipping_total)})`] : []),
  ])
  const parcelLinesEn = order.parcels.flatMap((parcel, i) => [
    ...(several ? [`Parcel ${i + 1} of ${order.parcels.length}${parcel.producer_name ? ` from ${parcel.producer_name}` : ""} (#${parcel.display_id}):`] : []),
    ...parcel.items.map((item) => `- ${item.title_en ?? item.title} × ${item.quantity}: ${inEnglish(item.total)}`),
    ...(several
      ? [`  Delivery: ${inEnglish(parcel.shipping_total)}; ${parcel.discount_total ? `discount: −${inEnglish(parcel.discount_total)}; ` : ""}parcel total: ${inEnglish(parcel.total)}`]
      : parcel.delivery ? [`Delivery: ${deliveryInEnglish(parcel.delivery)} (${inEnglish(parcel.shipping_total)})`] : []),
  ])
  const subject = `Chợ OCOP Đắk Lắk: đã nhận đơn hàng #${order.display_id} / Order #${order.display_id} received`
  const text = [
    `Cảm ơn bạn đã đặt hàng tại Chợ OCOP Đắk Lắk. Đơn hàng #${order.display_id}:`,
    several ? `Đơn hàng gồm ${order.parcels.length} kiện, mỗi nhà sản xuất gửi một kiện.` : "",
    ...parcelLinesVi,
    ...(order.discounts ?? []).map((d) => `${d.code ? `Giảm giá (${d.code})` : "Giảm giá"}: −${vnd.format(d.amount)}`),
    `Tổng cộng: ${vnd.format(order.total)}`,
    payVi ? `Thanh toán: ${payVi}` : "",
    cash && several ? "Mỗi kiện trả tiền cho người giao kiện đó." : "",
    transfer ? `Quét mã VietQR trên trang đơn hàng để chuyển khoản${several ? " một lần cho cả đơn" : ""}.` : "",
    `Xem đơn hàng: ${link}`,
    `Liên kết này mở đơn hàng trong ${ORDER_ACCESS_DAYS} ngày; đừng chia sẻ nó.`,
    "",
    `Thank you for your order at Chợ OCOP Đắk Lắk. Order #${order.display_id}:`,
    several ? `It ships as ${order.parcels.length} parcels, one from each producer.` : "",
    ...parcelLinesEn,
    ...(order.discounts ?? []).map((d) => `${d.code ? `Discount (${d.code})` : "Discount"}: −${inEnglish(d.amount)}`),
    `Total: ${inEnglish(order.total)}`,
    payEn ? `Payment: ${payEn}` : "",
    cash && several ? "Each parcel is paid to the courier who brings it." : "",
    transfer ? `Scan the VietQR code on the order page to pay${several ? " once for the whole order" : ""}.` : "",
    `See your order: ${link.replace(storefrontUrl(), `${storefrontUrl()}/en`)} (the link opens the order for ${ORDER_ACCESS_DAYS} days: do not share it)`,
  ]
    .filter((line) => line !== "")
    .join("\n")
  return { subject, text, link }
}

export type ProducerOrderMailInput = {
  order_id: string
  display_id: number
  producer_name: string
  items: { title: string; quantity: number; total: number }[]
  /** Home delivery to a province, or pickup at a sales point. */
  delivery: { kind: "home" | "pickup"; name: string | null; place: string | null }
  total: number
  cash_on_delivery: boolean
}

/**
 * A producer's new order, to each member of its team: what to pack and how it leaves. The shopper's contact and
 * address are in the portal, not in a mail that may be forwarded.
 */
export function producerNewOrderMail(order: ProducerOrderMailInput) {
  const link = `${storefrontUrl()}/kenh-nguoi-ban/don-hang/${order.order_id}`
  const subject = `Chợ OCOP Đắk Lắk: đơn hàng mới #${order.display_id} cho ${order.producer_name} / New order #${order.display_id} for ${order.producer_name}`
  const lines = order.items.map((item) => `- ${item.title} × ${item.quantity}: ${vnd.format(item.total)}`)
  const deliveryVi = order.delivery.kind === "pickup" ? `Khách nhận tại ${order.delivery.place ?? "điểm bán"}` : `Giao tận nơi${order.delivery.place ? ` đến ${order.delivery.place}` : ""}`
  const deliveryEn = order.delivery.kind === "pickup" ? `picked up at ${order.delivery.place ?? "a sales point"}` : `delivered${order.delivery.place ? ` to ${order.delivery.place}` : ""}`
  const text = [
    `${order.producer_name} có đơn hàng mới #${order.display_id}:`,
    ...lines,
    `${deliveryVi}. Tổng đơn: ${vnd.format(order.total)}${order.cash_on_delivery ? " (người giao thu tiền khi giao)" : ""}.`,
    `Xem và xử lý đơn trên Kênh người bán: ${link}`,
    "",
    `${order.producer_name} has a new order #${order.display_id}: ${order.items.map((item) => `${item.title} × ${item.quantity}`).join(", ")}; ${deliveryEn}; total ${vnd.format(order.total)}${order.cash_on_delivery ? ", cash collected on delivery" : ""}.`,
    `See it in the seller portal: ${storefrontUrl()}/en/kenh-nguoi-ban/don-hang/${order.order_id}`,
  ].join("\n")
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

const dateVi = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })
const dateEn = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" })

/**
 * The link that adds orders placed as a guest to the account with the same e-mail: one token per order
 * (Medusa's transfer tokens), all in one link. It reaches only the mailbox, which proves the e-mail is hers;
 * the page it opens also needs the account's login (api/store/ocop/customers/me/guest-orders/accept).
 */
export function guestOrdersClaimMail(orders: { display_id: number; created_at: string; token: string }[], days: number) {
  const query = orders.map((order) => `token=${encodeURIComponent(order.token)}`).join("&")
  const link = `${storefrontUrl()}/tai-khoan/don-hang/nhan?${query}`
  const subject = "Chợ OCOP Đắk Lắk: thêm đơn hàng cũ vào tài khoản / Add your earlier orders to your account"
  const text = [
    `Tài khoản Chợ OCOP Đắk Lắk dùng e-mail này đã yêu cầu thêm ${orders.length} đơn hàng đặt trước đây bằng e-mail này:`,
    ...orders.map((order) => `- Đơn hàng #${order.display_id}, đặt ngày ${dateVi.format(new Date(order.created_at))}`),
    `Thêm vào tài khoản: ${link}`,
    `Liên kết có hiệu lực ${days} ngày và cần đăng nhập đúng tài khoản đó. Nếu bạn không tạo tài khoản này, hãy bỏ qua thư: các đơn hàng vẫn như cũ.`,
    "",
    `The Chợ OCOP Đắk Lắk account with this e-mail asked to add ${orders.length} earlier order(s) placed with this e-mail:`,
    ...orders.map((order) => `- Order #${order.display_id}, placed ${dateEn.format(new Date(order.created_at))}`),
    `Add them to the account: ${storefrontUrl()}/en/tai-khoan/don-hang/nhan?${query}`,
    `The link works for ${days} days, logged in to that account. If you did not create it, ignore this mail: the orders stay as they are.`,
  ].join("\n")
  return { subject, text, link }
}

export function passwordChangedMail() {
  const link = `${storefrontUrl()}/tai-khoan/quen-mat-khau`
  const subject = "Chợ OCOP Đắk Lắk: mật khẩu đã được đổi / Your password was changed"
  const text = [
    "Mật khẩu tài khoản Chợ OCOP Đắk Lắk của bạn vừa được đổi.",
    `Nếu không phải bạn đổi, hãy đặt lại mật khẩu ngay: ${link}`,
    "",
    "The password of your Chợ OCOP Đắk Lắk account was just changed.",
    `If it was not you, reset it now: ${storefrontUrl()}/en/tai-khoan/quen-mat-khau`,
  ].join("\n")
  return { subject, text, link }
}

/**
 * The link that shows the account's owner reads this mailbox. Whoever registered the address without owning it
 * never sees it; the owner who did not register is told how to take the account over.
 */
export function emailVerificationMail(token: string, hours: number) {
  const query = `t=${encodeURIComponent(token)}`
  const link = `${storefrontUrl()}/tai-khoan/xac-minh?${query}`
  const subject = "Chợ OCOP Đắk Lắk: xác minh e-mail / Verify your e-mail"
  const text = [
    "Cảm ơn bạn đã tạo tài khoản Chợ OCOP Đắk Lắk. Hãy xác minh e-mail này:",
    link,
    `Liên kết có hiệu lực ${hours} giờ.`,
    `Nếu bạn không tạo tài khoản này, có người đã dùng e-mail của bạn: hãy đặt lại mật khẩu tại ${storefrontUrl()}/tai-khoan/quen-mat-khau để nhận tài khoản về mình (mọi phiên đăng nhập khác sẽ kết thúc).`,
    "",
    "Thank you for creating a Chợ OCOP Đắk Lắk account. Please verify this e-mail:",
    `${storefrontUrl()}/en/tai-khoan/xac-minh?${query}`,
    `The link works for ${hours} hours.`,
    `If you did not create this account, someone used your e-mail: reset the password at ${storefrontUrl()}/en/tai-khoan/quen-mat-khau to take the account over (every other session ends).`,
  ].join("\n")
  return { subject, text, link }
}

/**
 * An invitation to sell for a producer through the marketplace's portal. Bilingual like every mail; the link
 * opens the portal's page that signs the person up (or in) with the invited e-mail.
 */
export function producerInviteMail(input: { producerName: string; role: "owner" | "staff"; token: string; days: number }) {
  const query = `token=${encodeURIComponent(input.token)}`
  const link = `${storefrontUrl()}/kenh-nguoi-ban/loi-moi?${query}`
  const roleVi = input.role === "owner" ? "chủ tài khoản" : "nhân viên"
  const roleEn = input.role === "owner" ? "an owner" : "staff"
  const subject = `Chợ OCOP Đắk Lắk: lời mời bán hàng cho ${input.producerName} / Invitation to sell for ${input.producerName}`
  const text = [
    `Bạn được mời làm ${roleVi} của ${input.producerName} trên Kênh người bán của Chợ OCOP Đắk Lắk: quản lý sản phẩm, giá, tồn kho và đơn hàng.`,
    `Nhận lời mời: ${link}`,
    `Lời mời có hiệu lực ${input.days} ngày và chỉ dùng được một lần, với đúng e-mail này. Nếu bạn không chờ lời mời này, hãy bỏ qua thư.`,
    "",
    `You are invited to join ${input.producerName} as ${roleEn} on the Chợ OCOP Đắk Lắk seller portal: products, prices, stock and orders.`,
    `Accept: ${storefrontUrl()}/en/kenh-nguoi-ban/loi-moi?${query}`,
    `The invitation works for ${input.days} days, once, with this e-mail. If you did not expect it, ignore this mail.`,
  ].join("\n")
  return { subject, text, link }
}

/**
 * A producer's reminder to renew a certificate (the sweep's 90, 30 and 7 days before expiry, or the programme
 * officer's own): which product, which certificate, the day it ends and how many days are left, and what to do.
 */
export function renewalReminderMail(input: {
  producerName: string
  productTitle: string
  certificateNo: string | null
  expiresAt: string
  now: Date
}) {
  const days = Math.max(0, Math.ceil((Date.parse(input.expiresAt) - input.now.getTime()) / (24 * 60 * 60 * 1000)))
  const number = input.certificateNo ?? "—"
  const subject = `Chợ OCOP Đắk Lắk: giấy chứng nhận ${number} hết hạn sau ${days} ngày / Certificate ${number} expires in ${days} days`
  const text = [
    `Kính gửi ${input.producerName},`,
    `Giấy chứng nhận OCOP số ${number} của sản phẩm "${input.productTitle}" hết hạn ngày ${dateVi.format(new Date(input.expiresAt))} (còn ${days} ngày).`,
    "Sau ngày đó sản phẩm không còn được bày bán với sao OCOP trên Chợ OCOP Đắk Lắk. Hãy nộp hồ sơ đánh giá lại cho Văn phòng Điều phối OCOP tỉnh để được cấp giấy chứng nhận mới.",
    "",
    `Dear ${input.producerName},`,
    `The OCOP certificate ${number} of "${input.productTitle}" expires on ${dateEn.format(new Date(input.expiresAt))} (${days} days left).`,
    "After that day the product is no longer sold with OCOP stars on Chợ OCOP Đắk Lắk. Apply to the province's OCOP coordination office for a new evaluation to renew it.",
  ].join("\n")
  return { subject, text, days }
}

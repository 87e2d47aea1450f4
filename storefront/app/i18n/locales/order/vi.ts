/**
 * How an order reads wherever it is shown (`order.*`): the confirmation after checkout, the account's history
 * and the order page both reach (features/order). Loaded with those pages only (features/order/strings.ts);
 * `en.ts` beside it must have exactly these keys (type-checked, and tested in config.test.ts).
 */
const order = {
  title: "Đơn hàng #{{number}}",
  thanks: "Cảm ơn bạn! Đơn hàng đã được ghi nhận.",
  placedOn: "Đặt ngày {{date}}",
  mailed: "đã gửi xác nhận tới {{email}}",
  status: "Trạng thái",
  items: "Sản phẩm",
  itemCount_one: "{{count}} sản phẩm",
  itemCount_other: "{{count}} sản phẩm",
  view: "Xem chi tiết đơn hàng #{{number}}",
  backToList: "Tất cả đơn hàng",
  subtotal: "Tạm tính",
  shipping: "Phí giao hàng",
  free: "Miễn phí",
  discount: "Giảm giá",
  discountWithCode: "Giảm giá ({{code}})",
  total: "Tổng cộng",
  delivery: "Nhận hàng",
  homeDelivery: "Giao hàng tận nơi",
  pickupAt: "Nhận tại {{name}}",
  hours: "Giờ mở cửa",
  pickupNote: "Chúng tôi gọi điện khi hàng sẵn sàng; mang theo mã đơn hàng khi đến nhận.",
  payment: "Thanh toán",
  method: {
    cod: "Thanh toán khi nhận hàng",
    vietqr: "Chuyển khoản ngân hàng (VietQR)",
    stripe: "Thẻ quốc tế (Visa, Mastercard, JCB)",
  },
  paymentState: {
    paid: "Đã thanh toán",
    cardHeld: "Thẻ đã được chấp nhận; tiền chỉ được trừ khi đơn hàng được gửi đi.",
    unpaid: "Chưa thanh toán",
    payOnDelivery: "Thanh toán khi nhận hàng: trả tiền mặt cho người giao hoặc tại điểm bán.",
    refunded: "Đã hoàn tiền",
    canceled: "Đã huỷ thanh toán",
  },
  parcels: {
    title: "Các kiện hàng",
    intro_one: "Đơn hàng gồm {{count}} kiện.",
    intro_other: "Đơn hàng gồm {{count}} kiện.",
    onePerProducer: "Mỗi nhà sản xuất gửi một kiện.",
    parcel: "Kiện #{{number}}",
    from: "từ {{producer}}",
    states: {
      placed: "Đã đặt, chờ đóng gói",
      packed: "Đã đóng gói",
      shipped: "Đang giao",
      ready_for_pickup: "Sẵn sàng để nhận",
      delivered: "Đã giao",
      canceled: "Đã huỷ",
    },
    carrier: "Đơn vị vận chuyển: {{carrier}}",
    trackingNumber: "Mã vận đơn: {{number}}",
    readySince: "Sẵn sàng để nhận từ {{date}}",
    cancelReason: "Lý do huỷ: {{reason}}",
  },
  progress: {
    placed: "Đã đặt, đang xử lý",
    packed: "Đã đóng gói",
    shipped: "Đang giao",
    delivered: "Đã giao",
    completed: "Hoàn tất",
    canceled: "Đã huỷ",
    requiresAction: "Cần xử lý",
  },
  vietqrTitle: "Chuyển khoản bằng VietQR",
  vietqrIntro:
    "Mở ứng dụng ngân hàng và quét mã: số tiền và nội dung chuyển khoản đã điền sẵn. Đơn được xác nhận khi nhận được tiền.",
  qrAlt: "Mã VietQR chuyển {{amount}}, nội dung {{reference}}",
  amount: "Số tiền",
  reference: "Nội dung chuyển khoản",
  bank: "Ngân hàng",
  account: "Số tài khoản",
  accountName: "Chủ tài khoản",
  continue: "Tiếp tục mua sắm",
  privateStatus: "Trạng thái: {{status}}",
  privateIntro:
    "Chi tiết đơn hàng (địa chỉ, số điện thoại, sản phẩm) chỉ dành cho người đã đặt. Hãy mở liên kết trong thư xác nhận, mở trang này trên thiết bị đã đặt hàng, hoặc đăng nhập vào tài khoản đã đặt.",
  logIn: "Đăng nhập",
  /** The backend's own order statuses, as told to someone who may not see more. */
  backendStatus: { pending: "đang xử lý", completed: "đã hoàn tất", canceled: "đã huỷ", archived: "đã lưu trữ", requires_action: "cần xử lý", draft: "nháp" },
}

export type OrderResources = typeof order
export default order

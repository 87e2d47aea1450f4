/**
 * The checkout's words in Vietnamese (`checkout.*`); the order it ends with speaks with the order's own
 * (`order.*`, locales/order). Loaded with the checkout only (features/checkout/strings.ts), so the pages every shopper sees do not carry them; `en.ts` beside
 * it must have exactly these keys (type-checked, and tested in config.test.ts). The cart's words (`cart.*`) stay
 * in the common chunk: the header and the product cards use them.
 */
const checkout = {
  title: "Thanh toán",
  steps: "Các bước thanh toán",
  stepOf: "Bước {{n}}/{{total}}",
  step: {
    contact: "Liên hệ",
    address: "Địa chỉ",
    delivery: "Nhận hàng",
    payment: "Thanh toán",
    review: "Xác nhận",
  },
  next: "Tiếp tục",
  saving: "Đang lưu…",
  back: "Quay lại",
  backToCart: "Về giỏ hàng",
  edit: "Sửa",
  summary: "Đơn hàng của bạn",
  showSummary_one: "Đơn hàng ({{count}} sản phẩm)",
  showSummary_other: "Đơn hàng ({{count}} sản phẩm)",
  subtotal: "Tạm tính",
  shipping: "Phí giao hàng",
  shippingPending: "Tính ở bước nhận hàng",
  free: "Miễn phí",
  total: "Tổng cộng",
  contact: {
    intro: "Chúng tôi gửi xác nhận đơn hàng qua e-mail và gọi điện khi giao hàng.",
    email: "E-mail",
    name: "Họ và tên",
    phone: "Số điện thoại di động",
    phoneHint: "Ví dụ 0905 123 456; số nước ngoài ghi kèm mã nước, ví dụ +49 151 2345 6789",
  },
  address: {
    intro: "Theo địa giới hành chính mới từ 1/7/2025: 34 tỉnh, thành phố, không còn cấp huyện.",
    province: "Tỉnh, thành phố",
    chooseProvince: "Chọn tỉnh, thành phố",
    ward: "Xã, phường, đặc khu",
    chooseWard: "Chọn xã, phường",
    chooseProvinceFirst: "Chọn tỉnh, thành phố trước",
    loadWards: "Hiện xã, phường của tỉnh này",
    loadingWards: "Đang tải danh sách xã, phường…",
    street: "Số nhà, tên đường, thôn, buôn",
    streetHint: "Ví dụ 12 Lê Duẩn",
  },
  delivery: {
    home: "Giao hàng tận nơi",
    homeTo: "Giao đến {{place}}",
    none: "Chưa có cách giao hàng tận nơi đến địa chỉ này; bạn có thể nhận tại điểm bán.",
    pickup: "Nhận tại điểm bán OCOP",
    pickupIntro: "Chỉ hiện các điểm bán có đủ mọi sản phẩm trong giỏ của bạn. Miễn phí.",
    noPickup: "Không điểm bán nào có đủ mọi sản phẩm trong giỏ; hãy chọn giao hàng tận nơi.",
    hours: "Giờ mở cửa",
  },
  zone: {
    dak_lak: "Trong tỉnh Đắk Lắk · giao trong 1–2 ngày làm việc",
    neighbours: "Tỉnh lân cận (Gia Lai, Khánh Hòa, Lâm Đồng) · giao trong 2–3 ngày làm việc",
    rest_of_vietnam: "Các tỉnh, thành phố khác · giao trong 3–5 ngày làm việc",
  },
  payment: {
    cod: "Thanh toán khi nhận hàng",
    codText: "Trả tiền mặt cho người giao hàng, hoặc tại quầy khi nhận ở điểm bán.",
    vietqr: "Chuyển khoản ngân hàng (VietQR)",
    vietqrText: "Sau khi đặt hàng, quét mã VietQR bằng ứng dụng ngân hàng: số tiền và nội dung đã điền sẵn.",
    stripe: "Thẻ quốc tế (Visa, Mastercard, JCB)",
    stripeText: "Thanh toán thẻ an toàn qua Stripe.",
    card: "Thông tin thẻ",
    cardLoading: "Đang tải ô nhập thẻ…",
  },
  review: {
    intro: "Kiểm tra lại thông tin trước khi đặt hàng.",
    pickupAt: "Nhận tại {{name}}",
    terms: "Bấm “Đặt hàng” là bạn đồng ý mua các sản phẩm trên với tổng số tiền đã nêu.",
    placeOrder: "Đặt hàng",
  },
  errors: {
    email: "Hãy nhập e-mail hợp lệ, ví dụ lan@example.vn.",
    name: "Hãy nhập họ và tên (2–100 ký tự).",
    phone: "Nhập số di động Việt Nam (0 hoặc +84 rồi 9 chữ số, ví dụ 0905 123 456) hoặc số nước ngoài kèm mã nước (ví dụ +49 151 2345 6789).",
    province: "Hãy chọn tỉnh, thành phố.",
    ward: "Hãy chọn xã, phường thuộc tỉnh, thành phố đã chọn.",
    street: "Hãy nhập số nhà, tên đường (3–200 ký tự).",
    option: "Hãy chọn một cách nhận hàng trong danh sách.",
    method: "Hãy chọn một cách thanh toán trong danh sách.",
    complete: "Chưa đặt được hàng.",
    backend: "Thông tin chưa được chấp nhận.",
    unavailable: "Hệ thống đang bận, chưa lưu được. Vui lòng thử lại sau giây lát.",
    unknown: "Yêu cầu không hợp lệ, vui lòng thử lại.",
    card: "Thẻ chưa được chấp nhận.",
    cardCodes: {
      card_declined: "Ngân hàng đã từ chối thẻ này. Hãy dùng thẻ khác hoặc chọn cách thanh toán khác.",
      insufficient_funds: "Thẻ không đủ số dư cho đơn hàng này.",
      expired_card: "Thẻ đã hết hạn.",
      incorrect_cvc: "Mã bảo mật (CVC) không đúng.",
      incorrect_number: "Số thẻ không đúng.",
      incomplete_number: "Số thẻ chưa đủ.",
      processing_error: "Chưa xử lý được thẻ, vui lòng thử lại.",
    },
  },
}

const strings = { checkout }
export type CheckoutResources = typeof strings
export default strings

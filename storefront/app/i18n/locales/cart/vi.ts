/**
 * The cart page's and the cart drawer's words in Vietnamese (`cart.*`, beside the common `cart.*` that the
 * product cards need). Loaded with the cart's code only (features/cart/strings.ts); `en.ts` beside it must have
 * exactly these keys (type-checked, and tested in config.test.ts).
 */
const cart = {
  title: "Giỏ hàng",
  empty: "Giỏ hàng đang trống.",
  total: "Tạm tính",
  lines: "Sản phẩm trong giỏ",
  each: "{{price}} mỗi sản phẩm",
  quantityOf: "Số lượng {{title}}",
  decrease: "Bớt một {{title}}",
  increase: "Thêm một {{title}}",
  update: "Cập nhật",
  remove: "Xoá",
  removeLabel: "Xoá {{title}} khỏi giỏ",
  added: "Đã thêm vào giỏ hàng.",
  updated: "Đã cập nhật giỏ hàng.",
  shippingLater: "Phí giao hàng được tính ở bước giao hàng; nhận tại điểm bán OCOP thì miễn phí.",
  lapsed:
    "Sản phẩm này không còn chứng nhận OCOP hiệu lực nên không bán được nữa. Hãy xoá khỏi giỏ để thanh toán.",
  blocked: "Giỏ hàng có sản phẩm không còn bán được: hãy xoá sản phẩm đó trước khi thanh toán.",
  checkout: "Tiến hành thanh toán",
  close: "Đóng giỏ hàng",
  view: "Xem giỏ hàng",
  checkoutShort: "Thanh toán",
  loading: "Đang tải giỏ hàng…",
  continue: "Tiếp tục mua sắm",
  itemsBeforeDiscount: "Tiền hàng",
  discount: "Giảm giá",
  discountWithCode: "Giảm giá ({{code}})",
  promo: {
    label: "Mã khuyến mãi",
    placeholder: "Ví dụ TET2027",
    apply: "Áp dụng",
    applying: "Đang áp dụng…",
    remove: "Bỏ mã",
    removeLabel: "Bỏ mã {{code}}",
    applied: "Đã áp dụng mã {{code}}.",
    removed: "Đã bỏ mã {{code}}.",
    errors: {
      invalid: "Mã khuyến mãi gồm 3–32 chữ cái không dấu, chữ số hoặc dấu gạch ngang, ví dụ TET2027.",
      unknown: "Mã {{code}} không tồn tại. Hãy kiểm tra lại từng chữ.",
      expired: "Mã {{code}} đã hết hạn.",
      notStarted: "Mã {{code}} chưa đến ngày dùng.",
      usedUp: "Mã {{code}} đã hết lượt dùng.",
      notApplicable: "Mã {{code}} không áp dụng cho giỏ hàng này.",
      busy: "Đơn hàng đang được đặt nên không đổi mã được nữa.",
      backend: "Chưa áp dụng được mã, vui lòng thử lại sau giây lát.",
    },
  },
}

export type CartResources = typeof cart
export default cart

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
}

export type CartResources = typeof cart
export default cart

/**
 * Buyers' reviews (`reviews.*`): the product page's section and the page where a buyer writes one. Loaded with
 * those pages only (features/reviews/strings.ts); `en.ts` beside it must have exactly these keys.
 */
const reviews = {
  heading: "Đánh giá của người mua",
  average: "{{average}} trên 5",
  count_one: "{{count}} đánh giá",
  count_other: "{{count}} đánh giá",
  none: "Chưa có đánh giá nào. Người mua đã nhận hàng có thể viết đánh giá đầu tiên.",
  distribution: "Số đánh giá theo số sao",
  starRow: "{{stars}} sao",
  starRowCount: "{{stars}} sao: {{count}} đánh giá",
  ratingLabel: "{{rating}} trên 5 sao",
  anonymous: "Người mua đã xác minh",
  verifiedBuyer: "Đã mua hàng",
  reply: "Phản hồi của {{producer}}",
  replyGeneric: "Phản hồi của người bán",
  pages: "Trang đánh giá",
  newer: "Mới hơn",
  older: "Cũ hơn",
  pageOf: "Trang {{page}}/{{pages}}",
  write: "Viết đánh giá",
  writeTitle: "Đánh giá {{title}}",
  writeIntro: "Chỉ người mua đã nhận hàng mới đánh giá được; mỗi lần mua được đánh giá một lần.",
  order: "Đơn hàng",
  orderOption: "#{{number}} · nhận {{date}}",
  orderOptionVariant: "#{{number}} · {{variant}} · nhận {{date}}",
  stars: "Số sao",
  star_one: "{{count}} sao",
  star_other: "{{count}} sao",
  text: "Nhận xét",
  textHint: "Tối đa 2000 ký tự. Tên hiển thị: “{{name}}”",
  submit: "Gửi đánh giá",
  sending: "Đang gửi…",
  posted: "Cảm ơn bạn! Đánh giá đã được đăng.",
  mine: "Đánh giá của bạn",
  hidden: "Đánh giá này đã bị ẩn: {{reason}}",
  nothingToReview: "Bạn chưa có đơn hàng nào của sản phẩm này đã giao đến. Khi nhận được hàng, bạn có thể đánh giá ở đây.",
  allReviewed: "Bạn đã đánh giá mọi lần mua sản phẩm này.",
  verifyFirst: "Hãy xác minh e-mail trước khi đánh giá: mở liên kết trong thư chúng tôi đã gửi.",
  verifyLink: "Xác minh e-mail",
  backToProduct: "Quay lại trang sản phẩm",
  errors: {
    summary: "Vui lòng sửa các mục được đánh dấu.",
    line: "Hãy chọn đơn hàng được đánh giá.",
    rating: "Hãy chọn từ 1 đến 5 sao.",
    text: "Hãy viết vài dòng nhận xét (tối đa 2000 ký tự).",
    refused: "Không gửi được đánh giá: {{message}}",
  },
}

export type ReviewsResources = typeof reviews
export default reviews

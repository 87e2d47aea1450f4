/**
 * The product page's words in Vietnamese (`product.*`: variants, the certification, where to buy), which the
 * producer page shares. Loaded with those pages only (features/product/strings.ts); `en.ts` beside it must have
 * exactly these keys (type-checked, and tested in config.test.ts).
 */
const product = {
  variants: "Quy cách",
  quantity: "Số lượng",
  addToCart: "Thêm vào giỏ",
  adding: "Đang thêm…",
  added: "Đã thêm vào giỏ hàng.",
  addFailed: "Chưa thêm được vào giỏ, vui lòng thử lại.",
  left: "Còn {{count}}",
  onlyLeft: "Chỉ còn {{count}} sản phẩm: số lượng đã được giảm còn {{count}}.",
  noneLeft: "Không thể thêm nữa: giỏ hàng của bạn đã có hết số hàng còn lại.",
  outOfStock: "Hết hàng",
  sku: "Mã {{sku}}",
  description: "Mô tả",
  gallery: "Ảnh sản phẩm",
  imageAlt: "{{title}}, ảnh {{number}}",
  showImage: "Xem ảnh {{number}}",
  certification: "Chứng nhận OCOP",
  score: "Điểm",
  scoreValue: "{{score}}/100",
  group: "Nhóm",
  level: "Cấp chứng nhận",
  certificateNo: "Số giấy chứng nhận",
  decisionNo: "Quyết định",
  issuedAt: "Ngày cấp",
  validUntil: "Hiệu lực đến",
  criteria: "Bộ tiêu chí",
  producer: "Chủ thể sản xuất",
  placeAsCertified: "Địa chỉ ghi trên giấy chứng nhận",
  seeProducer: "Xem chủ thể và sản phẩm khác",
  whereToBuy: "Mua ở đâu",
  whereToBuyIntro: "Sản phẩm này có bán tại các điểm OCOP sau.",
  nearestFirst: "Xếp điểm gần tôi lên trước",
  locating: "Đang lấy vị trí của bạn…",
  locationFailed: "Không lấy được vị trí; danh sách giữ nguyên thứ tự.",
  sortedByDistance: "Đã xếp theo khoảng cách từ vị trí của bạn.",
  distance: "cách {{distance}}",
  noSalesPoints: "Chưa có điểm bán trực tiếp; bạn vẫn có thể đặt mua trực tuyến.",
  fairBooth: "Gian hàng {{booth}} tại {{fair}}, đến hết {{to}}",
  fairBoothNoNumber: "Gian hàng tại {{fair}}, đến hết {{to}}",
  moreFromProducer: "Sản phẩm khác của {{name}}",
}

export type ProductResources = typeof product
export default product

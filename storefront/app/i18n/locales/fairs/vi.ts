/**
 * The fair pages' words in Vietnamese (`fairs.*`: the list, a fair with its floor plan and exhibitors, a booth
 * with its QR code), loaded with those pages only (features/fairs/strings.ts); `en.ts` beside it has exactly
 * these keys.
 */
const fairs = {
  title: "Hội chợ OCOP",
  description: "Hội chợ, triển lãm sản phẩm OCOP của Đắk Lắk: đang diễn ra, sắp tới và đã qua, với gian hàng, sơ đồ và sản phẩm.",
  intro: "Gặp tận nơi các chủ thể OCOP: mỗi gian hàng có mã QR để hỏi giá sỉ, đặt hàng số lượng lớn.",
  phases: { current: "Đang diễn ra", upcoming: "Sắp diễn ra", past: "Đã diễn ra" },
  none: { current: "Hiện không có hội chợ nào đang diễn ra.", upcoming: "Chưa có hội chợ nào sắp tới.", past: "Chưa có hội chợ nào đã qua." },
  dates: "{{from}} – {{to}}",
  counts: "{{booths}} gian hàng · {{exhibitors}} chủ thể",
  open: "Xem hội chợ",
  organiser: "Đơn vị tổ chức",
  hours: "Giờ mở cửa",
  venue: "Địa điểm",
  map: "Bản đồ địa điểm hội chợ",
  mapLink: "Xem hội chợ",
  contactOrganiser: "Liên hệ ban tổ chức",
  floorPlan: "Sơ đồ gian hàng",
  floorPlanHelp: "Chạm vào một gian hàng để xem sản phẩm và hỏi mua.",
  boothLabel: "Gian hàng {{number}}: {{producer}}",
  noZone: "Khác",
  exhibitors: "Gian hàng và sản phẩm",
  searchLabel: "Tìm trong hội chợ",
  searchPlaceholder: "Sản phẩm, chủ thể, số gian hàng…",
  searchButton: "Tìm",
  searchResults_one: "{{count}} gian hàng khớp với “{{q}}”",
  searchResults_other: "{{count}} gian hàng khớp với “{{q}}”",
  searchNone: "Không có gian hàng nào khớp với “{{q}}”.",
  searchClear: "Xem tất cả gian hàng",
  booth: "Gian hàng {{number}}",
  zone: "Khu {{code}} · {{name}}",
  products_one: "{{count}} sản phẩm",
  products_other: "{{count}} sản phẩm",
  seeBooth: "Xem gian hàng, hỏi mua",
  noProducts: "Gian hàng chưa trưng bày sản phẩm đang được chứng nhận.",
  qrTitle: "Mã QR của gian hàng",
  qrHelp: "Quét mã này bằng camera điện thoại để mở trang gian hàng và gửi yêu cầu mua hàng cho người bán.",
  qrAlt: "Mã QR mở trang gian hàng {{number}}",
  print: "In mã QR",
  producer: "Chủ thể",
  seeProducer: "Xem chủ thể và các sản phẩm khác",
  call: "Gọi người bán",
  atFair: "Tại {{fair}}",
  backToFair: "Về trang hội chợ",
  enquiryTitle: "Hỏi mua, báo giá sỉ",
  enquiryIntro: "Để lại thông tin, người bán sẽ liên hệ với bạn. Yêu cầu được lưu lại cho ban tổ chức theo dõi.",
}

export type FairsResources = typeof fairs
export default fairs

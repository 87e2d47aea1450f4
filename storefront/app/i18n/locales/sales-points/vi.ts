/**
 * The sales points page's words in Vietnamese (`salesPoints.*`, beside the common `salesPoints.*` that the
 * product page's "where to buy" uses), loaded with that page only (features/sales-points/strings.ts); `en.ts`
 * beside it must have exactly these keys (type-checked, and tested in config.test.ts).
 */
const salesPoints = {
  filters: "Lọc điểm bán",
  district: "Huyện, thị xã",
  anyDistrict: "Mọi huyện, thị xã",
  type: "Loại điểm bán",
  anyType: "Mọi loại",
  apply: "Lọc",
  clear: "Bỏ lọc",
  shown_one: "{{count}} điểm bán",
  shown_other: "{{count}} điểm bán",
  none: "Không có điểm bán nào khớp bộ lọc này.",
  nearMe: "Gần tôi",
  nearMeLabel: "Xếp các điểm bán gần tôi lên trước",
  locating: "Đang lấy vị trí của bạn…",
  sortedByDistance: "Đã xếp theo khoảng cách từ vị trí của bạn (vị trí không rời khỏi máy).",
  locationFailed: "Không lấy được vị trí; danh sách giữ nguyên thứ tự.",
  away: "cách {{distance}}",
  number: "Điểm số {{number}}",
  call: "Gọi",
  callLabel: "Gọi {{name}}",
}

export type SalesPointsResources = typeof salesPoints
export default salesPoints

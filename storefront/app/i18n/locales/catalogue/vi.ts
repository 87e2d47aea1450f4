/**
 * The catalogue's and the search page's filter words in Vietnamese (`catalogue.*`, beside the common
 * `catalogue.*`), loaded with those pages only (features/catalogue/strings.ts); `en.ts` beside it must have exactly
 * these keys (type-checked, and tested in config.test.ts).
 */
const catalogue = {
  filterButton: "Lọc",
  filterActive_one: "Lọc · {{count}} điều kiện",
  filterActive_other: "Lọc · {{count}} điều kiện",
  district: "Nơi sản xuất",
  anyDistrict: "Mọi huyện, thị xã",
  price: "Giá (đồng)",
  priceMin: "Giá từ",
  priceMax: "Giá đến",
  priceBetween: "giá {{min}}–{{max}} ₫",
  priceFrom: "giá từ {{min}} ₫",
  priceUpTo: "giá đến {{max}} ₫",
  applyFilters: "Áp dụng",
  chosen: "đang chọn",
}

export type CatalogueResources = typeof catalogue
export default catalogue

/** The province pages' words in Vietnamese (`provincePage.*`): `/tinh` and `/tinh/:code`, loaded with those pages only. */
const provincePage = {
  indexTitle: "Sản phẩm OCOP theo tỉnh, thành phố",
  indexDescription: "Sản phẩm OCOP từ 3 sao còn hiệu lực chứng nhận, theo 34 tỉnh, thành phố từ tháng 7/2025.",
  indexIntro: "Chọn một tỉnh, thành phố để xem sản phẩm OCOP, chủ thể và điểm bán ở đó.",
  breadcrumb: "Tỉnh, thành phố",
  title: "Sản phẩm OCOP {{name}}",
  description: "Sản phẩm OCOP từ 3 sao của {{name}}, chủ thể làm ra và nơi mua, trên Chợ OCOP.",
  onlyCertified: "Chỉ sản phẩm có giấy chứng nhận OCOP còn hiệu lực, từ 3 sao.",
  products_one: "{{count}} sản phẩm OCOP",
  products_other: "{{count}} sản phẩm OCOP",
  producers_one: "{{count}} chủ thể",
  producers_other: "{{count}} chủ thể",
  salesPoints_one: "{{count}} điểm bán",
  salesPoints_other: "{{count}} điểm bán",
  none: "Chưa có sản phẩm OCOP nào của {{name}} trên Chợ OCOP.",
  productsHeading: "Sản phẩm",
  filterInCatalogue: "Lọc thêm trong danh mục sản phẩm",
  producersHeading: "Chủ thể ở {{name}}",
  allProducers: "Tất cả chủ thể của tỉnh",
  salesPointsHeading: "Điểm bán ở {{name}}",
  allSalesPoints: "Tất cả điểm bán của tỉnh",
  otherProvinces: "Tỉnh, thành phố khác",
}

export type ProvincePageResources = typeof provincePage
export default provincePage

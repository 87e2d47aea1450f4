/** Answers of the OCOP Store API, shaped field for field like docs/store-api.md, from the Đắk Lắk seed. */
import type { Group, Producer, ProductCard, ProductDetail, SalesPoint } from "~/lib/store-api"

export const eaKiet: Producer = {
  handle: "htx-ca-phe-cong-bang-ea-kiet",
  name: "HTX Nông nghiệp Cà phê Công bằng Ea Kiết",
  entity_type: "cooperative",
  province_code: "66",
  address_as_certified: "Thôn 2, xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
  representative: "Nguyễn Văn Thành",
  phone: "0905 214 386",
  email: "htx.eakiet@example.com",
  ward_code: "24265",
  address: "Thôn 2, xã Ea Kiết, tỉnh Đắk Lắk",
  latitude: 12.9195,
  longitude: 108.0121,
  story:
    "Hơn 300 hộ trồng cà phê vối ở Ea Kiết góp vốn lập hợp tác xã để tự chế biến và bán cà phê theo tiêu chuẩn Công bằng.",
  founded_year: 2016,
  product_count: 2,
}

export const groundCoffee: ProductCard = {
  id: "prod_01",
  handle: "ca-phe-rang-xay-cong-bang-ea-kiet",
  title: "Cà phê rang xay Công bằng Ea Kiết",
  subtitle: "Robusta Cư M'gar rang mộc, xay sẵn pha phin",
  thumbnail: "http://localhost:9000/static/ca-phe-rang-xay-cong-bang-ea-kiet.svg",
  price: { amount: 95000, currency_code: "vnd" },
  ocop: {
    stars: 4,
    score: 78,
    group: "food",
    sub_group: "coffee_cacao",
    criteria_version: "148/2023",
    certificate_no: "OCOP-66-2024-010",
    decision_no: "1378/QĐ-UBND",
    level: "province",
    issued_at: "2024-06-14T00:00:00.000Z",
    expires_at: "2027-06-14T00:00:00.000Z",
  },
  producer: {
    handle: eaKiet.handle,
    name: eaKiet.name,
    entity_type: eaKiet.entity_type,
    province_code: eaKiet.province_code,
    address_as_certified: eaKiet.address_as_certified,
  },
  rating: { average: null, count: 0 },
}

export const weaselCoffee: ProductCard = {
  ...groundCoffee,
  id: "prod_02",
  handle: "ca-phe-chon-ea-tu",
  title: "Cà phê chồn Ea Tu",
  subtitle: null,
  thumbnail: null,
  price: { amount: 690000, currency_code: "vnd" },
  ocop: {
    ...groundCoffee.ocop,
    stars: 5,
    score: 91,
    level: "national",
    certificate_no: "OCOP-QG-2024-001",
    decision_no: "4876/QĐ-BNN-VPĐP",
  },
  rating: { average: 4.7, count: 12 },
}

export const marketKiosk: SalesPoint = {
  handle: "cho-quang-phu-ki-ot-1",
  name: "Điểm ki ốt OCOP số 1 – Chợ Quảng Phú",
  type: "market_kiosk",
  market_name: "Chợ Quảng Phú",
  address: "Đường Hùng Vương, xã Quảng Phú, tỉnh Đắk Lắk",
  province_code: "66",
  ward_code: "24259",
  address_as_certified: "Đường Hùng Vương, thị trấn Quảng Phú, huyện Cư M'gar, tỉnh Đắk Lắk",
  latitude: 12.8136,
  longitude: 108.0776,
  opening_hours: "06:00–18:00, cả tuần",
  phone: "0914 306 582",
  product_count: 6,
}

export const cityKiosks: SalesPoint = {
  handle: "ki-ot-ocop-cho-buon-ma-thuot",
  name: "Cụm điểm ki ốt OCOP Chợ Buôn Ma Thuột",
  type: "kiosk_cluster",
  market_name: "Chợ Buôn Ma Thuột",
  address: "Đường Phan Bội Châu, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
  province_code: "66",
  ward_code: "24133",
  address_as_certified: "Đường Phan Bội Châu, phường Thành Công, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk",
  latitude: 12.6841,
  longitude: 108.0412,
  opening_hours: "07:00–21:00, cả tuần",
  phone: "0905 628 417",
  product_count: 30,
}

export const groundCoffeeDetail: ProductDetail = {
  ...groundCoffee,
  description: "Cà phê vối trồng trên đất đỏ bazan xã Ea Kiết, hái chín trên 90%, phơi giàn và rang mộc.",
  images: [
    { id: "img_1", url: "http://localhost:9000/static/ca-phe-rang-xay-cong-bang-ea-kiet.svg" },
    { id: "img_2", url: "http://localhost:9000/static/ca-phe-rang-xay-cong-bang-ea-kiet-2.svg" },
  ],
  variants: [
    {
      id: "variant_250",
      title: "Gói 250 g",
      sku: "CP-EAKIET-RX-250",
      options: { "Khối lượng": "250 g" },
      price: { amount: 95000, currency_code: "vnd" },
      in_stock: true,
      available: 40,
    },
    {
      id: "variant_500",
      title: "Gói 500 g",
      sku: "CP-EAKIET-RX-500",
      options: { "Khối lượng": "500 g" },
      price: { amount: 180000, currency_code: "vnd" },
      in_stock: false,
      available: 0,
    },
  ],
  sales_points: [cityKiosks, marketKiosk],
}

export const groups: Group[] = [
  {
    code: "food",
    name: "Thực phẩm",
    count: 30,
    sub_groups: [{ code: "coffee_cacao", name: "Cà phê, ca cao", count: 12 }],
  },
  { code: "drinks", name: "Đồ uống", count: 4, sub_groups: [] },
  { code: "handicrafts", name: "Thủ công mỹ nghệ", count: 3, sub_groups: [] },
]

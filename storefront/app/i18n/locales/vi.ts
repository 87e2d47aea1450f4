const vi = {
  site: {
    name: "Chợ OCOP Đắk Lắk",
    description:
      "Sản phẩm OCOP Đắk Lắk đạt 3 sao trở lên, còn hiệu lực chứng nhận: cà phê Buôn Ma Thuột, mật ong hoa cà phê, hồ tiêu, ca cao, thổ cẩm. Mua trực tuyến hoặc tại các điểm bán OCOP.",
  },
  home: {
    title: "Sản phẩm OCOP Đắk Lắk",
    featured: "Sản phẩm nổi bật",
  },
}

export type Resources = typeof vi
export default vi

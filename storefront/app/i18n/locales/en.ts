import type { Resources } from "./vi"

const en: Resources = {
  site: {
    name: "Đắk Lắk OCOP Market",
    description:
      "Đắk Lắk OCOP products rated 3 stars or more with a valid certificate: Buôn Ma Thuột coffee, coffee-flower honey, pepper, cacao, brocade. Buy online or at the OCOP sales points.",
  },
  home: {
    title: "Đắk Lắk OCOP products",
    featured: "Featured products",
  },
}

export default en

import { describe, expect, it } from "vitest"
import { deliveryEstimateOf, zoneFor } from "./delivery-estimate"

const zones = [
  { code: "dak_lak", name: "Trong tỉnh Đắk Lắk", price: { amount: 20000, currency_code: "vnd" as const }, days: "1–2", province_codes: ["66"] },
  { code: "neighbours", name: "Tỉnh lân cận", price: { amount: 35000, currency_code: "vnd" as const }, days: "2–3", province_codes: ["52", "56", "68"] },
  { code: "rest_of_vietnam", name: "Các tỉnh khác", price: { amount: 45000, currency_code: "vnd" as const }, days: "3–5", province_codes: ["01", "79"] },
]
const provinces = [
  { code: "79", name: "Thành phố Hồ Chí Minh", delivery_zone: "rest_of_vietnam" },
  { code: "66", name: "Tỉnh Đắk Lắk", delivery_zone: "dak_lak" },
  { code: "01", name: "Thành phố Hà Nội", delivery_zone: "rest_of_vietnam" },
  { code: "56", name: "Tỉnh Khánh Hòa", delivery_zone: "neighbours" },
]

describe("the product page's delivery estimate", () => {
  it("starts from Đắk Lắk, where the parcels leave from", () => {
    expect(deliveryEstimateOf(zones, provinces, null).province).toBe("66")
  })

  it("takes the province the URL names, and ignores a code that names none", () => {
    expect(deliveryEstimateOf(zones, provinces, "79").province).toBe("79")
    expect(deliveryEstimateOf(zones, provinces, "99").province).toBe("66")
    expect(deliveryEstimateOf(zones, provinces, "<script>").province).toBe("66")
  })

  it("lists the provinces by name, as a shopper looks for hers", () => {
    expect(deliveryEstimateOf(zones, provinces, null).provinces.map((p) => p.name)).toEqual([
      "Thành phố Hà Nội",
      "Thành phố Hồ Chí Minh",
      "Tỉnh Đắk Lắk",
      "Tỉnh Khánh Hòa",
    ])
  })

  it("prices a province by its zone", () => {
    const estimate = deliveryEstimateOf(zones, provinces, null)
    expect(zoneFor(estimate, "56")).toMatchObject({ price: { amount: 35000 }, days: "2–3" })
    expect(zoneFor(estimate, "79")).toMatchObject({ price: { amount: 45000 }, days: "3–5" })
    expect(zoneFor(estimate, "66")).toMatchObject({ price: { amount: 20000 }, days: "1–2" })
  })
})

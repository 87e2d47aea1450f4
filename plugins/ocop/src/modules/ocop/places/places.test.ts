import { describe, expect, it } from "vitest"
import { DAK_LAK_PROVINCE_CODE, DELIVERY_ZONES, deliveryZoneOf, findProvince, findWard, listProvinces, listWards } from "."

describe("Vietnam's administrative map since 1 July 2025", () => {
  it("has the 34 provinces and centrally run cities, each with its communes and wards", () => {
    expect(listProvinces()).toHaveLength(34)
    expect(findProvince("66")?.name).toBe("Tỉnh Đắk Lắk")
    expect(findProvince("79")?.name).toBe("Thành phố Hồ Chí Minh")
    for (const province of listProvinces()) expect(listWards(province.code)!.length).toBeGreaterThan(30)
  })

  it("has Đắk Lắk's 102 communes and wards, old Phú Yên included", () => {
    const wards = listWards(DAK_LAK_PROVINCE_CODE)!
    expect(wards).toHaveLength(102)
    expect(findWard("66", "24133")?.name).toBe("Phường Buôn Ma Thuột")
    expect(wards.map((ward) => ward.name)).toContain("Phường Tuy Hoà")
  })

  it("finds a ward only in its own province", () => {
    expect(findWard("66", "24133")).toBeDefined()
    expect(findWard("68", "24133")).toBeUndefined()
    expect(findWard("66", "99999")).toBeUndefined()
    expect(findWard(undefined, "24133")).toBeUndefined()
  })

  it("puts every province in exactly one delivery zone: Đắk Lắk, its three neighbours, the other thirty", () => {
    const zoned = DELIVERY_ZONES.flatMap((zone) => zone.province_codes)
    expect(new Set(zoned).size).toBe(34)
    expect(zoned).toHaveLength(34)
    expect(deliveryZoneOf("66")?.code).toBe("dak_lak")
    expect(["52", "56", "68"].map((code) => deliveryZoneOf(code)?.code)).toEqual(["neighbours", "neighbours", "neighbours"])
    expect(deliveryZoneOf("01")?.code).toBe("rest_of_vietnam")
    expect(DELIVERY_ZONES.map((zone) => zone.price_vnd)).toEqual([20000, 35000, 45000])
  })
})

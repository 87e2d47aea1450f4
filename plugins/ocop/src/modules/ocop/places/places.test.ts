import { describe, expect, it } from "vitest"
import {
  DAK_LAK_PROVINCE_CODE,
  DELIVERY_ZONES,
  deliveryZoneOf,
  findProvince,
  findWard,
  listProvinces,
  listWards,
  matchProvince,
  matchWard,
} from "."

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

describe("places as people type them", () => {
  const found = (match: ReturnType<typeof matchProvince | typeof matchWard>) => ("found" in match ? match.found.name : null)

  it("finds a province by code or by name, with or without accents, case or its kind's word", () => {
    for (const typed of ["66", "Đắk Lắk", "Dak Lak", "dak lak", "DAK LAK", "Tỉnh Đắk Lắk", "tinh dak lak", " Đắk  Lắk "]) {
      expect([typed, found(matchProvince(typed))]).toEqual([typed, "Tỉnh Đắk Lắk"])
    }
    expect(found(matchProvince("Hồ Chí Minh"))).toBe("Thành phố Hồ Chí Minh")
    expect(found(matchProvince("TP. Ho Chi Minh"))).toBe("Thành phố Hồ Chí Minh")
    expect(found(matchProvince("thanh pho ha noi"))).toBe("Thành phố Hà Nội")
  })

  it("answers an unknown province with the closest names", () => {
    const match = matchProvince("Dak Lac")
    expect("unknown" in match && match.closest.map((p) => p.name)[0]).toBe("Tỉnh Đắk Lắk")
    expect("unknown" in matchProvince("99")).toBe(true)
  })

  it("finds a commune or ward of the province by code or by name, apostrophes and accents optional", () => {
    expect(found(matchWard("66", "24133"))).toBe("Phường Buôn Ma Thuột")
    expect(found(matchWard("66", "Buôn Ma Thuột"))).toBe("Phường Buôn Ma Thuột")
    expect(found(matchWard("66", "phuong buon ma thuot"))).toBe("Phường Buôn Ma Thuột")
    expect(found(matchWard("66", "Tuy Hoa"))).toBe("Phường Tuy Hoà")
    expect(found(matchWard("66", "Xã Krông Năng"))).toBe("Xã Krông Năng")
    // In another province the same name is unknown, and the answer offers that province's nearest.
    expect("unknown" in matchWard("68", "Krông Năng")).toBe(true)
  })

  it("lets the kind's word or the accents decide between names that read alike, and calls the rest ambiguous", () => {
    // Tây Ninh has Xã Tân Thành and Xã Tân Thạnh; Đồng Tháp has Phường Mỹ Tho and Xã Mỹ Thọ.
    const tanThanh = matchWard("80", "Tan Thanh")
    expect("ambiguous" in tanThanh && tanThanh.ambiguous.map((w) => w.name).sort()).toEqual(["Xã Tân Thành", "Xã Tân Thạnh"])
    expect(found(matchWard("80", "Tân Thạnh"))).toBe("Xã Tân Thạnh")
    expect(found(matchWard("82", "Phuong My Tho"))).toBe("Phường Mỹ Tho")
    expect(found(matchWard("82", "Mỹ Thọ"))).toBe("Xã Mỹ Thọ")
    expect("ambiguous" in matchWard("82", "my tho")).toBe(true)
  })
})

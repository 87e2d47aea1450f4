import { describe, expect, it } from "vitest"
import { byName, findWard, wardsLike } from "./wards"

const wards = [
  { code: "24133", name: "Phường Buôn Ma Thuột" },
  { code: "24259", name: "Xã Quảng Phú" },
  { code: "24265", name: "Xã Ea Kiết" },
  { code: "24301", name: "Xã Cư M'gar" },
  { code: "25498", name: "Xã Tân Thành" },
  { code: "25499", name: "Xã Tân Thạnh" },
]

describe("a ward typed into the address", () => {
  it("is found by its name, accents, case, apostrophe and kind optional, or by its code", () => {
    for (const typed of ["Phường Buôn Ma Thuột", "buon ma thuot", "BUÔN MA THUỘT", "24133"]) {
      expect([typed, findWard(wards, typed)?.code]).toEqual([typed, "24133"])
    }
    expect(findWard(wards, "cu mgar")?.code).toBe("24301")
  })

  it("takes the one written exactly when two read alike without accents, and none otherwise", () => {
    expect(findWard(wards, "Xã Tân Thạnh")?.code).toBe("25499")
    expect(findWard(wards, "tan thanh")).toBeNull()
    expect(findWard(wards, "Hà Nội")).toBeNull()
  })

  it("suggests names beginning with or containing what was typed", () => {
    expect(wardsLike(wards, "tan").map((ward) => ward.name)).toEqual(["Xã Tân Thành", "Xã Tân Thạnh"])
    expect(wardsLike(wards, "kiet").map((ward) => ward.name)).toEqual(["Xã Ea Kiết"])
  })

  it("lists wards by name, the kind aside", () => {
    expect(byName(wards).map((ward) => ward.name)).toEqual([
      "Phường Buôn Ma Thuột",
      "Xã Cư M'gar",
      "Xã Ea Kiết",
      "Xã Quảng Phú",
      "Xã Tân Thành",
      "Xã Tân Thạnh",
    ])
  })
})

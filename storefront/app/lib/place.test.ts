import { describe, expect, it } from "vitest"
import { districtOf } from "./place"

describe("districtOf", () => {
  it("reads the old district from an address as printed on the certificate", () => {
    expect(districtOf("Thôn 2, xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk")).toEqual({ kind: "huyen", name: "Cư M'gar" })
    expect(districtOf("Đường Phan Bội Châu, phường Thành Công, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk")).toEqual({
      kind: "thanh_pho",
      name: "Buôn Ma Thuột",
    })
    expect(districtOf("Tổ dân phố 3, phường An Lạc, thị xã Buôn Hồ, tỉnh Đắk Lắk")).toEqual({
      kind: "thi_xa",
      name: "Buôn Hồ",
    })
  })

  it("gives nothing for an address without a district", () => {
    expect(districtOf("Thôn 2, xã Ea Kiết, tỉnh Đắk Lắk")).toBeNull()
  })
})

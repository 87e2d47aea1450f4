import { describe, expect, it } from "vitest"
import { refuseUnknownPlace } from "./known-place"

describe("the place of a producer or sales point", () => {
  it("is a ward of its province on the 2025 map", () => {
    expect(() => refuseUnknownPlace("producer", { province_code: "66", ward_code: "24133" })).not.toThrow()
  })

  it("refuses a ward code that does not exist", () => {
    expect(() => refuseUnknownPlace("producer", { province_code: "66", ward_code: "99999" })).toThrow(/ward_code "99999" is not a commune or ward of province 66/)
  })

  it("refuses a ward of another province (Hoàn Kiếm is in Hà Nội)", () => {
    expect(() => refuseUnknownPlace("sales_point", { province_code: "66", ward_code: "00070" })).toThrow(/not a commune or ward of province 66/)
  })

  it("refuses a province code that is not one of the 34", () => {
    expect(() => refuseUnknownPlace("producer", { province_code: "99", ward_code: "24133" })).toThrow(/province_code "99"/)
  })

  it("judges an update as it will be stored: a new ward against the saved province", () => {
    const saved = { province_code: "66", ward_code: "24133" }
    expect(() => refuseUnknownPlace("producer", { ward_code: "24265" }, saved)).not.toThrow()
    expect(() => refuseUnknownPlace("producer", { ward_code: "00070" }, saved)).toThrow(/province 66/)
    expect(() => refuseUnknownPlace("producer", { name: "x" } as any, saved)).not.toThrow()
  })
})

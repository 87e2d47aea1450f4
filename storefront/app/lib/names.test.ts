import { describe, expect, it } from "vitest"
import { displayName, joinFullName, splitFullName } from "./names"

describe("full names", () => {
  it("keeps the family name, written first, in last_name", () => {
    expect(splitFullName("  Trần   Thị Hoa ")).toEqual({ last_name: "Trần", first_name: "Thị Hoa" })
    expect(splitFullName("H'Hen Niê")).toEqual({ last_name: "H'Hen", first_name: "Niê" })
    expect(splitFullName("Hoa")).toEqual({ last_name: "", first_name: "Hoa" })
  })

  it("joins them back family name first, whatever is missing", () => {
    expect(joinFullName({ last_name: "Trần", first_name: "Thị Hoa" })).toBe("Trần Thị Hoa")
    expect(joinFullName(splitFullName("Nguyễn Văn An"))).toBe("Nguyễn Văn An")
    expect(joinFullName({ first_name: "Hoa", last_name: null })).toBe("Hoa")
    expect(joinFullName({})).toBe("")
  })

  it("greets by the name, or by the e-mail when the customer gave no name", () => {
    expect(displayName({ email: "hoa@example.vn", last_name: "Trần", first_name: "Thị Hoa" })).toBe("Trần Thị Hoa")
    expect(displayName({ email: "hoa@example.vn", last_name: null, first_name: " " })).toBe("hoa@example.vn")
  })
})

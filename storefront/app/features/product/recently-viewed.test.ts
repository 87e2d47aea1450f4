import { describe, expect, it } from "vitest"
import { rememberVisit, RECENTLY_VIEWED_MAX } from "./recently-viewed"

describe("the recently viewed list", () => {
  it("puts the product just opened first, once", () => {
    expect(rememberVisit(["mat-ong", "ca-phe"], "ca-phe")).toEqual(["ca-phe", "mat-ong"])
    expect(rememberVisit([], "ca-phe")).toEqual(["ca-phe"])
  })

  it("keeps at most a dozen, dropping the oldest", () => {
    const many = Array.from({ length: 20 }, (_, i) => `san-pham-${i}`)
    const list = rememberVisit(many, "moi")
    expect(list).toHaveLength(RECENTLY_VIEWED_MAX)
    expect(list[0]).toBe("moi")
    expect(list.at(-1)).toBe("san-pham-10")
  })

  it("starts afresh from whatever else the storage held", () => {
    expect(rememberVisit("not a list", "ca-phe")).toEqual(["ca-phe"])
    expect(rememberVisit([42, null, "<script>", "mat-ong"], "ca-phe")).toEqual(["ca-phe", "mat-ong"])
  })
})

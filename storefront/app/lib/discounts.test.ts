import { describe, expect, it } from "vitest"
import { discountsOf } from "./discounts"

describe("a cart's discounts", () => {
  it("sum each code's adjustments over the lines, whole đồng, in the order the codes come", () => {
    const lines = [
      { adjustments: [{ code: "TET2027", amount: "24000" }] },
      { adjustments: [{ code: "TET2027", amount: 18_000.4 }] },
      { adjustments: null },
      null,
    ]
    expect(discountsOf(lines, ["TET2027"])).toEqual([{ code: "TET2027", amount: 42_000 }])
  })

  it("show a code the cart carries even when it takes nothing off, and none when there is no code", () => {
    expect(discountsOf([{ adjustments: [] }], ["TET2027"])).toEqual([{ code: "TET2027", amount: 0 }])
    expect(discountsOf([{ adjustments: [] }])).toEqual([])
  })
})

import { describe, expect, it } from "vitest"
import { promoCodeError, refusalOfPromotion } from "./promo-codes"
import { discountsOf } from "../orders/discounts"

const now = new Date("2026-12-07T05:00:00Z")
const tet = { code: "TET2027", status: "active", campaign: { starts_at: "2026-12-01T00:00:00+07:00", ends_at: "2027-02-21T00:00:00+07:00" } }

describe("a promo code added to a cart", () => {
  it("is taken while its campaign runs", () => {
    expect(refusalOfPromotion(tet, now)).toBeNull()
    expect(refusalOfPromotion({ code: "ALWAYS", status: "active", campaign: null }, now)).toBeNull()
  })

  it("is refused as expired the moment its campaign ends, and as not yet valid before it starts", () => {
    expect(refusalOfPromotion(tet, new Date("2027-02-20T17:00:00Z"))).toBe("expired")
    expect(refusalOfPromotion(tet, new Date("2026-11-30T16:59:59Z"))).toBe("not_started")
  })

  it("is refused as unknown when it is a draft or switched off", () => {
    expect(refusalOfPromotion({ ...tet, status: "draft" }, now)).toBe("unknown")
    expect(refusalOfPromotion({ ...tet, status: "inactive" }, now)).toBe("unknown")
    expect(refusalOfPromotion(null, now)).toBe("unknown")
  })

  it("is refused as used up at its own limit or its campaign's usage budget, not at a spend budget", () => {
    expect(refusalOfPromotion({ ...tet, limit: 3, used: 3 }, now)).toBe("used_up")
    expect(refusalOfPromotion({ ...tet, limit: 3, used: 2 }, now)).toBeNull()
    expect(refusalOfPromotion({ ...tet, campaign: { ...tet.campaign, budget: { type: "usage", limit: 10, used: 10 } } }, now)).toBe("used_up")
    expect(refusalOfPromotion({ ...tet, campaign: { ...tet.campaign, budget: { type: "spend", limit: 10, used: 10 } } }, now)).toBeNull()
  })

  it("is refused with a 400 that says why in both languages", () => {
    const error = promoCodeError("TRUNGTHU2026", "expired")
    expect(error.type).toBe("invalid_data")
    expect(error.message).toBe("Mã khuyến mãi TRUNGTHU2026 đã hết hạn / The promotion code TRUNGTHU2026 has expired")
  })
})

describe("a purchase's discounts", () => {
  it("sums each code over every order's lines and deliveries", () => {
    const orders = [
      { items: [{ adjustments: [{ code: "TET2027", amount: 24_000 }] }, { adjustments: [] }], shipping_methods: [] },
      { items: [{ adjustments: [{ code: "TET2027", amount: "18000" }] }], shipping_methods: [{ adjustments: [{ code: "FREESHIP", amount: 20_000 }] }] },
    ]
    expect(discountsOf(orders)).toEqual([
      { code: "TET2027", amount: 42_000 },
      { code: "FREESHIP", amount: 20_000 },
    ])
    expect(discountsOf([{ items: [{ adjustments: null }] }])).toEqual([])
  })
})

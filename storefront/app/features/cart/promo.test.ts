import { describe, expect, it } from "vitest"
import { parsePromoForm, promoCodeSchema, promoErrorOf } from "./promo"

describe("a promo code typed in the box", () => {
  it("is trimmed and upper-cased, as the Promotion module stores codes", () => {
    expect(promoCodeSchema.parse("  tet2027 ")).toBe("TET2027")
    expect(promoCodeSchema.parse("xuan-2027")).toBe("XUAN-2027")
    expect(promoCodeSchema.parse("ABC")).toBe("ABC")
    expect(promoCodeSchema.parse("A".repeat(32))).toBe("A".repeat(32))
  })

  it("is refused when shorter than 3 or longer than 32 characters, or with anything but A–Z, 0–9 and dashes", () => {
    for (const bad of ["", "  ", "AB", "A".repeat(33), "TẾT2027", "TET 2027", "TET_2027", "TET2027!", "<script>"]) {
      expect(promoCodeSchema.safeParse(bad).success, bad).toBe(false)
    }
  })

  it("comes with the box's intent, add or take off", () => {
    const form = new FormData()
    form.set("intent", "promo-apply")
    form.set("code", " tet2027")
    expect(parsePromoForm(form)).toMatchObject({ success: true, data: { intent: "promo-apply", code: "TET2027" } })
    expect(parsePromoForm({ intent: "promo-remove", code: "TET2027" }).success).toBe(true)
    expect(parsePromoForm({ intent: "promo-steal", code: "TET2027" }).success).toBe(false)
  })
})

describe("Medusa's answer to a code, as the page says it", () => {
  it("tells an unknown code from an expired, a not yet valid and a used-up one", () => {
    expect(promoErrorOf(400, "The promotion code KHONGCO is invalid")).toBe("unknown")
    expect(promoErrorOf(400, "Mã khuyến mãi KHONGCO không tồn tại / The promotion code KHONGCO is invalid")).toBe("unknown")
    expect(promoErrorOf(400, "Mã khuyến mãi TRUNGTHU2026 đã hết hạn / The promotion code TRUNGTHU2026 has expired")).toBe("expired")
    expect(promoErrorOf(400, "Mã khuyến mãi XUAN2028 chưa đến ngày dùng / The promotion code XUAN2028 is not valid yet")).toBe("notStarted")
    expect(promoErrorOf(400, "Mã khuyến mãi TET2027 đã hết lượt dùng / The promotion code TET2027 has been used up")).toBe("usedUp")
    expect(promoErrorOf(400, "Promotion usage exceeds the budget limit.")).toBe("usedUp")
  })

  it("says a cart being placed cannot change, any other refusal that the code does not apply, and a failure is the backend's", () => {
    expect(promoErrorOf(409, "Cart is being completed")).toBe("busy")
    expect(promoErrorOf(400, "Attribute value for \"customer_id\" is required by promotion campaing budget")).toBe("notApplicable")
    expect(promoErrorOf(500, "An unknown error occurred.")).toBe("backend")
  })
})

import { describe, expect, it } from "vitest"
import { StoreCartLineQuantity, StoreCartLineUpdateQuantity, StoreCreateCartQuantities } from "./validators"

describe("cart line quantities", () => {
  it("are whole units from 1 when a line is added", () => {
    expect(StoreCartLineQuantity.safeParse({ variant_id: "v", quantity: 2 }).success).toBe(true)
    for (const quantity of [1.5, 0.4, 0, -1, "2", null, 1e308, Number.NaN]) {
      expect(StoreCartLineQuantity.safeParse({ variant_id: "v", quantity }).success, String(quantity)).toBe(false)
    }
  })

  it("may be 0 on an update, which is Medusa's way to remove the line, and are otherwise whole units", () => {
    expect(StoreCartLineUpdateQuantity.safeParse({ quantity: 0 }).success).toBe(true)
    expect(StoreCartLineUpdateQuantity.safeParse({ quantity: 3 }).success).toBe(true)
    expect(StoreCartLineUpdateQuantity.safeParse({ quantity: 1.5 }).success).toBe(false)
  })

  it("are checked in every item of a new cart, and a cart without items passes", () => {
    expect(StoreCreateCartQuantities.safeParse({ region_id: "r" }).success).toBe(true)
    expect(StoreCreateCartQuantities.safeParse({ items: [{ variant_id: "v", quantity: 1 }] }).success).toBe(true)
    expect(StoreCreateCartQuantities.safeParse({ items: [{ variant_id: "v", quantity: 1 }, { variant_id: "w", quantity: 0.4 }] }).success).toBe(false)
  })

  it("say what is wrong in both languages", () => {
    const result = StoreCartLineQuantity.safeParse({ quantity: 1.5 })
    expect(result.error?.issues[0]?.message).toMatch(/^Số lượng phải là số nguyên .* \/ quantity must be a whole number/)
  })
})

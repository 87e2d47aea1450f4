import { describe, expect, it } from "vitest"
import { parseCartForm } from "./cart-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

describe("the cart's forms", () => {
  it("adds one of a product when the card gives only its handle", () => {
    const parsed = parseCartForm(form({ intent: "add", handle: "ca-phe-bot-ea-tam" }))
    expect(parsed.success && parsed.data).toEqual({ intent: "add", handle: "ca-phe-bot-ea-tam", quantity: 1 })
  })

  it("reads the quantity the shopper typed, and an empty variant as none", () => {
    const parsed = parseCartForm(form({ intent: "add", handle: "mat-ong", quantity: "3", variant_id: "" }))
    expect(parsed.success && parsed.data).toEqual({ intent: "add", handle: "mat-ong", quantity: 3 })
  })

  it.each([
    ["no intent", { handle: "x" }],
    ["an unknown intent", { intent: "empty", handle: "x" }],
    ["a quantity of 0 to add", { intent: "add", handle: "x", quantity: "0" }],
    ["a quantity above 99", { intent: "update", line_id: "cali_01JABCDEFGHJKMNPQRSTVWXYZ0", quantity: "100" }],
    ["a fractional quantity", { intent: "update", line_id: "cali_01JABCDEFGHJKMNPQRSTVWXYZ0", quantity: "1.5" }],
    ["a line id that is not Medusa's", { intent: "remove", line_id: "../../admin" }],
    ["a variant id that is not Medusa's", { intent: "add", handle: "x", variant_id: "prod_1" }],
  ])("refuses %s", (_, fields) => {
    expect(parseCartForm(form(fields)).success).toBe(false)
  })

  it("takes 0 as a quantity to update: the line goes", () => {
    const parsed = parseCartForm(form({ intent: "update", line_id: "cali_01JABCDEFGHJKMNPQRSTVWXYZ0", quantity: "0" }))
    expect(parsed.success && parsed.data).toMatchObject({ intent: "update", quantity: 0 })
  })
})

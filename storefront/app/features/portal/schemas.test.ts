import { describe, expect, it } from "vitest"
import { parseForm } from "~/lib/forms"
import { acceptInviteSchema, cancelSchema, parseDong, shipSchema, variantSchema } from "./schemas"

const form = (values: Record<string, string>) => {
  const data = new FormData()
  for (const [key, value] of Object.entries(values)) data.append(key, value)
  return data
}

describe("the seller portal's forms", () => {
  it("read đồng as people type them, and nothing else", () => {
    expect(parseDong("137.000")).toBe(137_000)
    expect(parseDong("137 000 ₫")).toBe(137_000)
    expect(parseDong("137000")).toBe(137_000)
    for (const junk of ["", "abc", "1.5e3", "-5", "12a"]) expect(parseDong(junk), junk).toBeNull()
  })

  it("refuse a price outside 1.000–100.000.000 ₫ and a stock that is not a whole number, beside their fields", () => {
    expect(parseForm(variantSchema, form({ variant_id: "variant_1", price: "999", stock: "-1" })).errors).toEqual({
      price: "portal.errors.price",
      stock: "portal.errors.stock",
    })
    expect(parseForm(variantSchema, form({ variant_id: "variant_1", price: "135.000", stock: "25" })).data).toEqual({ variant_id: "variant_1", price: 135_000, stock: 25 })
  })

  it("ask a new login for 8 characters, a login the person has for its password only", () => {
    expect(parseForm(acceptInviteSchema(false), form({ name: " ", password: "ngan" })).errors).toEqual({
      name: "portal.errors.name",
      password: "portal.errors.newPassword",
    })
    expect(parseForm(acceptInviteSchema(true), form({ name: "Hoa", password: "ngan" })).data).toEqual({ name: "Hoa", password: "ngan" })
  })

  it("ship with a carrier and a tracking number as carriers print them, kept in capitals", () => {
    expect(parseForm(shipSchema, form({ carrier: " Viettel Post ", tracking_number: " vtp-123.456 " })).data).toEqual({ carrier: "Viettel Post", tracking_number: "VTP-123.456" })
    expect(parseForm(shipSchema, form({ carrier: "", tracking_number: "" })).errors).toEqual({ carrier: "portal.errors.carrier", tracking_number: "portal.errors.trackingNumber" })
    for (const bad of ["abc", "GHN 12345", "-GHN12345", "x".repeat(41)]) {
      expect(parseForm(shipSchema, form({ carrier: "GHN", tracking_number: bad })).errors, bad).toEqual({ tracking_number: "portal.errors.trackingNumber" })
    }
  })

  it("cancel only with a reason the buyer can read", () => {
    expect(parseForm(cancelSchema, form({ reason: "  " })).errors).toEqual({ reason: "portal.errors.cancelReason" })
    expect(parseForm(cancelSchema, form({ reason: " Hết hàng " })).data).toEqual({ reason: "Hết hàng" })
  })
})

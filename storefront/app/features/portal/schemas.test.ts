import { describe, expect, it } from "vitest"
import { parseForm } from "~/lib/forms"
import { acceptInviteSchema, cancelSchema, newProductSchema, parseDong, profileSchema, salesPointRequestSchema, shipSchema, variantSchema } from "./schemas"

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

  it("ask for a sales point to be chosen, and read only add or remove", () => {
    expect(parseForm(salesPointRequestSchema, form({ sales_point_id: " ", action: "add" })).errors).toEqual({ sales_point_id: "portal.errors.salesPoint" })
    expect(parseForm(salesPointRequestSchema, form({ sales_point_id: "ocsp_1", action: "move" })).errors).toEqual({ action: "portal.errors.salesPoint" })
    expect(parseForm(salesPointRequestSchema, form({ sales_point_id: " ocsp_1 ", action: "remove" })).data).toEqual({ sales_point_id: "ocsp_1", action: "remove" })
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

  it("read a new product's packs from the form's rows, skip empty rows and mark each half-filled field", () => {
    const ok = parseForm(newProductSchema, form({ title: " Cà phê Ea Tu ", title_en: "", description: "Rang mộc", variant1_title: "Gói 500 g", variant1_title_en: "500 g bag", variant1_price: "120.000", variant1_stock: "25", variant2_title: "", variant2_price: "", variant2_stock: "" }))
    expect(ok.data).toEqual({ title: "Cà phê Ea Tu", description: "Rang mộc", variants: [{ title: "Gói 500 g", title_en: "500 g bag", price: 120_000, stock: 25 }] })
    const bad = parseForm(newProductSchema, form({ title: "C", variant1_title: "", variant1_price: "999", variant1_stock: "-1", variant2_title: "gói", variant2_price: "5000", variant2_stock: "1", variant3_title: "GÓI", variant3_price: "5000", variant3_stock: "1" }))
    expect(bad.errors).toEqual({
      title: "portal.errors.productTitle",
      variant1_title: "portal.errors.variantTitle",
      variant1_price: "portal.errors.price",
      variant1_stock: "portal.errors.stock",
      variant3_title: "portal.errors.variantTwice",
    })
  })

  it("read the producer's profile: a phone the checker accepts, an e-mail or nothing, a founding year from 1900 to this year or nothing", () => {
    const schema = profileSchema((text) => text.replace(/\s/g, "") === "0905123456")
    const base = { story_vi: "Ba thế hệ", story_en: "", phone: "0905 123 456", email: "", address_line: "Thôn 3, Ea Tu", founded_year: "" }
    expect(parseForm(schema, form(base)).data).toEqual({ ...base, founded_year: null })
    expect(parseForm(schema, form({ ...base, founded_year: "2012", email: "Lien.He@HTX.vn" })).data).toMatchObject({ founded_year: 2012, email: "lien.he@htx.vn" })
    expect(parseForm(schema, form({ ...base, phone: "12345", email: "khong-phai", address_line: "x", founded_year: String(new Date().getFullYear() + 1) })).errors).toEqual({
      phone: "portal.errors.phone",
      email: "portal.errors.email",
      address_line: "portal.errors.address",
      founded_year: "portal.errors.foundedYear",
    })
  })
})

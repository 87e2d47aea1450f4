import { describe, expect, it } from "vitest"
import { addressSchema, contactSchema, deliverySchema, fieldErrors, paymentSchema } from "./schemas"

describe("the contact step", () => {
  it("keeps a tidy e-mail, name and phone", () => {
    const parsed = contactSchema.safeParse({ email: "  Lan@Example.VN ", name: " Nguyễn Thị Lan ", phone: "0905.123.456" })
    expect(parsed.success && parsed.data).toEqual({ email: "lan@example.vn", name: "Nguyễn Thị Lan", phone: "+84905123456" })
  })

  it("takes a visitor's number from abroad with its country code, kept in E.164", () => {
    const parsed = contactSchema.safeParse({ email: "anna@example.de", name: "Anna Schmidt", phone: "+49 151 2345 6789" })
    expect(parsed.success && parsed.data.phone).toBe("+4915123456789")
  })

  it("names every field that is wrong, each with its own message", () => {
    const parsed = contactSchema.safeParse({ email: "lan@", name: "L", phone: "12345" })
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual({ email: "email", name: "name", phone: "phone" })
  })

  it("names the fields left out altogether", () => {
    const parsed = contactSchema.safeParse({})
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual({ email: "email", name: "name", phone: "phone" })
  })
})

describe("the address step", () => {
  it("takes a province code, a ward code and a street", () => {
    const parsed = addressSchema.safeParse({ province: "66", ward: "24133", street: " 12 Lê Duẩn " })
    expect(parsed.success && parsed.data).toEqual({ province: "66", ward: "24133", street: "12 Lê Duẩn" })
  })

  it.each([
    [{ province: "", ward: "24133", street: "12 Lê Duẩn" }, { province: "province" }],
    [{ province: "66", ward: "", street: "12 Lê Duẩn" }, { ward: "ward" }],
    [{ province: "Đắk Lắk", ward: "24133", street: "12 Lê Duẩn" }, { province: "province" }],
    [{ province: "66", ward: "24133", street: "  " }, { street: "street" }],
    [{ province: "66", ward: "24133", street: "x".repeat(201) }, { street: "street" }],
  ])("refuses %j", (values, errors) => {
    const parsed = addressSchema.safeParse(values)
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual(errors)
  })
})

describe("the delivery and payment steps", () => {
  it("take a Medusa shipping option id and one of the three payment methods", () => {
    expect(deliverySchema.safeParse({ option_id: "so_01JABCDEFGHJKMNPQRSTVWXYZ0" }).success).toBe(true)
    expect(deliverySchema.safeParse({ option_id: "pickup" }).success).toBe(false)
    expect(paymentSchema.safeParse({ method: "cod" }).success).toBe(true)
    expect(paymentSchema.safeParse({ method: "vietqr" }).success).toBe(true)
    expect(paymentSchema.safeParse({ method: "pp_system_default" }).success).toBe(false)
  })
})

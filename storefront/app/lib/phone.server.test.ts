import { describe, expect, it } from "vitest"
import { formatShopperPhone } from "./phone-display"
import { normalizePhone } from "./phone.server"

describe("a shopper's phone number", () => {
  it("accepts a Vietnamese mobile, 0 or +84 then nine digits, written with spaces, dots or dashes", () => {
    expect(normalizePhone("0905 123 456")).toBe("+84905123456")
    expect(normalizePhone("+84 905.123.456")).toBe("+84905123456")
    expect(normalizePhone("038-555-1234")).toBe("+84385551234")
  })

  it("accepts a number from abroad with its country code, so a tourist can buy", () => {
    expect(normalizePhone("+49 151 2345 6789")).toBe("+4915123456789")
    expect(normalizePhone("0049 30 901820")).toBe("+4930901820")
    expect(normalizePhone("+33 6 12 34 56 78")).toBe("+33612345678")
    expect(normalizePhone("+1 415 555 2671")).toBe("+14155552671")
  })

  it("refuses Vietnamese landlines, short numbers, numbers without a country code and invalid ones", () => {
    expect(normalizePhone("0262 3852 123")).toBeNull() // a Đắk Lắk landline: prefix 2
    expect(normalizePhone("+84 262 3852 123")).toBeNull()
    expect(normalizePhone("0905 123 45")).toBeNull()
    expect(normalizePhone("151 2345 6789")).toBeNull()
    expect(normalizePhone("+49 123")).toBeNull()
    expect(normalizePhone("")).toBeNull()
  })
})

describe("a kept number as people read it", () => {
  it.each([
    ["0905123456", "0905 123 456"],
    ["0905 123 456", "0905 123 456"],
    ["+84 905 123 456", "0905 123 456"],
    ["+84-385-123-456", "0385 123 456"],
    ["+49 151 2345 6789", "+49 15123456789"],
    ["+1 415 555 2671", "+1 4155552671"],
    ["+33 6 12 34 56 78", "+33 612345678"],
    ["+855 12 345 678", "+855 12345678"],
  ])("reads %s as %s", (input, expected) => {
    expect(formatShopperPhone(normalizePhone(input)!)).toBe(expected)
  })

  it.each(["", "0905", "090512345", "09051234567", "0205123456", "0905abc456", "84905123456"])("refuses %j", (input) => {
    expect(normalizePhone(input)).toBeNull()
  })
})

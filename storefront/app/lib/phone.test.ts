import { describe, expect, it } from "vitest"
import { formatPhone } from "./format"
import { normalizeVietnamPhone } from "./phone"

describe("Vietnamese mobile numbers", () => {
  it("accepts 0 or +84 then nine digits with a mobile prefix, written with spaces, dots or dashes", () => {
    expect(normalizeVietnamPhone("0905 123 456")).toBe("+84905123456")
    expect(normalizeVietnamPhone("+84 905.123.456")).toBe("+84905123456")
    expect(normalizeVietnamPhone("038-555-1234")).toBe("+84385551234")
  })

  it("refuses landlines, short numbers and other countries", () => {
    expect(normalizeVietnamPhone("0262 3852 123")).toBeNull() // a Đắk Lắk landline: prefix 2
    expect(normalizeVietnamPhone("0905 123 45")).toBeNull()
    expect(normalizeVietnamPhone("+33 6 12 34 56 78")).toBeNull()
    expect(normalizeVietnamPhone("")).toBeNull()
  })
})

describe("a Vietnamese mobile number as the checkout keeps it", () => {
  it.each([
    ["0905123456", "0905 123 456"],
    ["0905 123 456", "0905 123 456"],
    ["0905.123.456", "0905 123 456"],
    ["+84 905 123 456", "0905 123 456"],
    ["+84-385-123-456", "0385 123 456"],
  ])("reads %s as %s", (input, expected) => {
    expect(formatPhone(normalizeVietnamPhone(input)!)).toBe(expected)
  })

  it.each(["", "0905", "090512345", "09051234567", "0205123456", "+1 905 123 4567", "0905abc456", "84905123456"])(
    "refuses %j",
    (input) => {
      expect(normalizeVietnamPhone(input)).toBeNull()
    }
  )
})

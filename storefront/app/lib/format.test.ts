import { describe, expect, it } from "vitest"
import { formatDate, formatDistance, formatPhone, formatVnd, isoDateInVietnam, telHref } from "./format"

describe("formatVnd", () => {
  it("writes đồng with dots between thousands and a no-break space before ₫", () => {
    expect(formatVnd(120000)).toBe("120.000\u00a0₫")
    expect(formatVnd(1250000)).toBe("1.250.000\u00a0₫")
    expect(formatVnd(0)).toBe("0\u00a0₫")
  })

  it("writes English pages' prices with commas and the currency's code", () => {
    expect(formatVnd(150000, "en")).toBe("150,000\u00a0₫ (VND)")
    expect(formatVnd(1250000, "en")).toBe("1,250,000\u00a0₫ (VND)")
  })

  it("refuses what is not an amount rather than printing NaN ₫", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError)
  })
})

describe("formatDate", () => {
  it("writes dd/MM/yyyy", () => {
    expect(formatDate("2024-06-14")).toBe("14/06/2024")
    expect(formatDate("2027-01-05T00:00:00.000Z")).toBe("05/01/2027")
  })

  it("reads an instant as the day it is in Vietnam, not in UTC", () => {
    // 20:00 UTC on 9 Dec is already 10 Dec in Buôn Ma Thuột (UTC+7).
    expect(formatDate("2026-12-09T20:00:00.000Z")).toBe("10/12/2026")
    expect(isoDateInVietnam("2026-12-09T20:00:00.000Z")).toBe("2026-12-10")
  })

  it("refuses a string that is not a date", () => {
    expect(() => formatDate("soon")).toThrow(RangeError)
  })
})

describe("formatDistance", () => {
  it("gives metres below a kilometre and kilometres with the locale's decimal mark above", () => {
    expect(formatDistance(847, "vi")).toBe("850 m")
    expect(formatDistance(12345, "vi")).toBe("12,3 km")
    expect(formatDistance(12345, "en")).toBe("12.3 km")
  })
})

describe("phones", () => {
  it("writes E.164 and printed numbers the way people write them", () => {
    expect(formatPhone("+84945207638")).toBe("0945 207 638")
    expect(formatPhone("0905 628 417")).toBe("0905 628 417")
    expect(formatPhone("0262 3812 345")).toBe("0262 3812 345")
  })

  it("links every number in E.164", () => {
    expect(telHref("+84945207638")).toBe("tel:+84945207638")
    expect(telHref("0905 628 417")).toBe("tel:+84905628417")
    expect(telHref("0262 3812 345")).toBe("tel:02623812345")
  })
})

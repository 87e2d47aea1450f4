import { describe, expect, it } from "vitest"
import { commissionOn, defaultCommissionRate, DEFAULT_COMMISSION_RATE } from "./commission"

describe("the platform's commission", () => {
  it("defaults to 5 % and reads OCOP_COMMISSION_RATE as a percentage", () => {
    expect(defaultCommissionRate({})).toBe(DEFAULT_COMMISSION_RATE)
    expect(defaultCommissionRate({ OCOP_COMMISSION_RATE: "8" })).toBe(8)
    expect(defaultCommissionRate({ OCOP_COMMISSION_RATE: " 7.5 " })).toBe(7.5)
    expect(defaultCommissionRate({ OCOP_COMMISSION_RATE: "0" })).toBe(0)
  })

  it("refuses a rate that is not a percentage from 0 to 100", () => {
    for (const bad of ["-1", "101", "0,08", "8%", "abc", "1e2"]) {
      expect(() => defaultCommissionRate({ OCOP_COMMISSION_RATE: bad }), bad).toThrow(/OCOP_COMMISSION_RATE/)
    }
  })

  it("is a whole number of đồng: 5 % of 95.000 ₫ is 4.750 ₫, 7,5 % of 123.457 ₫ rounds to 9.259 ₫", () => {
    expect(commissionOn(95_000, 5)).toBe(4_750)
    expect(commissionOn(123_457, 7.5)).toBe(9_259)
    expect(commissionOn(10, 5)).toBe(1)
    expect(commissionOn(0, 5)).toBe(0)
  })
})

import { describe, expect, it } from "vitest"
import { periodBounds, periodOf, periodsEndingWith, previousPeriod, vietnamDate } from "./period"

describe("a statement's month", () => {
  it("runs from midnight on the first in Vietnam to midnight on the first of the next", () => {
    const { from, to, days } = periodBounds("2026-12")
    expect(from.toISOString()).toBe("2026-11-30T17:00:00.000Z")
    expect(to.toISOString()).toBe("2026-12-31T17:00:00.000Z")
    expect(days).toBe(31)
    expect(periodBounds("2028-02").days).toBe(29)
  })

  it("counts an order of 23:30 on the month's last evening in that month, and one of 00:30 in the next", () => {
    expect(periodOf(new Date("2026-11-30T16:30:00Z"))).toBe("2026-11")
    expect(periodOf(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12")
    expect(vietnamDate(new Date("2026-11-30T17:30:00Z"))).toBe("2026-12-01")
  })

  it("steps back across a year", () => {
    expect(previousPeriod("2027-01")).toBe("2026-12")
    expect(periodsEndingWith("2027-02", 3)).toEqual(["2027-02", "2027-01", "2026-12"])
  })

  it("refuses anything that is not a month", () => {
    for (const bad of ["2026-13", "2026-00", "26-12", "2026-1", "2026-12-01", "", "2026-12'--"]) {
      expect(() => periodBounds(bad)).toThrow(RangeError)
    }
  })
})

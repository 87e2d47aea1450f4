import { describe, expect, it } from "vitest"
import { fairDays, fairPhase, fairWindow, isFairRunning } from "../schedule"

describe("a fair's days in Vietnam", () => {
  const window = fairWindow("2027-03-10", "2027-03-14")

  it("opens at 00:00 of the first day and closes at 24:00 of the last, Vietnam time (UTC+7)", () => {
    expect(window.starts_at.toISOString()).toBe("2027-03-09T17:00:00.000Z")
    expect(window.ends_at.toISOString()).toBe("2027-03-14T17:00:00.000Z")
    expect(fairDays(window)).toEqual({ first_day: "2027-03-10", last_day: "2027-03-14" })
  })

  it("is upcoming until it opens, current while it runs, past from the minute it closes", () => {
    expect(fairPhase(window, new Date("2027-03-09T16:59:59.999Z"))).toBe("upcoming")
    expect(fairPhase(window, new Date("2027-03-09T17:00:00.000Z"))).toBe("current")
    expect(isFairRunning(window, new Date("2027-03-14T16:59:59.999Z"))).toBe(true)
    expect(fairPhase(window, new Date("2027-03-14T17:00:00.000Z"))).toBe("past")
  })

  it("runs a one-day fair for its whole day", () => {
    const day = fairWindow("2027-01-01", "2027-01-01")
    expect(day.ends_at.getTime() - day.starts_at.getTime()).toBe(24 * 60 * 60 * 1000)
  })

  it("refuses a last day before the first and days that do not exist, in both languages", () => {
    expect(() => fairWindow("2027-03-14", "2027-03-10")).toThrow(/trước ngày khai mạc .* \/ the last day/)
    expect(() => fairWindow("2027-02-30", "2027-03-01")).toThrow(/there is no day 2027-02-30/)
    expect(() => fairWindow("10/03/2027", "2027-03-14")).toThrow(/YYYY-MM-DD/)
  })
})

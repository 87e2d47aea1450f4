import { describe, expect, it } from "vitest"
import { fileDate, filePhone, parseFileDate, parseKind, parseLevel, parseState } from "./columns"
import { isFormulaText } from "./read-file"

describe("register cells as people write them", () => {
  it("reads days as dd/mm/yyyy (or ISO) and refuses days the calendar lacks", () => {
    expect(parseFileDate("14/06/2024")).toBe("2024-06-14")
    expect(parseFileDate("4/6/2024")).toBe("2024-06-04")
    expect(parseFileDate("2024-06-14")).toBe("2024-06-14")
    expect(parseFileDate("31/02/2026")).toBeNull()
    expect(parseFileDate("06/14/2024")).toBeNull()
    expect(parseFileDate("hôm qua")).toBeNull()
    expect(fileDate("2024-06-14")).toBe("14/06/2024")
  })

  it("takes codes or the Vietnamese words for level, state and kind", () => {
    expect(parseLevel("Cấp tỉnh")).toBe("province")
    expect(parseLevel("trung ương")).toBe("national")
    expect(parseState("Đã thu hồi")).toBe("revoked")
    expect(parseState("valid")).toBe("valid")
    expect(parseKind("Hợp tác xã")).toBe("cooperative")
    expect(parseKind("HTX")).toBe("cooperative")
    expect(parseKind("household")).toBe("household")
    expect(parseKind("công ty cổ phần")).toBeNull()
  })

  it("writes phones as on forms", () => {
    expect(filePhone("+84905214386")).toBe("0905 214 386")
  })

  it("knows a formula from a phone or a negative-looking value", () => {
    expect(isFormulaText("=1+1")).toBe(true)
    expect(isFormulaText("@SUM(A1)")).toBe(true)
    expect(isFormulaText("+cmd|' /C calc'!A0")).toBe(true)
    expect(isFormulaText("-2+3+cmd|' /C calc'!A0")).toBe(true)
    expect(isFormulaText("-5")).toBe(false)
    expect(isFormulaText("+84 905 214 386")).toBe(false)
    expect(isFormulaText("-")).toBe(false)
    expect(isFormulaText("Cà phê")).toBe(false)
  })
})

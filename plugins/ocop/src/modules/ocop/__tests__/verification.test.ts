import { describe, expect, it } from "vitest"
import {
  certificateKey,
  decisionBody,
  EXPIRING_WINDOW_DAYS,
  isGoodToBuyOn,
  nextStatusChange,
  verificationStatus,
} from "../rules"

/**
 * The lookup's states (docs/decisions/029), each judged at an injected instant: the clock is an argument, so
 * "the day before expiry", "the day of" and "the day after" are plain inputs.
 */
const DAY = 24 * 60 * 60 * 1000
const at = (iso: string) => new Date(iso)
/** Issued 14 June 2024 (Vietnam's midnight is 17:00 UTC the day before), expiring 14 June 2027. */
const cert = { stars: 4, issued_at: "2024-06-14T00:00:00.000Z", expires_at: "2027-06-14T00:00:00.000Z", revoked_at: null }
const expiry = Date.parse(cert.expires_at)

describe("what the lookup says about a certificate", () => {
  it("is valid long before its end", () => {
    expect(verificationStatus(cert, at("2025-01-01T00:00:00.000Z"))).toBe("valid")
  })

  it(`is expiring from exactly ${EXPIRING_WINDOW_DAYS} days before its end, and valid one millisecond earlier`, () => {
    expect(verificationStatus(cert, new Date(expiry - EXPIRING_WINDOW_DAYS * DAY))).toBe("expiring")
    expect(verificationStatus(cert, new Date(expiry - EXPIRING_WINDOW_DAYS * DAY - 1))).toBe("valid")
  })

  it("is expiring the day before expiry, expired on the day of expiry and the day after", () => {
    expect(verificationStatus(cert, new Date(expiry - DAY))).toBe("expiring")
    expect(verificationStatus(cert, new Date(expiry - 1))).toBe("expiring")
    expect(verificationStatus(cert, new Date(expiry))).toBe("expired")
    expect(verificationStatus(cert, new Date(expiry + DAY))).toBe("expired")
  })

  it("is revoked once revoked, even inside its dates and even when re-graded since", () => {
    const revoked = { ...cert, revoked_at: "2025-03-01T00:00:00.000Z" }
    expect(verificationStatus(revoked, at("2025-03-02T00:00:00.000Z"))).toBe("revoked")
    expect(verificationStatus(revoked, at("2025-03-02T00:00:00.000Z"), { stars: 5, issued_at: "2025-02-01T00:00:00.000Z" })).toBe("revoked")
  })

  it("is superseded from the day a re-grading with other stars is decided, and not before", () => {
    const regraded = { stars: 5, issued_at: "2026-01-10T00:00:00.000Z" }
    expect(verificationStatus(cert, at("2026-01-09T23:59:59.999Z"), regraded)).toBe("valid")
    expect(verificationStatus(cert, at("2026-01-10T00:00:00.000Z"), regraded)).toBe("superseded")
    // Expired since, it still says superseded: the stars printed with it are what changed.
    expect(verificationStatus(cert, new Date(expiry + DAY), regraded)).toBe("superseded")
  })

  it("is not superseded by a renewal with the same stars, nor by a re-grading that was revoked", () => {
    expect(verificationStatus(cert, new Date(expiry - DAY), { stars: 4, issued_at: "2027-05-01T00:00:00.000Z" })).toBe("expiring")
    expect(
      verificationStatus(cert, at("2026-02-01T00:00:00.000Z"), { stars: 3, issued_at: "2026-01-10T00:00:00.000Z", revoked_at: "2026-01-20T00:00:00.000Z" })
    ).toBe("valid")
  })

  it("is not yet valid before its decision day", () => {
    expect(verificationStatus(cert, at("2024-06-13T23:59:59.999Z"))).toBe("not_yet_valid")
  })

  it("counts only valid and expiring as good to buy on", () => {
    expect(["valid", "expiring", "expired", "revoked", "superseded", "not_yet_valid"].filter((s) => isGoodToBuyOn(s as any))).toEqual(["valid", "expiring"])
  })
})

describe("how long a lookup's answer holds by the calendar", () => {
  it("holds until the 90-day window opens, then until expiry, then for good", () => {
    expect(nextStatusChange(cert, at("2025-01-01T00:00:00.000Z"))?.getTime()).toBe(expiry - EXPIRING_WINDOW_DAYS * DAY)
    expect(nextStatusChange(cert, new Date(expiry - DAY))?.getTime()).toBe(expiry)
    expect(nextStatusChange(cert, new Date(expiry + DAY))).toBeNull()
  })

  it("stops at a re-grading's decision day, and never changes again once revoked", () => {
    expect(nextStatusChange(cert, at("2025-01-01T00:00:00.000Z"), { stars: 5, issued_at: "2025-02-01T00:00:00.000Z" })).toEqual(at("2025-02-01T00:00:00.000Z"))
    expect(nextStatusChange({ ...cert, revoked_at: "2025-01-01T00:00:00.000Z" }, at("2025-02-01T00:00:00.000Z"))).toBeNull()
  })
})

describe("the body that signed a decision, read from its number", () => {
  it("reads the provincial People's Committee, naming the producer's province", () => {
    expect(decisionBody("1378/QĐ-UBND", "Tỉnh Đắk Lắk")).toEqual({ vi: "Ủy ban nhân dân tỉnh Đắk Lắk", en: "People's Committee of Đắk Lắk" })
    expect(decisionBody("562/QĐ-UBND", "Thành phố Hà Nội")).toEqual({ vi: "Ủy ban nhân dân thành phố Hà Nội", en: "People's Committee of Hà Nội" })
  })

  it("reads the ministries and the Prime Minister", () => {
    expect(decisionBody("3925/QĐ-BNNMT")?.en).toBe("Ministry of Agriculture and Environment")
    expect(decisionBody("4876/QĐ-BNN-VPĐP")?.vi).toBe("Bộ Nông nghiệp và Phát triển nông thôn")
    expect(decisionBody("148/QĐ-TTg")?.vi).toBe("Thủ tướng Chính phủ")
  })

  it("guesses nothing for a number of another shape", () => {
    expect(decisionBody("QĐ 12")).toBeNull()
    expect(decisionBody("12/QĐ-XYZ")).toBeNull()
    expect(decisionBody(null)).toBeNull()
  })
})

describe("certificate numbers as people type them", () => {
  it("ignores case, spaces and separators", () => {
    expect(certificateKey("ocop 66 2024 010")).toBe(certificateKey("OCOP-66-2024-010"))
    expect(certificateKey("OCOP66-2024/010")).toBe("OCOP662024010")
  })
})

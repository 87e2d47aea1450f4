import { describe, expect, it } from "vitest"
import {
  certificationStateOn,
  currentCertificationOn,
  dueRenewalReminder,
  endOfYearInVietnam,
  isExpiringWithin,
  isFiveStarCandidate,
  RENEWAL_REMINDER_DAYS,
} from "../rules"
import { findOldDistrict, OLD_DISTRICTS, oldDistrictOf } from "../places/old-districts"
import { findWard } from "../places"

const cert = (issued_at: string, expires_at: string, extra: Record<string, unknown> = {}) => ({ stars: 3, score: 60, issued_at, expires_at, revoked_at: null, ...extra })
const DAY = 24 * 60 * 60 * 1000
const before = (iso: string, days: number) => new Date(Date.parse(iso) - days * DAY)

describe("reminders to renew", () => {
  const c = cert("2024-06-14T00:00:00Z", "2027-06-14T00:00:00Z")

  it("go out 90, 30 and 7 days before expiry", () => {
    expect(RENEWAL_REMINDER_DAYS).toEqual([90, 30, 7])
    expect(dueRenewalReminder(c, before(c.expires_at, 91))).toBeNull()
    expect(dueRenewalReminder(c, before(c.expires_at, 90))).toBe(90)
    expect(dueRenewalReminder(c, before(c.expires_at, 31))).toBe(90)
    expect(dueRenewalReminder(c, before(c.expires_at, 30))).toBe(30)
    expect(dueRenewalReminder(c, before(c.expires_at, 7))).toBe(7)
    expect(dueRenewalReminder(c, before(c.expires_at, 0.5))).toBe(7)
  })

  it("each once, and a stage missed is not sent late beside the current one", () => {
    expect(dueRenewalReminder(c, before(c.expires_at, 60), [90])).toBeNull()
    expect(dueRenewalReminder(c, before(c.expires_at, 20), [90])).toBe(30)
    // Certified with 20 days left: the 30-day reminder only, never the 90-day one as well.
    expect(dueRenewalReminder(c, before(c.expires_at, 20), [])).toBe(30)
    expect(dueRenewalReminder(c, before(c.expires_at, 5), [90, 30, 7])).toBeNull()
  })

  it("never for an expired, revoked or not yet valid certificate", () => {
    expect(dueRenewalReminder(c, new Date(Date.parse(c.expires_at) + DAY))).toBeNull()
    expect(dueRenewalReminder({ ...c, revoked_at: "2027-05-01T00:00:00Z" }, before(c.expires_at, 10))).toBeNull()
    expect(dueRenewalReminder(cert("2030-01-01T00:00:00Z", "2030-02-01T00:00:00Z"), "2029-12-20T00:00:00Z")).toBeNull()
  })

  it("counts a certificate as expiring within N days only while it is valid", () => {
    expect(isExpiringWithin(c, before(c.expires_at, 90), 90)).toBe(true)
    expect(isExpiringWithin(c, before(c.expires_at, 91), 90)).toBe(false)
    expect(isExpiringWithin(c, new Date(Date.parse(c.expires_at) + 1), 90)).toBe(false)
  })
})

describe("a certificate on a past day", () => {
  it("counts a revocation only from its own date", () => {
    const revoked = cert("2024-06-14T00:00:00Z", "2027-06-14T00:00:00Z", { revoked_at: "2026-03-18T00:00:00Z" })
    expect(certificationStateOn(revoked, endOfYearInVietnam(2025))).toBe("valid")
    expect(certificationStateOn(revoked, "2026-03-18T00:00:00Z")).toBe("revoked")
    expect(certificationStateOn(revoked, endOfYearInVietnam(2023))).toBe("not_yet_valid")
  })

  it("lets a certificate revoked later speak for its product on the days before", () => {
    const first = { id: "a", ...cert("2022-01-10T00:00:00Z", "2025-01-10T00:00:00Z") }
    const second = { id: "b", ...cert("2023-05-01T00:00:00Z", "2026-05-01T00:00:00Z", { revoked_at: "2024-02-01T00:00:00Z" }) }
    expect(currentCertificationOn([first, second], "2023-12-31T00:00:00Z")?.id).toBe("b")
    expect(currentCertificationOn([first, second], "2024-12-31T00:00:00Z")?.id).toBe("a")
  })

  it("reads a year at the last millisecond of its 31 December in Vietnam", () => {
    expect(endOfYearInVietnam(2021).toISOString()).toBe("2021-12-31T16:59:59.999Z")
  })

  it("calls a valid 4-star certificate of 85 points or more a five-star candidate", () => {
    const at = "2025-01-01T00:00:00Z"
    expect(isFiveStarCandidate({ ...cert("2024-06-14T00:00:00Z", "2027-06-14T00:00:00Z"), stars: 4, score: 86 }, at)).toBe(true)
    expect(isFiveStarCandidate({ ...cert("2024-06-14T00:00:00Z", "2027-06-14T00:00:00Z"), stars: 4, score: 84 }, at)).toBe(false)
    expect(isFiveStarCandidate({ ...cert("2024-06-14T00:00:00Z", "2027-06-14T00:00:00Z"), stars: 5, score: 92 }, at)).toBe(false)
  })
})

describe("the old districts of Đắk Lắk", () => {
  it("are the 15 of old Đắk Lắk and the 9 of old Phú Yên, each seated in a ward of the province", () => {
    expect(OLD_DISTRICTS.filter((d) => d.former_province === "Đắk Lắk")).toHaveLength(15)
    expect(OLD_DISTRICTS.filter((d) => d.former_province === "Phú Yên")).toHaveLength(9)
    for (const district of OLD_DISTRICTS) expect(findWard("66", district.seat_ward_code), district.name).toBeDefined()
    expect(new Set(OLD_DISTRICTS.map((d) => d.code)).size).toBe(OLD_DISTRICTS.length)
  })

  it("are read from an address as certified, whatever the marks and apostrophes", () => {
    expect(oldDistrictOf("Thôn 2, xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk")?.code).toBe("cu-m-gar")
    expect(oldDistrictOf("45 Lê Duẩn, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk")?.name).toBe("Buôn Ma Thuột")
    expect(oldDistrictOf("phường 5, thành phố Tuy Hoà, tỉnh Phú Yên")?.name).toBe("Tuy Hòa")
    expect(oldDistrictOf("xã Ea Kiết, tỉnh Đắk Lắk")).toBeUndefined()
    expect(findOldDistrict("huyện Krông Năng")?.seat_ward_code).toBe("24343")
    expect(findOldDistrict("krong-nang")?.name).toBe("Krông Năng")
  })
})

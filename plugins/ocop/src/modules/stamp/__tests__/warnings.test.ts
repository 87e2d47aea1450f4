import { describe, expect, it } from "vitest"
import { networkKey, networkOf } from "../network"
import { distanceKm, FAR_APART_KM, isSameCheck, MANY_NETWORKS, roundPlace, stampWarning, type CheckFacts } from "../warnings"

const BUON_MA_THUOT = { latitude: 12.67, longitude: 108.04 }
const BUON_HO = { latitude: 12.92, longitude: 108.27 }
const HA_NOI = { latitude: 21.03, longitude: 105.85 }
const at = (iso: string) => new Date(iso)
const check = (network: string, iso: string, place?: { latitude: number; longitude: number }): CheckFacts => ({
  network_key: network,
  checked_at: at(iso),
  latitude: place?.latitude ?? null,
  longitude: place?.longitude ?? null,
})

describe("when a stamp may be a copy", () => {
  it("says nothing of a stamp checked by its buyer a few times", () => {
    const checks = [check("home", "2026-12-01T10:00:00Z", BUON_MA_THUOT), check("phone", "2026-12-01T12:00:00Z"), check("home", "2026-12-03T08:00:00Z")]
    expect(stampWarning(checks, false)).toBeNull()
  })

  it(`warns of many checks from ${MANY_NETWORKS} networks, not from 4`, () => {
    const four = ["a", "b", "c", "d"].map((n, i) => check(n, `2026-12-0${i + 1}T10:00:00Z`))
    expect(stampWarning(four, false)).toBeNull()
    expect(stampWarning([...four, check("e", "2026-12-06T10:00:00Z")], false)).toBe("many_checks")
  })

  it(`warns of far-apart places from ${FAR_APART_KM} km within a week, not for neighbouring towns or months apart`, () => {
    expect(distanceKm(BUON_MA_THUOT, HA_NOI)).toBeGreaterThan(900)
    expect(distanceKm(BUON_MA_THUOT, BUON_HO)).toBeLessThan(FAR_APART_KM)
    expect(stampWarning([check("a", "2026-12-01T10:00:00Z", BUON_MA_THUOT), check("b", "2026-12-02T10:00:00Z", BUON_HO)], false)).toBeNull()
    expect(stampWarning([check("a", "2026-12-01T10:00:00Z", BUON_MA_THUOT), check("b", "2026-12-02T10:00:00Z", HA_NOI)], false)).toBe("far_apart")
    expect(stampWarning([check("a", "2026-09-01T10:00:00Z", BUON_MA_THUOT), check("b", "2026-12-02T10:00:00Z", HA_NOI)], false)).toBeNull()
  })

  it("puts changed stars first, then far-apart places, then many networks", () => {
    const many = ["a", "b", "c", "d", "e"].map((n) => check(n, "2026-12-01T10:00:00Z"))
    const far = [check("a", "2026-12-01T10:00:00Z", BUON_MA_THUOT), check("b", "2026-12-01T11:00:00Z", HA_NOI)]
    expect(stampWarning([...many, ...far], true)).toBe("stars_changed")
    expect(stampWarning([...many, ...far], false)).toBe("far_apart")
  })

  it("counts a second look from the same network within 30 minutes as the same check", () => {
    const last = { network_key: "home", checked_at: at("2026-12-01T10:00:00Z") }
    expect(isSameCheck(last, "home", at("2026-12-01T10:29:59Z"))).toBe(true)
    expect(isSameCheck(last, "home", at("2026-12-01T10:30:00Z"))).toBe(false)
    expect(isSameCheck(last, "phone", at("2026-12-01T10:05:00Z"))).toBe(false)
  })

  it("stores places to a tenth of a degree", () => {
    expect(roundPlace(12.6667)).toBe(12.7)
    expect(roundPlace(108.0412)).toBe(108)
  })
})

describe("the network a check came from", () => {
  it("is the /24 of an IPv4 address and the /48 of an IPv6 one", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113")
    expect(networkOf("::ffff:203.0.113.7")).toBe("203.0.113")
    expect(networkOf("2001:db8:abcd:12::1")).toBe("2001:db8:abcd")
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0")
  })

  it("is kept as a keyed hash: one household's phones share it, another network does not, and no address shows", () => {
    const key = networkKey("203.0.113.7", "secret")
    expect(networkKey("203.0.113.200", "secret")).toBe(key)
    expect(networkKey("203.0.114.7", "secret")).not.toBe(key)
    expect(networkKey("203.0.113.7", "other secret")).not.toBe(key)
    expect(key).not.toContain("203")
  })
})

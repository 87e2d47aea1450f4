import { describe, it, expect } from "vitest"
import {
  CRITERIA_VERSIONS,
  criteriaVersionInForce,
  CRITERIA_VERSION_CODES,
  CURRENT_CRITERIA_VERSION,
  MIN_SHOWABLE_STARS,
  PRODUCER_ENTITY_TYPES,
  REMINDER_WINDOW_DAYS,
  SALES_POINT_TYPES,
  TYPICAL_PLACEMENT,
  addMonths,
  certificationState,
  certifyingLevel,
  checkStarsMatchScore,
  criteriaVersion,
  currentCertification,
  defaultExpiry,
  groupsFor,
  isGroupKnown,
  isInReminderWindow,
  isProducerEntityType,
  isSalesPointType,
  isShowable,
  isValidShopperPhone,
  isValidVietnamPhone,
  normalizeShopperPhone,
  normalizeVietnamPhone,
  scoreRange,
  SHOWABLE_STARS,
  starRatings,
  starsForScore,
  type CertificationLike,
  vietnamDaysBetween,
} from "../rules"

const d = (iso: string) => new Date(iso)
const DAY = 24 * 60 * 60 * 1000

describe("star bands (ocop-domain.md: 90–100 ⇒ 5, 70–89 ⇒ 4, 50–69 ⇒ 3, 30–49 ⇒ 2, under 30 ⇒ 1)", () => {
  const table: [number, number][] = [
    [0, 1],
    [29, 1],
    [29.9, 1],
    [30, 2],
    [49, 2],
    [50, 3],
    [65, 3],
    [69, 3],
    [69.5, 3],
    [70, 4],
    [89, 4],
    [90, 5],
    [100, 5],
  ]

  for (const version of CRITERIA_VERSION_CODES) {
    it(`gives the band of every boundary score under criteria ${version}`, () => {
      for (const [score, stars] of table) expect([score, starsForScore(score, version)]).toEqual([score, stars])
    })
  }

  it("refuses a score below 0, above 100 or not a number", () => {
    for (const score of [-1, 100.5, 101, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => starsForScore(score, "148/2023")).toThrow(RangeError)
    }
  })

  it("refuses a criteria version it does not know, naming the ones it does", () => {
    expect(() => starsForScore(75, "999/2030")).toThrow(/1048\/2019, 148\/2023, 1489\/2025/)
  })

  it("scores under the current criteria version when none is given", () => {
    expect(CURRENT_CRITERIA_VERSION).toBe("1489/2025")
    expect(starsForScore(72)).toBe(4)
  })
})

describe("the scores of a band", () => {
  it("runs from the band's lowest score to one point under the next band, and to 100 for 5 stars", () => {
    for (const version of CRITERIA_VERSION_CODES) {
      expect([1, 2, 3, 4, 5].map((stars) => scoreRange(stars, version))).toEqual([[0, 29], [30, 49], [50, 69], [70, 89], [90, 100]])
    }
  })

  it("gives back every score of the range as those stars", () => {
    for (const stars of starRatings()) {
      const [low, high] = scoreRange(stars)
      expect([starsForScore(low), starsForScore(high)]).toEqual([stars, stars])
    }
  })

  it("refuses stars no band gives", () => {
    expect(() => scoreRange(6)).toThrow(RangeError)
  })

  it("lists the ratings highest first, and the ones a shopper sees from 3 stars up", () => {
    expect(starRatings("148/2023")).toEqual([5, 4, 3, 2, 1])
    expect(SHOWABLE_STARS).toEqual([3, 4, 5])
  })
})

describe("checking stars against the score", () => {
  it("gives the band's stars when none were typed", () => {
    expect(checkStarsMatchScore(undefined, 78, "148/2023")).toEqual({ ok: true, stars: 4 })
    expect(checkStarsMatchScore(undefined, 101, "148/2023")).toMatchObject({ ok: false, expected: null })
  })

  it("accepts stars that match the score's band", () => {
    expect(checkStarsMatchScore(3, 65, "148/2023")).toEqual({ ok: true, stars: 3 })
    expect(checkStarsMatchScore(5, 90, "1489/2025")).toEqual({ ok: true, stars: 5 })
  })

  it("explains a mismatch in Vietnamese and English", () => {
    expect(checkStarsMatchScore(4, 65, "148/2023")).toEqual({
      ok: false,
      expected: 3,
      message_vi: "Điểm 65 tương ứng 3 sao, không phải 4 sao",
      message_en: "score 65 is a 3-star band, not 4",
    })
  })

  it("catches one point either side of a boundary", () => {
    expect(checkStarsMatchScore(4, 69, "1048/2019")).toMatchObject({ ok: false, expected: 3 })
    expect(checkStarsMatchScore(3, 70, "1048/2019")).toMatchObject({ ok: false, expected: 4 })
    expect(checkStarsMatchScore(5, 89, "148/2023")).toMatchObject({ ok: false, expected: 4 })
    expect(checkStarsMatchScore(3, 49, "148/2023")).toMatchObject({ ok: false, expected: 2 })
  })

  it("reports a score outside 0–100 instead of throwing", () => {
    expect(checkStarsMatchScore(5, 120, "148/2023")).toEqual({
      ok: false,
      expected: null,
      message_vi: "Điểm 120 nằm ngoài thang 0–100",
      message_en: "score 120 is outside 0–100",
    })
  })
})

describe("criteria versions", () => {
  it("weights parts A/B/C 35/25/40 in 1048/2019 and 40/25/35 from 148/2023", () => {
    expect(CRITERIA_VERSIONS["1048/2019"].part_weights).toEqual({ A: 35, B: 25, C: 40 })
    expect(CRITERIA_VERSIONS["148/2023"].part_weights).toEqual({ A: 40, B: 25, C: 35 })
    expect(CRITERIA_VERSIONS["1489/2025"].part_weights).toEqual({ A: 40, B: 25, C: 35 })
  })

  it("has weights adding up to 100 in every version", () => {
    for (const code of CRITERIA_VERSION_CODES) {
      const { A, B, C } = criteriaVersion(code).part_weights
      expect(A + B + C).toBe(100)
    }
  })

  it("names the version in force on a decision's day, in Vietnam's calendar", () => {
    expect(criteriaVersionInForce("2019-08-20")).toBeUndefined()
    expect(criteriaVersionInForce("2019-08-21")).toBe("1048/2019")
    expect(criteriaVersionInForce("2023-02-23")).toBe("1048/2019")
    expect(criteriaVersionInForce("2023-02-24")).toBe("148/2023")
    expect(criteriaVersionInForce("2025-06-30")).toBe("148/2023")
    expect(criteriaVersionInForce("2025-07-01")).toBe("1489/2025")
    expect(criteriaVersionInForce(new Date("2025-06-30T17:30:00Z"))).toBe("1489/2025") // 00:30 on 1 July in Hà Nội
    expect(criteriaVersionInForce("2031-01-01")).toBe("1489/2025")
  })

  it("has the province certify 3 and 4 stars and the national level 5 stars, in every version", () => {
    for (const code of CRITERIA_VERSION_CODES) {
      expect([1, 2, 3, 4, 5].map((stars) => certifyingLevel(stars, code))).toEqual([
        null,
        null,
        "province",
        "province",
        "national",
      ])
    }
  })
})

describe("product groups per criteria version", () => {
  it("lists six groups in each version", () => {
    for (const code of CRITERIA_VERSION_CODES) expect(groupsFor(code)).toHaveLength(6)
  })

  it("uses the 2022/2023 list from 148/2023 on", () => {
    const codes = ["food", "drinks", "herbal", "handicraft", "ornamental", "tourism"]
    expect(groupsFor("148/2023").map((g) => g.code)).toEqual(codes)
    expect(groupsFor("1489/2025").map((g) => g.code)).toEqual(codes)
    expect(groupsFor("148/2023").find((g) => g.code === "herbal")?.name_vi).toBe("Dược liệu và sản phẩm từ dược liệu")
  })

  it("uses the older list for 1048/2019 certificates", () => {
    expect(groupsFor("1048/2019").map((g) => g.name_vi)).toEqual([
      "Thực phẩm",
      "Đồ uống",
      "Thảo dược",
      "Vải và may mặc",
      "Lưu niệm - nội thất - trang trí",
      "Dịch vụ du lịch nông thôn, bán hàng",
    ])
  })

  it("knows a group and sub-group only in the version that has them", () => {
    expect(isGroupKnown("food", "coffee_cacao", "148/2023")).toBe(true)
    expect(isGroupKnown("food", undefined, "148/2023")).toBe(true)
    expect(isGroupKnown("handicraft", "textiles", "148/2023")).toBe(true)
    expect(isGroupKnown("handicraft", "textiles", "1048/2019")).toBe(false)
    expect(isGroupKnown("textiles", "fabric", "1048/2019")).toBe(true)
    expect(isGroupKnown("textiles", "fabric", "148/2023")).toBe(false)
    expect(isGroupKnown("food", "alcoholic", "148/2023")).toBe(false)
    expect(isGroupKnown("food", "fresh", "999/2030")).toBe(false)
  })

  it("keeps group and sub-group codes as ASCII slugs, unique within a version, with both names", () => {
    for (const code of CRITERIA_VERSION_CODES) {
      const groups = groupsFor(code)
      const subCodes = groups.flatMap((g) => g.sub_groups.map((s) => s.code))
      expect(new Set(groups.map((g) => g.code)).size).toBe(groups.length)
      expect(new Set(subCodes).size).toBe(subCodes.length)
      for (const item of [...groups, ...groups.flatMap((g) => g.sub_groups)]) {
        expect(item.code).toMatch(/^[a-z][a-z0-9_]*$/)
        expect(item.name_vi.length).toBeGreaterThan(0)
        expect(item.name_en.length).toBeGreaterThan(0)
      }
    }
  })

  it("places every typical Đắk Lắk product in a group its version knows", () => {
    for (const code of CRITERIA_VERSION_CODES) {
      for (const [kind, ref] of Object.entries(TYPICAL_PLACEMENT[code])) {
        expect([kind, isGroupKnown(ref.group, ref.sub_group, code)]).toEqual([kind, true])
      }
    }
    expect(TYPICAL_PLACEMENT["148/2023"].coffee).toEqual({ group: "food", sub_group: "coffee_cacao" })
    expect(TYPICAL_PLACEMENT["148/2023"].rice_wine).toEqual({ group: "drinks", sub_group: "alcoholic" })
    expect(TYPICAL_PLACEMENT["1048/2019"].brocade).toEqual({ group: "textiles", sub_group: "fabric" })
  })
})

describe("36-month validity", () => {
  it("expires a certificate 36 months after its decision date", () => {
    expect(defaultExpiry(d("2023-12-10T00:00:00Z"))).toEqual(d("2026-12-10T00:00:00Z"))
    expect(defaultExpiry("2024-06-15")).toEqual(d("2027-06-15T00:00:00Z"))
  })

  it("keeps 31 January on 31 January and turns 29 February into 28 February", () => {
    expect(defaultExpiry(d("2024-01-31T00:00:00Z"))).toEqual(d("2027-01-31T00:00:00Z"))
    expect(defaultExpiry(d("2024-02-29T00:00:00Z"))).toEqual(d("2027-02-28T00:00:00Z"))
  })

  it("clamps to the end of a shorter month and keeps the time of day", () => {
    expect(addMonths(d("2024-08-31T09:30:00Z"), 1)).toEqual(d("2024-09-30T09:30:00Z"))
    expect(addMonths(d("2024-01-31T00:00:00Z"), 1)).toEqual(d("2024-02-29T00:00:00Z"))
    expect(addMonths(d("2024-11-30T00:00:00Z"), 3)).toEqual(d("2025-02-28T00:00:00Z"))
  })
})

describe("certification state", () => {
  const cert: CertificationLike = { stars: 4, issued_at: d("2024-03-01T00:00:00Z"), expires_at: d("2027-03-01T00:00:00Z") }

  it("is valid from the very instant of issue", () => {
    expect(certificationState(cert, d("2024-03-01T00:00:00Z"))).toBe("valid")
  })

  it("is not yet valid one millisecond before issue", () => {
    expect(certificationState(cert, d("2024-02-29T23:59:59.999Z"))).toBe("not_yet_valid")
  })

  it("is valid one millisecond before expiry and expired at the expiry instant", () => {
    expect(certificationState(cert, d("2027-02-28T23:59:59.999Z"))).toBe("valid")
    expect(certificationState(cert, d("2027-03-01T00:00:00Z"))).toBe("expired")
  })

  it("is revoked once revoked, whatever the dates", () => {
    expect(certificationState({ ...cert, revoked_at: d("2025-01-10T00:00:00Z") }, d("2025-06-01T00:00:00Z"))).toBe("revoked")
    expect(certificationState({ ...cert, revoked_at: "2025-01-10" }, d("2030-01-01T00:00:00Z"))).toBe("revoked")
  })

  it("falls back to 36 months when no expiry is stored", () => {
    const open = { stars: 3, issued_at: "2023-12-10" }
    expect(certificationState(open, d("2026-12-09T23:59:59Z"))).toBe("valid")
    expect(certificationState(open, d("2026-12-10T00:00:00Z"))).toBe("expired")
  })

  it("compares Date objects and ISO strings as the same instants", () => {
    expect(certificationState({ stars: 3, issued_at: "2024-03-01T07:00:00+07:00" }, d("2024-03-01T00:00:00Z"))).toBe("valid")
    expect(certificationState({ stars: 3, issued_at: "2024-03-01T07:00:00+07:00" }, "2024-02-29T23:59:59Z")).toBe("not_yet_valid")
  })

  it("refuses a date it cannot read", () => {
    expect(() => certificationState({ stars: 3, issued_at: "mùng 1 tháng 3" }, d("2024-03-01"))).toThrow(RangeError)
  })
})

describe("what the storefront may show", () => {
  const now = d("2026-11-24T00:00:00Z")
  const valid = (stars: number): CertificationLike => ({ stars, issued_at: "2025-05-20" })

  it("shows a valid certificate of 3 stars or more", () => {
    expect(MIN_SHOWABLE_STARS).toBe(3)
    expect([1, 2, 3, 4, 5].map((stars) => isShowable(valid(stars), now))).toEqual([false, false, true, true, true])
  })

  it("hides a product the day its certificate expires", () => {
    const cert = { stars: 4, issued_at: "2023-11-24" }
    expect(isShowable(cert, d("2026-11-23T23:59:59Z"))).toBe(true)
    expect(isShowable(cert, now)).toBe(false)
  })

  it("hides a revoked or not yet issued certificate", () => {
    expect(isShowable({ ...valid(5), revoked_at: "2026-01-05" }, now)).toBe(false)
    expect(isShowable({ stars: 4, issued_at: "2026-12-01" }, now)).toBe(false)
  })
})

describe("renewal reminders", () => {
  const cert = { stars: 3, issued_at: d("2023-12-10T00:00:00Z"), expires_at: d("2026-12-10T00:00:00Z") }
  const expiry = cert.expires_at.getTime()

  it("reminds from exactly 30 days before expiry", () => {
    expect(REMINDER_WINDOW_DAYS).toBe(30)
    expect(isInReminderWindow(cert, new Date(expiry - 30 * DAY))).toBe(true)
    expect(isInReminderWindow(cert, new Date(expiry - 30 * DAY - 1))).toBe(false)
  })

  it("reminds until the last instant of validity, then stops", () => {
    expect(isInReminderWindow(cert, new Date(expiry - 1))).toBe(true)
    expect(isInReminderWindow(cert, new Date(expiry))).toBe(false)
  })

  it("does not remind about a revoked certificate", () => {
    expect(isInReminderWindow({ ...cert, revoked_at: d("2026-11-01T00:00:00Z") }, new Date(expiry - DAY))).toBe(false)
  })
})

describe("the current certification of a product", () => {
  const first = { id: "a", stars: 3, issued_at: "2020-05-01" }
  const renewed = { id: "b", stars: 4, issued_at: "2023-05-01" }
  const revoked = { id: "c", stars: 5, issued_at: "2025-05-01", revoked_at: "2026-02-01" }
  const today = "2026-03-01T00:00:00Z"

  it("is the newest by issue date", () => {
    expect(currentCertification([renewed, first], today)?.id).toBe("b")
  })

  it("skips revoked certifications", () => {
    expect(currentCertification([first, revoked, renewed], today)?.id).toBe("b")
  })

  it("is absent when there is nothing left", () => {
    expect(currentCertification([], today)).toBeUndefined()
    expect(currentCertification([revoked], today)).toBeUndefined()
  })

  it("is never one dated in the future while another is issued: a later renewal does not hide a valid certificate", () => {
    const dated_later = { id: "d", stars: 3, issued_at: "2026-06-01" }
    expect(currentCertification([renewed, dated_later], today)?.id).toBe("b")
    expect(currentCertification([renewed, dated_later], "2026-06-01T00:00:00Z")?.id).toBe("d")
  })

  it("is the first to open while none is issued yet, so the product enters the catalogue on that day", () => {
    const june = { id: "e", stars: 4, issued_at: "2026-06-01" }
    const july = { id: "f", stars: 4, issued_at: "2026-07-01" }
    expect(currentCertification([july, june], today)?.id).toBe("e")
  })
})

describe("Vietnamese mobile phone numbers", () => {
  it("accepts +84 or 0, a mobile prefix 3/5/7/8/9 and eight digits, with spaces, dots or dashes", () => {
    const cases: [string, string][] = [
      ["0905 123 456", "+84905123456"],
      ["0905.123.456", "+84905123456"],
      ["+84 905 123 456", "+84905123456"],
      ["0388-123-456", "+84388123456"],
      ["0562123456", "+84562123456"],
      ["0772123456", "+84772123456"],
      ["0812 345 678", "+84812345678"],
      [" 0979 000 111 ", "+84979000111"],
    ]
    for (const [input, normalised] of cases) expect([input, normalizeVietnamPhone(input)]).toEqual([input, normalised])
  })

  it("refuses landlines, wrong lengths, other countries and stray characters", () => {
    for (const input of [
      "0262 3852 123", // Đắk Lắk landline
      "0105 123 456", // no mobile prefix 1
      "0605 123 456",
      "0905 123 45",
      "0905 123 4567",
      "84905123456",
      "+1 905 123 4567",
      "0905-123-45a",
      "(0905) 123 456",
      "",
    ]) {
      expect([input, isValidVietnamPhone(input)]).toEqual([input, false])
    }
  })
})

describe("a shopper's phone number", () => {
  it("is a Vietnamese mobile, or any valid number written with its country code, kept in E.164", () => {
    const cases: [string, string][] = [
      ["0905 123 456", "+84905123456"],
      ["+84 905 123 456", "+84905123456"],
      ["+49 30 901820", "+4930901820"], // a Berlin landline: abroad, any valid number is a way to reach the buyer
      ["+49 151 2345 6789", "+4915123456789"],
      ["0049 151 23456789", "+4915123456789"],
      ["+33 6 12 34 56 78", "+33612345678"],
      ["+1 (415) 555-2671", "+14155552671"],
      ["+61 412 345 678", "+61412345678"],
    ]
    for (const [input, e164] of cases) expect([input, normalizeShopperPhone(input)]).toEqual([input, e164])
  })

  it("refuses Vietnamese landlines, numbers without a country code that are not Vietnamese, and invalid numbers", () => {
    for (const input of ["0262 3852 123", "+84 262 3852 123", "151 2345 6789", "+49 123", "+1 555 0000", "+999 123 456 789", "", "abc"]) {
      expect([input, isValidShopperPhone(input)]).toEqual([input, false])
    }
  })
})

describe("producer and sales point kinds", () => {
  it("names the four kinds of producer in Vietnamese and English", () => {
    expect(PRODUCER_ENTITY_TYPES).toEqual({
      enterprise: { name_vi: "Doanh nghiệp", name_en: "Enterprise" },
      cooperative: { name_vi: "Hợp tác xã", name_en: "Cooperative" },
      cooperative_group: { name_vi: "Tổ hợp tác", name_en: "Cooperative group" },
      household: { name_vi: "Hộ sản xuất kinh doanh", name_en: "Household business" },
    })
    expect(isProducerEntityType("cooperative_group")).toBe(true)
    expect(isProducerEntityType("htx")).toBe(false)
  })

  it("knows the sales point kinds of the province's plan and trade-fair booths", () => {
    expect(Object.keys(SALES_POINT_TYPES)).toEqual(["kiosk_cluster", "market_kiosk", "wholesale_kiosk_cluster", "fair_booth"])
    for (const type of Object.values(SALES_POINT_TYPES)) {
      expect(type.name_vi.length).toBeGreaterThan(0)
      expect(type.name_en.length).toBeGreaterThan(0)
    }
    expect(isSalesPointType("market_kiosk")).toBe(true)
    expect(isSalesPointType("supermarket")).toBe(false)
  })
})

describe("days left, counted on Vietnam's calendar", () => {
  const expiry = "2026-12-24T00:00:00.000Z"

  it("counts whole days between Vietnam's today and the expiry's day, whatever the hour", () => {
    expect(vietnamDaysBetween("2026-12-07T16:59:00Z", expiry)).toBe(17) // 23:59 on 7 Dec in Vietnam
    expect(vietnamDaysBetween("2026-12-07T17:00:00Z", expiry)).toBe(16) // 00:00 on 8 Dec in Vietnam, still 7 Dec in UTC
    expect(vietnamDaysBetween("2026-12-08T16:59:00Z", expiry)).toBe(16)
  })

  it("is 0 on the day itself and negative once it has passed", () => {
    expect(vietnamDaysBetween("2026-12-24T10:00:00Z", expiry)).toBe(0)
    expect(vietnamDaysBetween("2026-12-26T10:00:00Z", expiry)).toBe(-2)
  })
})

import { describe, it, expect } from "vitest"
import {
  PRODUCER_ENTITY_TYPE_CODES,
  certificationState,
  certifyingLevel,
  checkStarsMatchScore,
  criteriaVersionInForce,
  defaultExpiry,
  isCriteriaVersion,
  isGroupKnown,
  isInReminderWindow,
  isProducerEntityType,
  isSalesPointType,
  isShowable,
  isValidVietnamPhone,
} from "@ocop/medusa-plugin-ocop/rules"
import { MOTIFS } from "./images/illustration"
import { datedCertification } from "./certification-dates"
import { loadSeedData, type SeedProduct } from "./data"
import { insideDakLak } from "./geo"

/** The dataset is written for this day; tests never read the clock. Noon in Vietnam (UTC+7). */
const TODAY = new Date("2026-11-24T12:00:00+07:00")

const { producers, products, salesPoints, programmeTargets, fairs } = loadSeedData()

/**
 * Official codes of the communes and wards of the former Đắk Lắk area since 1 July 2025 (province code 66),
 * as listed in seed/data/README.md.
 */
const WARD_CODES = new Set(
  (
    "24121 24133 24154 24163 24169 24175 24181 24184 24187 24193 24208 24211 24214 24217 24221 24229 24235 24241 " +
    "24250 24259 24265 24277 24280 24286 24301 24305 24310 24313 24316 24328 24340 24343 24346 24352 24364 24373 " +
    "24376 24400 24403 24406 24412 24415 24433 24436 24444 24445 24448 24454 24472 24478 24484 24490 24496 24502 " +
    "24505 24526 24529 24538 24540 24544 24559 24561 24568 24580 24595 24598 24604 24607"
  ).split(" ")
)
/** Wards that were Buôn Ma Thuột city before 2025. */
const BUON_MA_THUOT_WARDS = new Set(["24121", "24133", "24154", "24163", "24169", "24175"])

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

const duplicates = (values: (string | null)[]) =>
  values.filter((value, i) => value !== null && values.indexOf(value) !== i)
/** The certification as the seed records it when run on the dataset's day. */
const certOf = (p: SeedProduct) => datedCertification(p.certification, TODAY)
const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {})

describe("every file", () => {
  it("uses unique ASCII kebab-case handles", () => {
    for (const rows of [producers, products, salesPoints]) {
      const handles = rows.map((row) => row.handle)
      expect(duplicates(handles)).toEqual([])
      for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it("places everything in Đắk Lắk by official province and ward code", () => {
    for (const row of [...producers, ...salesPoints]) {
      expect([row.handle, row.province_code]).toEqual([row.handle, "66"])
      expect([row.handle, WARD_CODES.has(row.ward_code)]).toEqual([row.handle, true])
      expect([row.handle, insideDakLak(row)]).toEqual([row.handle, true])
    }
  })

  it("gives Vietnamese mobile numbers", () => {
    for (const row of [...producers, ...salesPoints]) expect([row.handle, isValidVietnamPhone(row.phone)]).toEqual([row.handle, true])
  })

  it("keeps the address as certified, naming the old district and the province", () => {
    for (const row of [...producers, ...salesPoints]) {
      expect(row.address_as_certified).toMatch(/(huyện|thị xã|thành phố) [^,]+, tỉnh Đắk Lắk$/)
    }
  })
})

describe("producers", () => {
  it("number at least 25, of all four kinds, mostly cooperatives and enterprises", () => {
    expect(producers.length).toBeGreaterThanOrEqual(25)
    const kinds = countBy(producers, (p) => p.entity_type)
    for (const kind of PRODUCER_ENTITY_TYPE_CODES) expect([kind, kinds[kind] ?? 0]).not.toEqual([kind, 0])
    expect((kinds.cooperative ?? 0) + (kinds.enterprise ?? 0)).toBeGreaterThan(producers.length / 2)
    for (const p of producers) expect([p.handle, isProducerEntityType(p.entity_type)]).toEqual([p.handle, true])
  })

  it("come from at least ten of the old districts", () => {
    const districts = new Set(producers.map((p) => /(huyện|thị xã|thành phố) ([^,]+), tỉnh/.exec(p.address_as_certified)?.[2]))
    expect(districts.size).toBeGreaterThanOrEqual(10)
  })

  it("have a representative, an email, a founding year and a story in both languages", () => {
    for (const p of producers) {
      expect(p.representative.length).toBeGreaterThan(3)
      expect(p.email).toMatch(/^[a-z0-9.+-]+@([a-z0-9-]+\.)*example\.com$/)
      expect(p.founded_year).toBeGreaterThanOrEqual(1990)
      expect(p.founded_year).toBeLessThanOrEqual(TODAY.getFullYear())
      expect([p.handle, VIETNAMESE_LETTER.test(p.story_vi)]).toEqual([p.handle, true])
      expect(p.story_en.length).toBeGreaterThan(60)
      expect(p.address_line).toMatch(/, tỉnh Đắk Lắk$/)
      expect(p.address_line).not.toMatch(/huyện|thị xã|thành phố/) // no districts since 1 July 2025
    }
  })
})

describe("products", () => {
  const producerHandles = new Set(producers.map((p) => p.handle))
  const salesPointHandles = new Set(salesPoints.map((s) => s.handle))

  it("number at least 40 in at least five groups", () => {
    expect(products.length).toBeGreaterThanOrEqual(40)
    expect(new Set(products.map((p) => p.group)).size).toBeGreaterThanOrEqual(5)
  })

  it("name a group and sub-group that their criteria version knows", () => {
    for (const p of products) {
      const { criteria_version } = p.certification
      expect([p.handle, isCriteriaVersion(criteria_version)]).toEqual([p.handle, true])
      expect([p.handle, isGroupKnown(p.group, p.sub_group, criteria_version)]).toEqual([p.handle, true])
    }
  })

  it("carry stars that match the score's band for their criteria version", () => {
    for (const p of products) {
      const { stars, score, criteria_version } = p.certification
      const check = checkStarsMatchScore(stars, score, criteria_version)
      expect([p.handle, check.ok ? "ok" : check.message_en]).toEqual([p.handle, "ok"])
    }
  })

  it("are certified at the level their stars call for, with a certificate and decision from 3 stars", () => {
    for (const { handle, certification: c } of products) {
      expect([handle, c.level]).toEqual([handle, certifyingLevel(c.stars, c.criteria_version)])
      if (c.stars >= 3) {
        expect(c.certificate_no).toMatch(/^OCOP-(66|QG)-\d{4}-\d{3}$/)
        expect(c.decision_no).toMatch(c.level === "national" ? /^\d+\/QĐ-BNN(-VPĐP|MT)$/ : /^\d+\/QĐ-UBND$/)
      } else {
        expect([handle, c.certificate_no, c.decision_no]).toEqual([handle, null, null])
      }
    }
  })

  it("have unique certificate numbers", () => {
    expect(duplicates(products.map((p) => p.certification.certificate_no))).toEqual([])
  })

  it("were scored under the criteria in force on the decision date", () => {
    for (const { handle, certification: c } of products) {
      expect(c.issued_at).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect([handle, c.criteria_version]).toEqual([handle, criteriaVersionInForce(c.issued_at)])
    }
  })

  it("never print an expiry later than 36 months after issue", () => {
    for (const { handle, certification: c } of products) {
      if (c.expires_at === undefined) continue
      expect([handle, new Date(c.expires_at) > new Date(c.issued_at)]).toEqual([handle, true])
      expect([handle, new Date(c.expires_at) <= defaultExpiry(c.issued_at)]).toEqual([handle, true])
    }
  })

  it("give a reason, in both languages, for every revocation", () => {
    for (const { handle, certification: c } of products) {
      if (c.revoked_at === undefined) continue
      expect([handle, c.revoked_at > c.issued_at]).toEqual([handle, true])
      expect(c.revoked_reason).toMatch(VIETNAMESE_LETTER)
      expect(c.revoked_reason_en?.length).toBeGreaterThan(20)
    }
  })

  it("belong to a producer in producers.json", () => {
    for (const p of products) expect([p.handle, producerHandles.has(p.producer)]).toEqual([p.handle, true])
  })

  it("are carried only by sales points in sales-points.json", () => {
    for (const p of products) {
      for (const point of p.sales_points) expect([p.handle, point, salesPointHandles.has(point)]).toEqual([p.handle, point, true])
      expect(duplicates(p.sales_points)).toEqual([])
    }
  })

  it("can be bought somewhere when showable, and nowhere when rated under 3 stars", () => {
    for (const p of products) {
      if (isShowable(certOf(p), TODAY)) expect([p.handle, p.sales_points.length > 0]).toEqual([p.handle, true])
      if (p.certification.stars < 3) expect([p.handle, p.sales_points]).toEqual([p.handle, []])
    }
  })

  it("have variants with unique SKUs, consistent options, positive whole prices in VND and stock", () => {
    expect(duplicates(products.flatMap((p) => p.variants.map((v) => v.sku)))).toEqual([])
    for (const p of products) {
      expect(p.variants.length).toBeGreaterThan(0)
      const optionKeys = new Set(p.variants.map((v) => Object.keys(v.options).sort().join("|")))
      expect([p.handle, optionKeys.size]).toEqual([p.handle, 1])
      const optionValues = p.variants.map((v) => Object.values(v.options).join("|"))
      expect(duplicates(optionValues)).toEqual([])
      for (const v of p.variants) {
        expect([v.sku, v.title_en.length > 3, v.title_en === v.title && /[ăâđêôơư]/i.test(v.title)]).toEqual([v.sku, true, false])
        expect(v.sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)+$/)
        expect([v.sku, Number.isInteger(v.price_vnd) && v.price_vnd > 0]).toEqual([v.sku, true])
        expect([v.sku, v.price_vnd % 1000]).toEqual([v.sku, 0]) // shoppers see round thousands of đồng
        expect([v.sku, Number.isInteger(v.stock) && v.stock >= 0]).toEqual([v.sku, true])
      }
    }
  })

  it("have Vietnamese and English text and an image motif the illustrator draws", () => {
    for (const p of products) {
      for (const text of [p.title, p.subtitle, p.description]) expect([p.handle, VIETNAMESE_LETTER.test(text)]).toEqual([p.handle, true])
      expect(p.title_en.length).toBeGreaterThan(5)
      expect([p.handle, p.subtitle_en?.length > 5]).toEqual([p.handle, true])
      expect(p.description_en.length).toBeGreaterThan(40)
      expect([p.handle, (MOTIFS as string[]).includes(p.image_motif)]).toEqual([p.handle, true])
      expect(`${p.description} ${p.description_en}`).not.toMatch(/lorem|ipsum|TODO/i)
    }
  })
})

describe("the mix of certifications on 2026-11-24", () => {
  const states = products.map((p) => ({
    handle: p.handle,
    stars: p.certification.stars,
    level: p.certification.level,
    state: certificationState(certOf(p), TODAY),
    showable: isShowable(certOf(p), TODAY),
    reminder: isInReminderWindow(certOf(p), TODAY),
  }))
  const showable = states.filter((s) => s.showable)

  it("is mostly 3 stars, with a good share of 4 stars and one or two national 5-star products", () => {
    const byStars = countBy(showable, (s) => String(s.stars))
    expect(byStars["3"]).toBeGreaterThan(showable.length / 2)
    expect(byStars["4"]).toBeGreaterThanOrEqual(8)
    expect(byStars["5"]).toBeGreaterThanOrEqual(1)
    expect(byStars["5"]).toBeLessThanOrEqual(2)
    expect(showable.filter((s) => s.stars === 5).every((s) => s.level === "national")).toBe(true)
  })

  it("leaves most products on show", () => {
    expect(showable.length).toBeGreaterThanOrEqual(35)
  })

  it("holds two or three 2-star products on purpose, which the storefront must hide", () => {
    const twoStars = states.filter((s) => s.stars === 2)
    expect(twoStars.length).toBeGreaterThanOrEqual(2)
    expect(twoStars.length).toBeLessThanOrEqual(3)
    expect(twoStars.every((s) => !s.showable)).toBe(true)
  })

  it("holds an expired certificate of 3 stars or more, issued more than 36 months ago", () => {
    const expired = states.filter((s) => s.state === "expired" && s.stars >= 3)
    expect(expired.length).toBeGreaterThanOrEqual(1)
  })

  it("holds a revoked certificate of 3 stars or more", () => {
    expect(states.filter((s) => s.state === "revoked" && s.stars >= 3).length).toBeGreaterThanOrEqual(1)
  })

  it("holds a valid certificate expiring within 30 days, due for a renewal reminder", () => {
    const due = states.filter((s) => s.reminder)
    expect(due.length).toBeGreaterThanOrEqual(1)
    expect(due.every((s) => s.showable)).toBe(true)
  })
})

describe("the certificate dated from the run day", () => {
  const moving = products.filter((p) => p.certification.expires_in_days_from_run !== undefined)

  it("is there, and only for a certificate that is due for a reminder (1–30 days)", () => {
    expect(moving.length).toBeGreaterThanOrEqual(1)
    for (const p of moving) {
      expect(p.certification.expires_in_days_from_run).toBeGreaterThanOrEqual(1)
      expect(p.certification.expires_in_days_from_run).toBeLessThanOrEqual(30)
    }
  })

  it("has in the file the dates it gets on the dataset's day", () => {
    for (const p of moving) {
      const dated = certOf(p)
      expect([p.handle, dated.issued_at, dated.expires_at, dated.criteria_version]).toEqual([
        p.handle,
        p.certification.issued_at,
        p.certification.expires_at,
        p.certification.criteria_version,
      ])
    }
  })

  it("is valid, shown and due for a reminder whatever day the seed runs, under the criteria then in force", () => {
    const runDays = ["2026-11-24T00:30:00+07:00", "2027-02-28T23:59:00+07:00", "2028-03-01T12:00:00+07:00", "2031-07-15T08:00:00+07:00"]
    for (const runDay of runDays.map((d) => new Date(d))) {
      for (const p of moving) {
        const dated = datedCertification(p.certification, runDay)
        const label = `${p.handle} on ${runDay.toISOString()}`
        expect([label, isShowable(dated, runDay), isInReminderWindow(dated, runDay)]).toEqual([label, true, true])
        expect([label, dated.criteria_version]).toEqual([label, criteriaVersionInForce(dated.issued_at)])
        expect([label, isGroupKnown(p.group, p.sub_group, dated.criteria_version)]).toEqual([label, true])
        expect([label, new Date(dated.expires_at!) <= defaultExpiry(dated.issued_at)]).toEqual([label, true])
      }
    }
  })
})

describe("Vietnamese text", () => {
  /** How the province's places are spelt; a folded match written any other way is a typo. */
  const PLACE_NAMES = [
    "Đắk Lắk", "Buôn Ma Thuột", "Buôn Hồ", "Buôn Đôn", "Cư M'gar", "Cư Kuin", "Ea H'leo", "Ea Kar", "Ea Súp",
    "Krông Ana", "Krông Bông", "Krông Búk", "Krông Năng", "Krông Pắc", "M'Đrắk", "Lắk", "Phú Yên", "Tây Nguyên",
  ]
  const texts = [
    ...producers.flatMap((p) => [p.name, p.representative, p.address_line, p.address_as_certified, p.story_vi, p.story_en]),
    ...products.flatMap((p) => [p.title, p.title_en, p.subtitle, p.subtitle_en, p.description, p.description_en]),
    ...salesPoints.flatMap((s) => [s.name, s.market_name, s.address, s.address_as_certified]),
    ...programmeTargets.flatMap((t) => [t.description_vi, t.description_en, t.source]),
  ]
  /**
   * Strips marks one character at a time, so positions in the result are positions in the original; case stays,
   * so proper names (capitalised) are told from ordinary words ("Buôn Đôn" the place, "buôn đón khách").
   */
  const foldChars = (text: string) =>
    [...text].map((c) => (c === "đ" ? "d" : c === "Đ" ? "D" : c.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))).join("")

  it("is in composed Unicode (NFC), as search and fonts expect", () => {
    for (const text of texts) expect([text, text === text.normalize("NFC")]).toEqual([text, true])
  })

  it("spells the province's places with their diacritics, everywhere", () => {
    for (const text of texts) {
      const folded = foldChars(text)
      expect(folded.length).toBe(text.length)
      for (const name of PLACE_NAMES) {
        const pattern = new RegExp(`(?<![A-Za-z])${foldChars(name).replace(/'/g, "'?")}(?![A-Za-z])`, "g")
        for (const match of folded.matchAll(pattern)) {
          expect([text, text.slice(match.index, match.index + match[0].length)]).toEqual([text, name])
        }
      }
    }
  })
})

describe("sales points", () => {
  it("are exactly the 22 of the province's plan: 2 kiosk clusters, 16 market kiosks, 4 wholesale clusters", () => {
    expect(salesPoints).toHaveLength(22)
    expect(countBy(salesPoints, (s) => s.type)).toEqual({ kiosk_cluster: 2, market_kiosk: 16, wholesale_kiosk_cluster: 4 })
    for (const s of salesPoints) expect([s.handle, isSalesPointType(s.type)]).toEqual([s.handle, true])
  })

  it("put both kiosk clusters in Buôn Ma Thuột", () => {
    for (const s of salesPoints.filter((s) => s.type === "kiosk_cluster")) {
      expect([s.handle, BUON_MA_THUOT_WARDS.has(s.ward_code)]).toEqual([s.handle, true])
      expect(s.address_as_certified).toMatch(/thành phố Buôn Ma Thuột/)
    }
  })

  it("put exactly two kiosks in each of 8 central district markets, each in a different old district", () => {
    const kiosks = salesPoints.filter((s) => s.type === "market_kiosk")
    const perMarket = countBy(kiosks, (s) => s.market_name)
    expect(Object.keys(perMarket)).toHaveLength(8)
    expect(Object.values(perMarket).every((n) => n === 2)).toBe(true)
    const districtOf = (s: (typeof kiosks)[number]) => /(huyện|thị xã) ([^,]+), tỉnh/.exec(s.address_as_certified)?.[2]
    expect(new Set(kiosks.map(districtOf)).size).toBe(8)
    for (const s of kiosks) expect(s.address_as_certified).not.toMatch(/thành phố Buôn Ma Thuột/)
  })

  it("put the wholesale clusters at wholesale markets (chợ đầu mối)", () => {
    for (const s of salesPoints.filter((s) => s.type === "wholesale_kiosk_cluster")) expect(s.market_name).toMatch(/^Chợ đầu mối/)
  })

  it("are active, with opening hours in Vietnamese and English", () => {
    for (const s of salesPoints) {
      expect(s.active).toBe(true)
      expect(s.opening_hours).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}/)
      expect(s.opening_hours_en).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}/)
      expect(VIETNAMESE_LETTER.test(s.address)).toBe(true)
    }
  })

  it("each carry at least one product on show", () => {
    const carried = new Set(products.filter((p) => isShowable(certOf(p), TODAY)).flatMap((p) => p.sales_points))
    for (const s of salesPoints) expect([s.handle, carried.has(s.handle)]).toEqual([s.handle, true])
  })
})

describe("programme targets", () => {
  it("have unique codes, machine-readable metrics and a sensible range", () => {
    expect(duplicates(programmeTargets.map((t) => t.code))).toEqual([])
    for (const t of programmeTargets) {
      expect(t.metric).toMatch(/^[a-z][a-z0-9_]*$/)
      expect(t.min).toBeGreaterThanOrEqual(0)
      if (t.max !== null) expect([t.code, t.max >= t.min]).toEqual([t.code, true])
      expect(t.period_start < t.period_end).toBe(true)
      expect(VIETNAMESE_LETTER.test(t.description_vi)).toBe(true)
      expect(t.description_en.length).toBeGreaterThan(10)
      expect(t.source.length).toBeGreaterThan(10)
    }
  })

  it("state the seeds' figures for each period", () => {
    const target = (code: string) => programmeTargets.find((t) => t.code === code)
    expect(target("2018-2020-products-5-star")).toMatchObject({ metric: "products_5_star_national", min: 1, max: 2 })
    expect(target("2018-2020-products-3-4-star")).toMatchObject({ min: 10, max: 12 })
    expect(target("2018-2020-economic-organisations")).toMatchObject({ min: 20, max: 30 })
    expect(target("2021-products-3-star")).toMatchObject({ min: 23, max: null })
    expect(target("2021-products-4-star")).toMatchObject({ min: 2 })
    expect(target("2021-economic-organisations")).toMatchObject({ min: 15, max: null })
    expect(target("2021-cooperatives-certified")).toMatchObject({ min: 4, max: 6 })
    expect(target("2021-promoted-products-contracts")).toMatchObject({ min: 50, max: 70, unit: "%" })
    expect(target("2021-2025-products-maintained")).toMatchObject({ min: 27 })
    expect(target("2021-2025-new-products")).toMatchObject({ min: 57 })
    expect(target("2021-2025-new-economic-organisations")).toMatchObject({ min: 30, max: 40 })
    expect(target("2021-2025-value-chains")).toMatchObject({ min: 3, max: 5 })
    expect(programmeTargets.find((t) => t.period === "2021")?.source).toMatch(/76\/KH-UBND ngày 9\/4\/2021/)
  })

  it("agree with the sales points in the data", () => {
    const count = (type: string) => salesPoints.filter((s) => s.type === type).length
    const target = (metric: string) => programmeTargets.find((t) => t.metric === metric)
    expect(target("sales_points")?.min).toBe(salesPoints.length)
    expect(target("sales_points_kiosk_cluster")?.min).toBe(count("kiosk_cluster"))
    expect(target("sales_points_market_kiosk")?.min).toBe(count("market_kiosk"))
    expect(target("sales_points_wholesale_kiosk_cluster")?.min).toBe(count("wholesale_kiosk_cluster"))
  })
})

describe("the fairs", () => {
  const productOf = new Map(products.map((p) => [p.handle, p]))
  const showableOn = (handle: string) => {
    const product = productOf.get(handle)
    return !!product && isShowable(datedCertification(product.certification, TODAY), TODAY)
  }

  it("are one held before the seed's day, one running on it and one to come, each in a real Đắk Lắk ward", () => {
    const phase = (f: (typeof fairs)[number]) => (f.first_day_from_run > 0 ? "upcoming" : f.first_day_from_run + f.days - 1 < 0 ? "past" : "current")
    expect(fairs.map(phase).sort()).toEqual(["current", "past", "upcoming"])
    for (const fair of fairs) {
      expect(WARD_CODES.has(fair.ward_code), fair.handle).toBe(true)
      expect(insideDakLak({ latitude: fair.latitude, longitude: fair.longitude }), fair.handle).toBe(true)
      expect(isValidVietnamPhone(fair.organiser_phone), fair.handle).toBe(true)
      expect(fair.organiser_email).toMatch(/@example\.com$/)
    }
    expect(new Set(fairs.map((f) => f.handle)).size).toBe(fairs.length)
  })

  it("put each booth in a zone of its fair, inside the floor plan, clear of the others, numbered once", () => {
    for (const fair of fairs) {
      const zones = new Set(fair.zones.map((z) => z.code))
      expect(new Set(fair.booths.map((b) => b.number)).size, fair.handle).toBe(fair.booths.length)
      for (const [i, a] of fair.booths.entries()) {
        expect(zones.has(a.zone), `${fair.handle} ${a.number}`).toBe(true)
        expect(a.x + a.width <= fair.floor_columns && a.y + a.height <= fair.floor_rows, `${fair.handle} ${a.number}`).toBe(true)
        for (const b of fair.booths.slice(i + 1)) {
          const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
          expect(overlap, `${fair.handle} ${a.number}/${b.number}`).toBe(false)
        }
      }
    }
  })

  it("show only their producer's own products that are on show (rules.ts' isShowable)", () => {
    const handles = new Set(producers.map((p) => p.handle))
    for (const booth of fairs.flatMap((f) => f.booths)) {
      expect(handles.has(booth.producer), booth.producer).toBe(true)
      for (const handle of booth.products) {
        expect(productOf.get(handle)?.producer, handle).toBe(booth.producer)
        expect(showableOn(handle), handle).toBe(true)
      }
    }
  })

  it("carry enquiries to booths that show the product asked about, each with a way to answer and outcomes in order", () => {
    const order = ["contacted", "memorandum_signed", "contract_signed", "dropped"]
    for (const fair of fairs) {
      for (const lead of fair.leads) {
        const booth = fair.booths.find((b) => b.number === lead.booth)
        expect(booth, `${fair.handle} ${lead.booth}`).toBeDefined()
        if (lead.product) expect(booth!.products).toContain(lead.product)
        expect(!!lead.phone || !!lead.email, lead.buyer_name).toBe(true)
        if (lead.phone) expect(isValidVietnamPhone(lead.phone), lead.phone).toBe(true)
        const steps = lead.statuses.map((s) => order.indexOf(s.status))
        expect([...steps].sort((a, b) => a - b), lead.buyer_name).toEqual(steps)
        for (const step of lead.statuses) expect(step.status === "contract_signed", lead.buyer_name).toBe(step.contract_value !== undefined)
      }
    }
    // Every outcome the figures count is there to be seen.
    const outcomes = new Set(fairs.flatMap((f) => f.leads.flatMap((l) => l.statuses.map((s) => s.status))))
    expect([...outcomes].sort()).toEqual(["contacted", "contract_signed", "dropped", "memorandum_signed"])
  })
})

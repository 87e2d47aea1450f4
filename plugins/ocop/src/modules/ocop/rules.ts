/**
 * The OCOP rules, in one place: star bands per criteria version, who certifies, product groups, how long a
 * certificate lives, who may be shown, phone numbers, producer and sales-point kinds.
 *
 * Pure TypeScript with no Medusa import (phone numbers read through libphonenumber's metadata), so the plugin's workflows, the seed and the tests all read the same
 * rules. Facts come from `docs/design/ocop-domain.md` and the decisions named below; a new criteria version is
 * one entry in `CRITERIA_VERSIONS`.
 */

import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { foldVietnamese } from "./utils/fold"

// ---------------------------------------------------------------------------------------------------------
// Stars, criteria versions, certifying level
// ---------------------------------------------------------------------------------------------------------

export type Stars = 1 | 2 | 3 | 4 | 5
export type CertifyingLevel = "province" | "national"

export type SubGroup = { code: string; name_vi: string; name_en: string }
export type ProductGroup = { code: string; name_vi: string; name_en: string; sub_groups: readonly SubGroup[] }

export type CriteriaVersion = {
  code: string
  decision: string
  title_vi: string
  title_en: string
  /**
   * First day (ISO date) on which evaluations were scored under this version; it is in force until the next
   * version's first day.
   */
  in_force_from: string
  /** Points of the three parts of the score card; they add up to 100. */
  part_weights: { A: number; B: number; C: number }
  /** Lowest score of each star, highest band first; a score belongs to the first band it reaches. */
  bands: readonly { stars: Stars; min: number }[]
  /** Who signs the certificate; 1–2 ★ get no certificate and may not carry the OCOP label. */
  certifying_level: Readonly<Partial<Record<Stars, CertifyingLevel>>>
  groups: readonly ProductGroup[]
}

/** Every criteria version so far scores 0–100 and uses the same five bands (ocop-domain.md). */
const BANDS_0_100 = [
  { stars: 5, min: 90 },
  { stars: 4, min: 70 },
  { stars: 3, min: 50 },
  { stars: 2, min: 30 },
  { stars: 1, min: 0 },
] as const

const PROVINCE_3_4_NATIONAL_5 = { 3: "province", 4: "province", 5: "national" } as const

const sub = (code: string, name_vi: string, name_en: string): SubGroup => ({ code, name_vi, name_en })

/**
 * Six groups of Decision 1048/QĐ-TTg (2019). A certificate of that time names one of these: its group
 * stays as printed, even though the 2023 list regrouped textiles and souvenirs under handicrafts.
 */
const GROUPS_2019: readonly ProductGroup[] = [
  {
    code: "food",
    name_vi: "Thực phẩm",
    name_en: "Food",
    sub_groups: [
      sub("fresh", "Thực phẩm tươi sống", "Fresh food"),
      sub("raw_preprocessed", "Thực phẩm thô, sơ chế", "Raw and minimally processed food"),
      sub("processed", "Thực phẩm chế biến", "Processed food"),
      sub("spices", "Gia vị", "Spices and condiments"),
      sub("tea", "Chè", "Tea"),
      sub("coffee_cacao", "Cà phê, ca cao", "Coffee and cacao"),
    ],
  },
  {
    code: "drinks",
    name_vi: "Đồ uống",
    name_en: "Drinks",
    sub_groups: [
      sub("alcoholic", "Đồ uống có cồn", "Alcoholic drinks"),
      sub("non_alcoholic", "Đồ uống không cồn", "Non-alcoholic drinks"),
    ],
  },
  {
    code: "herbal",
    name_vi: "Thảo dược",
    name_en: "Herbal products",
    sub_groups: [
      sub("herbal_health", "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền", "Health supplements, herbal and traditional medicines"),
      sub("herbal_cosmetics", "Mỹ phẩm có nguồn gốc thảo dược", "Herbal cosmetics"),
      sub("herbal_other", "Trà thảo dược, tinh dầu và sản phẩm khác từ thảo dược", "Herbal teas, essential oils and other herbal products"),
    ],
  },
  {
    code: "textiles",
    name_vi: "Vải và may mặc",
    name_en: "Textiles and garments",
    sub_groups: [sub("fabric", "Vải, thổ cẩm", "Fabric and brocade"), sub("garments", "May mặc", "Garments")],
  },
  {
    code: "souvenirs_decor",
    name_vi: "Lưu niệm - nội thất - trang trí",
    name_en: "Souvenirs, furniture and decoration",
    sub_groups: [
      sub("crafts_decor", "Thủ công mỹ nghệ, trang trí", "Crafts and decoration"),
      sub("furniture_household", "Nội thất, đồ gia dụng", "Furniture and household wares"),
    ],
  },
  {
    code: "rural_tourism",
    name_vi: "Dịch vụ du lịch nông thôn, bán hàng",
    name_en: "Rural tourism and retail services",
    sub_groups: [
      sub("rural_tourism_services", "Dịch vụ du lịch nông thôn", "Rural tourism services"),
      sub("retail_services", "Dịch vụ bán hàng", "Retail services"),
    ],
  },
]

/**
 * Six groups of Decision 148/QĐ-TTg (2023): the "sản phẩm" level of its classification table, with its
 * "nhóm" level as our sub-groups (its finer "phân nhóm" live in the names). Transcribed from secondary
 * sources; check against the decision's annex before relying on a sub-group's exact wording.
 */
const GROUPS_2023: readonly ProductGroup[] = [
  {
    code: "food",
    name_vi: "Thực phẩm",
    name_en: "Food",
    sub_groups: [
      sub("fresh", "Thực phẩm tươi sống (rau, củ, quả, hạt tươi; thịt, thủy sản, trứng, sữa tươi)", "Fresh food (fruit, vegetables, fresh nuts; meat, fish, eggs, milk)"),
      sub("raw_preprocessed", "Thực phẩm thô, sơ chế (gạo, ngũ cốc, hạt; mật ong, mật khác)", "Raw and minimally processed food (rice, grains, nuts; honey)"),
      sub("processed", "Thực phẩm chế biến", "Processed food"),
      sub("spices", "Gia vị (tương, nước mắm, gia vị khác)", "Spices and condiments"),
      sub("tea", "Chè", "Tea"),
      sub("coffee_cacao", "Cà phê, ca cao", "Coffee and cacao"),
    ],
  },
  {
    code: "drinks",
    name_vi: "Đồ uống",
    name_en: "Drinks",
    sub_groups: [
      sub("alcoholic", "Đồ uống có cồn (rượu trắng, đồ uống có cồn khác)", "Alcoholic drinks (spirits, other alcoholic drinks)"),
      sub("non_alcoholic", "Đồ uống không cồn", "Non-alcoholic drinks"),
    ],
  },
  {
    code: "herbal",
    name_vi: "Dược liệu và sản phẩm từ dược liệu",
    name_en: "Medicinal herbs and herbal products",
    sub_groups: [
      sub("herbal_health", "Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền", "Health supplements, herbal and traditional medicines"),
      sub("herbal_cosmetics", "Mỹ phẩm có thành phần từ dược liệu", "Cosmetics made with medicinal herbs"),
      sub("herbal_other", "Dược liệu, tinh dầu và sản phẩm khác từ dược liệu", "Herbs, essential oils and other herbal products"),
    ],
  },
  {
    code: "handicraft",
    name_vi: "Thủ công mỹ nghệ",
    name_en: "Handicrafts",
    sub_groups: [
      sub("textiles", "Vải, may mặc, thổ cẩm", "Textiles, garments and brocade"),
      sub("crafts_decor", "Đồ thủ công mỹ nghệ, trang trí, gia dụng", "Crafts, decoration and household wares"),
    ],
  },
  {
    code: "ornamental",
    name_vi: "Sinh vật cảnh",
    name_en: "Ornamental plants and animals",
    sub_groups: [
      sub("flowers", "Hoa", "Flowers"),
      sub("ornamental_plants", "Cây cảnh", "Ornamental plants and bonsai"),
      sub("ornamental_animals", "Động vật cảnh", "Ornamental animals"),
    ],
  },
  {
    code: "tourism",
    name_vi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
    name_en: "Community tourism, eco-tourism and tourist sites",
    sub_groups: [
      sub("community_tourism", "Du lịch cộng đồng", "Community tourism"),
      sub("eco_tourism", "Du lịch sinh thái", "Eco-tourism"),
      sub("tourist_site", "Điểm du lịch", "Tourist sites"),
    ],
  },
]

export const CRITERIA_VERSIONS = {
  "1048/2019": {
    code: "1048/2019",
    decision: "1048/QĐ-TTg",
    title_vi: "Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (Quyết định 1048/QĐ-TTg, 2019)",
    title_en: "OCOP rating criteria (Decision 1048/QĐ-TTg, 2019)",
    in_force_from: "2019-08-21",
    part_weights: { A: 35, B: 25, C: 40 },
    bands: BANDS_0_100,
    certifying_level: PROVINCE_3_4_NATIONAL_5,
    groups: GROUPS_2019,
  },
  "148/2023": {
    code: "148/2023",
    decision: "148/QĐ-TTg",
    title_vi: "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg, 2023)",
    title_en: "OCOP rating criteria and procedure (Decision 148/QĐ-TTg, 2023)",
    in_force_from: "2023-02-24",
    part_weights: { A: 40, B: 25, C: 35 },
    bands: BANDS_0_100,
    certifying_level: PROVINCE_3_4_NATIONAL_5,
    groups: GROUPS_2023,
  },
  /**
   * Decision 1489 (2025) adapts the procedure to government without districts: the province still certifies
   * 3–4 ★ and the central level 5 ★. Weights and groups are carried over from 148/2023 (not verified as changed).
   */
  "1489/2025": {
    code: "1489/2025",
    decision: "1489/QĐ-TTg",
    title_vi: "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (Quyết định 1489/QĐ-TTg, 2025)",
    title_en: "OCOP rating criteria and procedure (Decision 1489/QĐ-TTg, 2025)",
    // The decision's exact date of effect is not confirmed here; 1 July 2025, the day districts ended, stands in.
    in_force_from: "2025-07-01",
    part_weights: { A: 40, B: 25, C: 35 },
    bands: BANDS_0_100,
    certifying_level: PROVINCE_3_4_NATIONAL_5,
    groups: GROUPS_2023,
  },
} as const satisfies Record<string, CriteriaVersion>

export type CriteriaVersionCode = keyof typeof CRITERIA_VERSIONS
export const CRITERIA_VERSION_CODES = Object.keys(CRITERIA_VERSIONS) as CriteriaVersionCode[]
/** The version a new certification is scored under unless it says otherwise. */
export const CURRENT_CRITERIA_VERSION: CriteriaVersionCode = "1489/2025"

export function isCriteriaVersion(code: unknown): code is CriteriaVersionCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(CRITERIA_VERSIONS, code)
}

export function criteriaVersion(code: string): CriteriaVersion {
  if (!isCriteriaVersion(code)) {
    throw new RangeError(
      `Phiên bản bộ tiêu chí "${code}" không tồn tại (có: ${CRITERIA_VERSION_CODES.join(", ")}) / ` +
        `unknown criteria version "${code}" (known: ${CRITERIA_VERSION_CODES.join(", ")})`
    )
  }
  return CRITERIA_VERSIONS[code]
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar day in Vietnam (UTC+7, no daylight saving) at this instant, as an ISO date: how decisions are dated. */
export function vietnamDay(date: DateInput): string {
  return new Date(instant(date) + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/**
 * Calendar days from `now` to `until`, both read as days in Vietnam: "còn 16 ngày" means the same on a server in
 * UTC, a browser abroad and a phone in Buôn Ma Thuột, whatever the hour. Negative once `until`'s day has passed.
 */
export function vietnamDaysBetween(now: DateInput, until: DateInput): number {
  return Math.round((Date.parse(vietnamDay(until)) - Date.parse(vietnamDay(now))) / DAY_MS)
}

/**
 * The version an evaluation decided on this day was scored under, or undefined before the programme's first
 * criteria.
 */
export function criteriaVersionInForce(date: DateInput): CriteriaVersionCode | undefined {
  const day = vietnamDay(date)
  let found: CriteriaVersionCode | undefined
  for (const code of CRITERIA_VERSION_CODES) {
    if (CRITERIA_VERSIONS[code].in_force_from <= day && (!found || CRITERIA_VERSIONS[found].in_force_from < CRITERIA_VERSIONS[code].in_force_from)) {
      found = code
    }
  }
  return found
}

export const MIN_SCORE = 0
export const MAX_SCORE = 100

/** Whether a score is on the scale every criteria version uses. */
export function isScoreInRange(score: number) {
  return Number.isFinite(score) && score >= MIN_SCORE && score <= MAX_SCORE
}

/** Stars for a score under a criteria version; a score outside 0–100 is an error, not a band. */
export function starsForScore(score: number, version: string = CURRENT_CRITERIA_VERSION): Stars {
  const { bands } = criteriaVersion(version)
  if (!isScoreInRange(score)) {
    throw new RangeError(`Điểm ${score} nằm ngoài thang ${MIN_SCORE}–${MAX_SCORE} / score ${score} is outside ${MIN_SCORE}–${MAX_SCORE}`)
  }
  return bands.find((band) => score >= band.min)!.stars
}

export type StarsCheck =
  | { ok: true; stars: Stars }
  | { ok: false; expected: Stars | null; message_vi: string; message_en: string }

/**
 * Whether the stars someone typed agree with the score's band (none typed: the band's stars); the message says
 * what to fix, in both languages.
 */
export function checkStarsMatchScore(stars: number | undefined, score: number, version: string = CURRENT_CRITERIA_VERSION): StarsCheck {
  criteriaVersion(version)
  if (!isScoreInRange(score)) {
    return {
      ok: false,
      expected: null,
      message_vi: `Điểm ${score} nằm ngoài thang ${MIN_SCORE}–${MAX_SCORE}`,
      message_en: `score ${score} is outside ${MIN_SCORE}–${MAX_SCORE}`,
    }
  }
  const expected = starsForScore(score, version)
  if (stars === undefined || stars === expected) return { ok: true, stars: expected }
  return {
    ok: false,
    expected,
    message_vi: `Điểm ${score} tương ứng ${expected} sao, không phải ${stars} sao`,
    message_en: `score ${score} is a ${expected}-star band, not ${stars}`,
  }
}

/**
 * The whole-point scores that earn these stars under a criteria version, lowest and highest (the seed draws
 * scores from it). A band reaches up to one point under the next band's lowest score.
 */
export function scoreRange(stars: number, version: string = CURRENT_CRITERIA_VERSION): readonly [number, number] {
  const { bands } = criteriaVersion(version)
  const at = bands.findIndex((band) => band.stars === stars)
  if (at < 0) throw new RangeError(`Không có hạng ${stars} sao / there is no ${stars}-star band`)
  const higher = bands[at - 1]
  return [bands[at]!.min, higher ? higher.min - 1 : MAX_SCORE]
}

/** Every star rating of a criteria version, highest first. */
export function starRatings(version: string = CURRENT_CRITERIA_VERSION): Stars[] {
  return criteriaVersion(version).bands.map((band) => band.stars)
}

/** Who certifies a rating, or null for 1–2 ★, which get no certificate. */
export function certifyingLevel(stars: number, version: string = CURRENT_CRITERIA_VERSION): CertifyingLevel | null {
  const levels: Partial<Record<number, CertifyingLevel>> = criteriaVersion(version).certifying_level
  return levels[stars] ?? null
}

// ---------------------------------------------------------------------------------------------------------
// Product groups
// ---------------------------------------------------------------------------------------------------------

export function groupsFor(version: string = CURRENT_CRITERIA_VERSION): readonly ProductGroup[] {
  return criteriaVersion(version).groups
}

/** Whether a group (and sub-group, if given) exists in the list of that criteria version. */
export function isGroupKnown(group: string, subGroup: string | null | undefined, version: string): boolean {
  if (!isCriteriaVersion(version)) return false
  const found = groupsFor(version).find((g) => g.code === group)
  if (!found) return false
  return subGroup == null || found.sub_groups.some((s) => s.code === subGroup)
}

export type GroupRef = { group: string; sub_group: string }

const PLACEMENT_2023 = {
  coffee: { group: "food", sub_group: "coffee_cacao" },
  cacao: { group: "food", sub_group: "coffee_cacao" },
  // Whole honey is "thực phẩm thô, sơ chế"; honey worked into another product moves to "chế biến".
  honey: { group: "food", sub_group: "raw_preprocessed" },
  pepper: { group: "food", sub_group: "spices" },
  // Fresh fruit is "tươi sống"; dried, roasted or freeze-dried it becomes "chế biến".
  macadamia: { group: "food", sub_group: "processed" },
  durian: { group: "food", sub_group: "fresh" },
  freeze_dried_durian: { group: "food", sub_group: "processed" },
  avocado: { group: "food", sub_group: "fresh" },
  rice_wine: { group: "drinks", sub_group: "alcoholic" },
  brocade: { group: "handicraft", sub_group: "textiles" },
  herbs: { group: "herbal", sub_group: "herbal_other" },
  community_tourism: { group: "tourism", sub_group: "community_tourism" },
} as const satisfies Record<string, GroupRef>

export type TypicalProduct = keyof typeof PLACEMENT_2023

/** Where Đắk Lắk's typical products fall in each version's group list (a guide for data entry, not a rule). */
export const TYPICAL_PLACEMENT: Record<CriteriaVersionCode, Record<TypicalProduct, GroupRef>> = {
  "1048/2019": {
    ...PLACEMENT_2023,
    brocade: { group: "textiles", sub_group: "fabric" },
    community_tourism: { group: "rural_tourism", sub_group: "rural_tourism_services" },
  },
  "148/2023": PLACEMENT_2023,
  "1489/2025": PLACEMENT_2023,
}

// ---------------------------------------------------------------------------------------------------------
// Validity of a certificate
// ---------------------------------------------------------------------------------------------------------

/** JSON data carries ISO strings; everything else passes Dates. Both are compared as instants. */
export type DateInput = Date | string

export type CertificationLike = {
  stars: number
  issued_at: DateInput
  expires_at?: DateInput | null
  revoked_at?: DateInput | null
}

export type CertificationState = "valid" | "expired" | "revoked" | "not_yet_valid"

/** What an evaluation decided, as a certification record keeps it (dates and links aside). */
export type CertificationGrade = {
  stars: number
  score: number
  criteria_version: string
  group_code: string
  sub_group_code: string | null
  /** Who certified it; null below the certified ratings, which get no certificate. */
  level: CertifyingLevel | null
  certificate_no: string | null
  decision_no: string | null
}

export const VALIDITY_MONTHS = 36
export const MIN_SHOWABLE_STARS = 3
export const REMINDER_WINDOW_DAYS = 30

/** The star ratings a shopper can see and filter by, lowest first: 3, 4 and 5. */
export const SHOWABLE_STARS: readonly Stars[] = starRatings().filter((stars) => stars >= MIN_SHOWABLE_STARS).reverse()
const DAY_MS = 24 * 60 * 60 * 1000

function instant(value: DateInput): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value)
  if (Number.isNaN(ms)) throw new RangeError(`Ngày không hợp lệ: ${String(value)} / invalid date: ${String(value)}`)
  return ms
}

/**
 * Adds calendar months in UTC, keeping the time of day. A day that the target month lacks becomes that month's
 * last day, so a certificate never lives longer than its months: 31 Jan 2024 + 36 months = 31 Jan 2027,
 * 29 Feb 2024 + 36 months = 28 Feb 2027 (not 1 March), 31 Aug + 1 month = 30 Sep.
 */
export function addMonths(date: DateInput, months: number): Date {
  const from = new Date(instant(date))
  const year = from.getUTCFullYear()
  const month = from.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  const result = new Date(from)
  result.setUTCFullYear(year, month, Math.min(from.getUTCDate(), lastDay))
  return result
}

/** A certificate is valid 36 months from its decision date. */
export function defaultExpiry(issuedAt: DateInput): Date {
  return addMonths(issuedAt, VALIDITY_MONTHS)
}

export function expiresAt(cert: Pick<CertificationLike, "issued_at" | "expires_at">): Date {
  return cert.expires_at != null ? new Date(instant(cert.expires_at)) : defaultExpiry(cert.issued_at)
}

/**
 * Valid means issued_at ≤ now < expires_at and not revoked. A recorded revocation wins over the dates: a
 * revoked certificate is never shown again, while an expired one is ordinary history.
 */
export function certificationState(cert: CertificationLike, now: DateInput): CertificationState {
  const at = instant(now)
  if (cert.revoked_at != null) return "revoked"
  if (at < instant(cert.issued_at)) return "not_yet_valid"
  if (at >= expiresAt(cert).getTime()) return "expired"
  return "valid"
}

/**
 * `isShowable` as a filter over rows that carry a certificate's stars and window (the catalogue read model and
 * its search documents), in Medusa's query-filter operators: the search reads it as it is, and `listCatalogue`
 * and its counts turn it into SQL. Revoked certificates never reach such rows (projectProduct leaves them out).
 */
export function showableFilter(now: Date) {
  return {
    stars: { $gte: MIN_SHOWABLE_STARS },
    issued_at: { $lte: now },
    expires_at: { $gt: now },
  } as const
}

/** The storefront shows and sells only products whose certificate is valid and rated 3 ★ or more. */
export function isShowable(cert: CertificationLike, now: DateInput): boolean {
  return cert.stars >= MIN_SHOWABLE_STARS && certificationState(cert, now) === "valid"
}

/** Valid and expiring within 30 days (inclusive): time to remind the producer to renew. */
export function isInReminderWindow(cert: CertificationLike, now: DateInput): boolean {
  if (certificationState(cert, now) !== "valid") return false
  return expiresAt(cert).getTime() - instant(now) <= REMINDER_WINDOW_DAYS * DAY_MS
}

/**
 * The certification that speaks for a product at `now`: the newest by issue date that was not revoked and is
 * issued by then. A certificate dated later (a renewal entered ahead of its decision date) speaks only from its
 * issue day on, so it never hides one that is valid today; while none is issued yet, the first to open speaks
 * (the product then enters the catalogue on that day).
 */
export function currentCertification<T extends CertificationLike>(certs: readonly T[], now: DateInput): T | undefined {
  const at = instant(now)
  let issued: T | undefined
  let upcoming: T | undefined
  for (const cert of certs) {
    if (cert.revoked_at != null) continue
    const issuedAt = instant(cert.issued_at)
    if (issuedAt <= at) {
      if (!issued || issuedAt > instant(issued.issued_at)) issued = cert
    } else if (!upcoming || issuedAt < instant(upcoming.issued_at)) {
      upcoming = cert
    }
  }
  return issued ?? upcoming
}

// ---------------------------------------------------------------------------------------------------------
// What a lookup tells a shopper about a certificate
// ---------------------------------------------------------------------------------------------------------

/**
 * A certificate as the public lookup states it (docs/decisions/029). `expiring` is still valid, within
 * `EXPIRING_WINDOW_DAYS` of its end; `superseded` means the product was graded again with other stars, so the
 * stars printed with this number no longer hold; `not_yet_valid` is a certificate entered ahead of its decision
 * day. Only `valid` and `expiring` are good to buy on.
 */
export type VerificationStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded" | "not_yet_valid"

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ["valid", "expiring", "expired", "revoked", "superseded", "not_yet_valid"]

/** A shopper is told a certificate is running out from 90 days before its end (the producer's reminder is at 30). */
export const EXPIRING_WINDOW_DAYS = 90

/** The newer evaluation of the same product that followed this certificate, as far as the lookup needs it. */
export type Successor = { stars: number; issued_at: DateInput; revoked_at?: DateInput | null }

/**
 * The lookup's word for a certificate at `now`. A revocation wins over everything; then a re-grading with other
 * stars (once the newer evaluation's decision day has come and it was not itself revoked), then the dates. A
 * renewal with the same stars does not supersede: the old certificate keeps its own dates.
 */
export function verificationStatus(cert: CertificationLike, now: DateInput, successor?: Successor | null): VerificationStatus {
  const state = certificationState(cert, now)
  if (state === "revoked") return "revoked"
  if (
    successor &&
    successor.revoked_at == null &&
    successor.stars !== cert.stars &&
    instant(successor.issued_at) <= instant(now) &&
    instant(successor.issued_at) >= instant(cert.issued_at)
  ) {
    return "superseded"
  }
  if (state !== "valid") return state
  return expiresAt(cert).getTime() - instant(now) <= EXPIRING_WINDOW_DAYS * DAY_MS ? "expiring" : "valid"
}

/** Whether a shopper may rely on the certificate today. */
export function isGoodToBuyOn(status: VerificationStatus): boolean {
  return status === "valid" || status === "expiring"
}

/**
 * The instant the lookup's answer for this certificate next changes by the calendar alone (it enters the
 * 90-day window, expires, or its successor's decision day comes), or null when dates change nothing more. A
 * cache may keep the answer until then at most; a revocation can come any moment and is not foreseen here.
 */
export function nextStatusChange(cert: CertificationLike, now: DateInput, successor?: Successor | null): Date | null {
  if (cert.revoked_at != null) return null
  const at = instant(now)
  const end = expiresAt(cert).getTime()
  const moments = [instant(cert.issued_at), end - EXPIRING_WINDOW_DAYS * DAY_MS, end]
  if (successor && successor.revoked_at == null && successor.stars !== cert.stars) moments.push(instant(successor.issued_at))
  const next = moments.filter((moment) => moment > at).sort((a, b) => a - b)[0]
  return next === undefined ? null : new Date(next)
}

/**
 * Who signed a decision, read from its number as Vietnamese documents are numbered (Nghị định 30/2020: the
 * part after `QĐ-` abbreviates the issuing body): `1378/QĐ-UBND` is the provincial People's Committee,
 * `3925/QĐ-BNNMT` the Ministry of Agriculture and Environment. Null for a number that follows no known pattern:
 * the lookup then shows the number alone rather than guess.
 */
export function decisionBody(decisionNo: string | null | undefined, provinceName?: string | null): { vi: string; en: string } | null {
  const match = /\/QĐ-([A-ZĐ]+)(?:-|$)/u.exec((decisionNo ?? "").trim().toUpperCase())
  if (!match) return null
  const province = provinceName?.replace(/^(Tỉnh|Thành phố)\s+/u, "")
  const provinceVi = provinceName ? provinceName.replace(/^Tỉnh/u, "tỉnh").replace(/^Thành phố/u, "thành phố") : null
  switch (match[1]) {
    case "UBND":
      return provinceVi
        ? { vi: `Ủy ban nhân dân ${provinceVi}`, en: `People's Committee of ${province}` }
        : { vi: "Ủy ban nhân dân tỉnh", en: "Provincial People's Committee" }
    case "BNNMT":
      return { vi: "Bộ Nông nghiệp và Môi trường", en: "Ministry of Agriculture and Environment" }
    case "BNN":
      return { vi: "Bộ Nông nghiệp và Phát triển nông thôn", en: "Ministry of Agriculture and Rural Development" }
    case "TTG":
      return { vi: "Thủ tướng Chính phủ", en: "Prime Minister" }
    default:
      return null
  }
}

/**
 * A certificate or decision number as people type it, made comparable: letters and digits only, folded and upper
 * case. People read the separators and marks off a package in many ways: `ocop 66 2024 010`, `OCOP66-2024-010`
 * and `OCOP-66-2024-010` are one certificate, `1378/qd-ubnd` is decision `1378/QĐ-UBND`.
 */
export function certificateKey(number: string): string {
  return foldVietnamese(number).toUpperCase().replace(/[^A-Z0-9]+/g, "")
}

// ---------------------------------------------------------------------------------------------------------
// People and places
// ---------------------------------------------------------------------------------------------------------

/** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits; people write spaces, dots or dashes between. */
const VN_MOBILE = /^(?:\+84|0)([35789]\d{8})$/

/** The number in E.164 form (`+84905123456`), or null when it is not a Vietnamese mobile number. */
export function normalizeVietnamPhone(input: string): string | null {
  const match = VN_MOBILE.exec(input.trim().replace(/[\s.-]/g, ""))
  return match ? `+84${match[1]}` : null
}

export function isValidVietnamPhone(input: string): boolean {
  return normalizeVietnamPhone(input) !== null
}

/**
 * A shopper's contact number: a Vietnamese mobile as above, or any number that is valid in its own country
 * when written with its country code (`+49 30 901820`, `0049…`), as Google's libphonenumber metadata says: a
 * tourist buys too, and the parcel still goes to an address in Vietnam. A number without a country code is read
 * as Vietnamese. Returns E.164, or null. Producers keep the Vietnamese rule above.
 */
export function normalizeShopperPhone(input: string): string | null {
  const vietnamese = normalizeVietnamPhone(input)
  if (vietnamese) return vietnamese
  const typed = input.trim().replace(/^00(?=[1-9])/, "+")
  // A Vietnamese number that is not a mobile (a landline) stays refused: the shop calls and texts a mobile.
  if (!typed.startsWith("+") || typed.replace(/[\s.()-]/g, "").startsWith("+84")) return null
  const parsed = parsePhoneNumberFromString(typed)
  return parsed && parsed.isValid() ? parsed.number : null
}

export function isValidShopperPhone(input: string): boolean {
  return normalizeShopperPhone(input) !== null
}

export const PRODUCER_ENTITY_TYPES = {
  enterprise: { name_vi: "Doanh nghiệp", name_en: "Enterprise" },
  cooperative: { name_vi: "Hợp tác xã", name_en: "Cooperative" },
  cooperative_group: { name_vi: "Tổ hợp tác", name_en: "Cooperative group" },
  household: { name_vi: "Hộ sản xuất kinh doanh", name_en: "Household business" },
} as const

export type ProducerEntityType = keyof typeof PRODUCER_ENTITY_TYPES
export const PRODUCER_ENTITY_TYPE_CODES = Object.keys(PRODUCER_ENTITY_TYPES) as ProducerEntityType[]

export function isProducerEntityType(value: unknown): value is ProducerEntityType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(PRODUCER_ENTITY_TYPES, value)
}

/** The three kinds the province planned for 2018–2020, plus booths at trade fairs. */
export const SALES_POINT_TYPES = {
  kiosk_cluster: { name_vi: "Cụm điểm ki ốt bán sản phẩm OCOP", name_en: "OCOP kiosk cluster" },
  market_kiosk: { name_vi: "Điểm ki ốt tại chợ huyện trung tâm", name_en: "Kiosk at a district-centre market" },
  wholesale_kiosk_cluster: { name_vi: "Cụm ki ốt tại chợ đầu mối", name_en: "Kiosk cluster at a wholesale market" },
  fair_booth: { name_vi: "Gian hàng hội chợ", name_en: "Trade-fair booth" },
} as const

export type SalesPointType = keyof typeof SALES_POINT_TYPES
export const SALES_POINT_TYPE_CODES = Object.keys(SALES_POINT_TYPES) as SalesPointType[]

export function isSalesPointType(value: unknown): value is SalesPointType {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(SALES_POINT_TYPES, value)
}

// ---------------------------------------------------------------------------------------------------------
// The renewal pipeline and the programme's figures (issue 19, docs/decisions/035)
// ---------------------------------------------------------------------------------------------------------

/**
 * A producer is reminded to renew this many days before its certificate expires, each reminder once: three
 * months leave time to prepare the dossier and have it scored, a month and a week are the last calls.
 */
export const RENEWAL_REMINDER_DAYS = [90, 30, 7] as const
export type RenewalReminderStage = (typeof RENEWAL_REMINDER_DAYS)[number]

/** Valid at `now` and expiring within `days` days (inclusive). */
export function isExpiringWithin(cert: CertificationLike, now: DateInput, days: number): boolean {
  if (certificationState(cert, now) !== "valid") return false
  return expiresAt(cert).getTime() - instant(now) <= days * DAY_MS
}

/**
 * The reminder a certificate is due at `now`: the narrowest window it has entered (90, 30 or 7 days before its
 * expiry), unless that one was sent. A stage missed (certified with 20 days left, or the sweep down for a week)
 * is not sent late: only the current one goes out, so a producer never gets two reminders the same day.
 */
export function dueRenewalReminder(
  cert: CertificationLike,
  now: DateInput,
  sent: readonly number[] = []
): RenewalReminderStage | null {
  if (certificationState(cert, now) !== "valid") return null
  const left = expiresAt(cert).getTime() - instant(now)
  let due: RenewalReminderStage | null = null
  for (const stage of RENEWAL_REMINDER_DAYS) if (left <= stage * DAY_MS) due = stage
  return due !== null && !sent.includes(due) ? due : null
}

/**
 * The state a certificate had at `at`, read from its history: like `certificationState`, except that a
 * revocation counts only from its own date. The programme's figures for a past year are judged so.
 */
export function certificationStateOn(cert: CertificationLike, at: DateInput): CertificationState {
  const revokedThen = cert.revoked_at != null && instant(cert.revoked_at) <= instant(at)
  return certificationState({ ...cert, revoked_at: revokedThen ? cert.revoked_at : null }, at)
}

/** The certifications of one product as the register stood at `at`: revocations after `at` not yet made. */
export function currentCertificationOn<T extends CertificationLike>(certs: readonly T[], at: DateInput): T | undefined {
  const then = certs.map((cert) => (cert.revoked_at != null && instant(cert.revoked_at) > instant(at) ? { ...cert, revoked_at: null } : cert))
  const found = currentCertification(then, at)
  return found && certs[then.indexOf(found)]
}

/**
 * A five-star candidate: a valid 4 ★ certificate scoring this much or more, the province's pick of products to
 * build toward the national 5 ★ evaluation (plan 76/KH-UBND: "2–4 strong local products built toward 5 ★").
 * The plans name no threshold; 85 is the upper half of the 4 ★ band (70–89), within reach of the 90 that 5 ★
 * needs. One number here, so a province that picks otherwise changes it once.
 */
export const FIVE_STAR_CANDIDATE_MIN_SCORE = 85

export function isFiveStarCandidate(cert: CertificationLike & { score: number }, at: DateInput): boolean {
  return cert.stars === 4 && cert.score >= FIVE_STAR_CANDIDATE_MIN_SCORE && certificationStateOn(cert, at) === "valid"
}

/** "Economic organisations" of the plans (tổ chức kinh tế: doanh nghiệp, HTX): enterprises and cooperatives. */
export const ECONOMIC_ORGANISATION_KINDS: readonly ProducerEntityType[] = ["enterprise", "cooperative"]

/**
 * The instant a past year's figures are read at: the end of 31 December in Vietnam (UTC+7), so a certificate
 * decided on 31 December counts and one that expires on 1 January still stands.
 */
export function endOfYearInVietnam(year: number): Date {
  return new Date(Date.UTC(year + 1, 0, 1) - VIETNAM_OFFSET_MS - 1)
}

/**
 * The OCOP rules, in one place: star bands per criteria version, who certifies, product groups, how long a
 * certificate lives, who may be shown, phone numbers, producer and sales-point kinds.
 *
 * Pure TypeScript with no Medusa import (phone numbers read through libphonenumber's metadata), so the plugin's workflows, the seed and the tests all read the same
 * rules. Facts come from `docs/design/ocop-domain.md` and the decisions named below; a new criteria version is
 * one entry in `CRITERIA_VERSIONS`.
 */

import { parsePhoneNumberFromString } from "libphonenumber-js/max"

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

function scoreInRange(score: number) {
  return Number.isFinite(score) && score >= MIN_SCORE && score <= MAX_SCORE
}

/** Stars for a score under a criteria version; a score outside 0–100 is an error, not a band. */
export function starsForScore(score: number, version: string = CURRENT_CRITERIA_VERSION): Stars {
  const { bands } = criteriaVersion(version)
  if (!scoreInRange(score)) {
    throw new RangeError(`Điểm ${score} nằm ngoài thang ${MIN_SCORE}–${MAX_SCORE} / score ${score} is outside ${MIN_SCORE}–${MAX_SCORE}`)
  }
  return bands.find((band) => score >= band.min)!.stars
}

export type StarsCheck =
  | { ok: true; stars: Stars }
  | { ok: false; expected: Stars | null; message_vi: string; message_en: string }

/** Whether the stars someone typed agree with the score's band; the message says what to fix, in both languages. */
export function checkStarsMatchScore(stars: number, score: number, version: string = CURRENT_CRITERIA_VERSION): StarsCheck {
  criteriaVersion(version)
  if (!scoreInRange(score)) {
    return {
      ok: false,
      expected: null,
      message_vi: `Điểm ${score} nằm ngoài thang ${MIN_SCORE}–${MAX_SCORE}`,
      message_en: `score ${score} is outside ${MIN_SCORE}–${MAX_SCORE}`,
    }
  }
  const expected = starsForScore(score, version)
  if (stars === expected) return { ok: true, stars: expected }
  return {
    ok: false,
    expected,
    message_vi: `Điểm ${score} tương ứng ${expected} sao, không phải ${stars} sao`,
    message_en: `score ${score} is a ${expected}-star band, not ${stars}`,
  }
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

export const VALIDITY_MONTHS = 36
export const MIN_SHOWABLE_STARS = 3
export const REMINDER_WINDOW_DAYS = 30
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

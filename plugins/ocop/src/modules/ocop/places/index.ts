/**
 * Vietnam's administrative map since 1 July 2025 (34 provinces, communes and wards directly under them, no
 * districts) and the three delivery zones the shop prices home delivery by. Pure TypeScript, like rules.ts:
 * the store API serves it, the cart validation checks addresses against it, the seed prices delivery from it.
 */
import { foldVietnamese } from "../utils/fold"
import { UNITS_2025 } from "./units-2025"

export type Province = { code: string; name: string }
export type Ward = { code: string; name: string; province_code: string }

const provinces: Province[] = UNITS_2025.map(([code, name]) => ({ code, name }))
const wardsByProvince = new Map<string, Ward[]>()
const wardByCode = new Map<string, Ward>()
for (const [province_code, , list] of UNITS_2025) {
  const wards = list.split("|").map((entry) => {
    const at = entry.indexOf(":")
    return { code: entry.slice(0, at), name: entry.slice(at + 1), province_code }
  })
  wardsByProvince.set(province_code, wards)
  for (const ward of wards) wardByCode.set(ward.code, ward)
}

/** The 34 provinces and centrally run cities, by official code. */
export function listProvinces(): readonly Province[] {
  return provinces
}

export function findProvince(code: string | null | undefined): Province | undefined {
  return code ? provinces.find((province) => province.code === code) : undefined
}

/** The communes, wards and special zones of a province, or undefined for an unknown province. */
export function listWards(provinceCode: string): readonly Ward[] | undefined {
  return wardsByProvince.get(provinceCode)
}

/** A ward by its code, only when it lies in that province. */
export function findWard(provinceCode: string | null | undefined, wardCode: string | null | undefined): Ward | undefined {
  if (!provinceCode || !wardCode) return undefined
  const ward = wardByCode.get(wardCode)
  return ward?.province_code === provinceCode ? ward : undefined
}

// ---------------------------------------------------------------------------------------------------------
// Places by name, as people type them
// ---------------------------------------------------------------------------------------------------------

/** What a typed place name is: one unit, several that read alike (`candidates`), or none (`closest` names). */
export type PlaceMatch<T> = { found: T } | { ambiguous: T[] } | { unknown: true; closest: T[] }

const PROVINCE_PREFIX = /^(tinh|thanh pho|tp\.?)\s+/
const WARD_PREFIX = /^(phuong|xa|dac khu|thi tran|p\.|x\.)\s*/

/** Folded, apostrophes and punctuation dropped: "Cư M'gar" and "cu mgar", "Văn Miếu - Quốc Tử Giám" and "van mieu quoc tu giam" meet. */
const fold = (text: string) =>
  foldVietnamese(text)
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9.]+/g, " ")
    .trim()

const keyOf = (name: string, prefix: RegExp) => fold(name).replace(prefix, "").replace(/\./g, "").trim()

/**
 * A unit by what a person typed: accents, case, apostrophes and the kind's word ("Tỉnh", "Phường", "Xã") are
 * optional, so "Đắk Lắk", "Dak Lak", "dak lak" and "Tỉnh Đắk Lắk" are the same province. When several units
 * read the same without accents or without their kind ("Tân An": a commune and a ward of one province), the
 * kind or the accents as typed decide; if they do not, the answer is ambiguous.
 */
function matchByName<T extends { name: string }>(units: readonly T[], typed: string, prefix: RegExp): PlaceMatch<T> {
  const key = keyOf(typed, prefix)
  if (!key) return { unknown: true, closest: [] }
  const same = units.filter((unit) => keyOf(unit.name, prefix) === key)
  if (same.length === 1) return { found: same[0]! }
  if (same.length > 1) {
    const exact = typed.normalize("NFC").trim().toLowerCase()
    const byKind = same.filter((unit) => fold(unit.name) === fold(typed))
    if (byKind.length === 1) return { found: byKind[0]! }
    const byAccents = same.filter((unit) => {
      const name = unit.name.normalize("NFC").toLowerCase()
      return name === exact || name.endsWith(` ${exact}`)
    })
    if (byAccents.length === 1) return { found: byAccents[0]! }
    return { ambiguous: same }
  }
  return { unknown: true, closest: closestNames(units, key, prefix) }
}

/** The three units whose names are nearest to the typed key (edit distance on folded names, then name order). */
function closestNames<T extends { name: string }>(units: readonly T[], key: string, prefix: RegExp): T[] {
  return units
    .map((unit) => {
      const name = keyOf(unit.name, prefix)
      // A name that starts with what was typed ("krong" → "Krông Năng") is nearer than its length suggests.
      const distance = name.startsWith(key) || key.startsWith(name) ? Math.abs(name.length - key.length) / 4 : editDistance(name, key)
      return { unit, distance }
    })
    .sort((a, b) => a.distance - b.distance || a.unit.name.localeCompare(b.unit.name, "vi"))
    .slice(0, 3)
    .map(({ unit }) => unit)
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}

/** A province by its two-digit code or by its name as typed. */
export function matchProvince(typed: string): PlaceMatch<Province> {
  const code = typed.trim()
  if (/^\d{1,2}$/.test(code)) {
    const province = findProvince(code.padStart(2, "0"))
    return province ? { found: province } : { unknown: true, closest: [] }
  }
  return matchByName(provinces, typed, PROVINCE_PREFIX)
}

/** A commune, ward or special zone of a province by its five-digit code or by its name as typed. */
export function matchWard(provinceCode: string, typed: string): PlaceMatch<Ward> {
  const wards = wardsByProvince.get(provinceCode) ?? []
  const code = typed.trim()
  if (/^\d{5}$/.test(code)) {
    const ward = findWard(provinceCode, code)
    return ward ? { found: ward } : { unknown: true, closest: [] }
  }
  return matchByName(wards, typed, WARD_PREFIX)
}

// ---------------------------------------------------------------------------------------------------------
// Delivery zones
// ---------------------------------------------------------------------------------------------------------

export const DAK_LAK_PROVINCE_CODE = "66"

/**
 * The provinces that border Đắk Lắk since the merger: Gia Lai (with the old Bình Định) to the north, Khánh Hòa
 * (with the old Ninh Thuận) to the south-east, Lâm Đồng (with the old Đắk Nông and Bình Thuận) to the south-west.
 * Parcels from the Buôn Ma Thuột warehouse reach them overnight by the same carriers.
 */
export const NEIGHBOURS_OF_DAK_LAK = ["52", "56", "68"] as const

export type DeliveryZoneCode = "dak_lak" | "neighbours" | "rest_of_vietnam"

export type DeliveryZone = {
  code: DeliveryZoneCode
  name_vi: string
  name_en: string
  /** What home delivery costs there, VND, VAT included. */
  price_vnd: number
  /** Working days from the warehouse, as promised to shoppers. */
  days: string
  province_codes: readonly string[]
}

export const DELIVERY_ZONES: readonly DeliveryZone[] = [
  {
    code: "dak_lak",
    name_vi: "Trong tỉnh Đắk Lắk",
    name_en: "Within Đắk Lắk",
    price_vnd: 20000,
    days: "1–2",
    province_codes: [DAK_LAK_PROVINCE_CODE],
  },
  {
    code: "neighbours",
    name_vi: "Tỉnh lân cận (Gia Lai, Khánh Hòa, Lâm Đồng)",
    name_en: "Neighbouring provinces (Gia Lai, Khánh Hòa, Lâm Đồng)",
    price_vnd: 35000,
    days: "2–3",
    province_codes: NEIGHBOURS_OF_DAK_LAK,
  },
  {
    code: "rest_of_vietnam",
    name_vi: "Các tỉnh, thành phố khác",
    name_en: "Rest of Vietnam",
    price_vnd: 45000,
    days: "3–5",
    province_codes: provinces
      .map((province) => province.code)
      .filter((code) => code !== DAK_LAK_PROVINCE_CODE && !(NEIGHBOURS_OF_DAK_LAK as readonly string[]).includes(code)),
  },
]

export function deliveryZoneOf(provinceCode: string): DeliveryZone | undefined {
  return DELIVERY_ZONES.find((zone) => zone.province_codes.includes(provinceCode))
}

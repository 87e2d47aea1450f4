/**
 * Vietnam's administrative map since 1 July 2025 (34 provinces, communes and wards directly under them, no
 * districts) and the three delivery zones the shop prices home delivery by. Pure TypeScript, like rules.ts:
 * the store API serves it, the cart validation checks addresses against it, the seed prices delivery from it.
 */
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

/**
 * The national register's shape for `npm run seed -- --scale N --provinces all` (or a list of province codes):
 * producers and sales points spread over the 34 provinces and cities of the July 2025 map, each in a real ward
 * of its province (the plugin's places), near the province's seat. What is real: the provinces, their wards and
 * codes, the seats' coordinates (to about a kilometre). What is invented: everything else, as in catalogue.ts.
 */
import { foldVietnamese } from "@ocop/medusa-plugin-ocop/fold"
import { findProvince, listProvinces, listWards, type Ward } from "@ocop/medusa-plugin-ocop/places"
import type { SalesPointType } from "@ocop/medusa-plugin-ocop/rules"
import type { SeedSalesPoint } from "../data"
import { random, type Random } from "./prng"
import { HIGHLAND_CLANS, MOBILE_PREFIXES } from "./vocabulary"

/** Where each province is run from since July 2025 (the seat of its People's Committee), latitude and longitude. */
export const PROVINCE_SEATS: Readonly<Record<string, readonly [number, number]>> = {
  "01": [21.0285, 105.8542], // Hà Nội
  "04": [22.6657, 106.257], // Cao Bằng
  "08": [21.8236, 105.214], // Tuyên Quang
  "11": [21.386, 103.023], // Điện Biên Phủ
  "12": [22.3964, 103.4582], // Lai Châu
  "14": [21.327, 103.914], // Sơn La
  "15": [21.7229, 104.9113], // Lào Cai, seated in Yên Bái
  "19": [21.5942, 105.8482], // Thái Nguyên
  "20": [21.8537, 106.7615], // Lạng Sơn
  "22": [20.9517, 107.08], // Quảng Ninh, at Hạ Long
  "24": [21.2731, 106.1946], // Bắc Ninh, seated in Bắc Giang
  "25": [21.3227, 105.402], // Phú Thọ, at Việt Trì
  "31": [20.8449, 106.6881], // Hải Phòng
  "33": [20.4463, 106.3366], // Hưng Yên, seated in Thái Bình
  "37": [20.2506, 105.9745], // Ninh Bình
  "38": [19.8067, 105.7852], // Thanh Hóa
  "40": [18.6796, 105.6813], // Nghệ An, at Vinh
  "42": [18.3428, 105.9057], // Hà Tĩnh
  "44": [17.4689, 106.6223], // Quảng Trị, seated in Đồng Hới
  "46": [16.4637, 107.5909], // Huế
  "48": [16.0544, 108.2022], // Đà Nẵng
  "51": [15.1214, 108.8044], // Quảng Ngãi
  "52": [13.782, 109.219], // Gia Lai, seated in Quy Nhơn
  "56": [12.2388, 109.1967], // Khánh Hòa, at Nha Trang
  "66": [12.6667, 108.05], // Đắk Lắk, at Buôn Ma Thuột
  "68": [11.9404, 108.4583], // Lâm Đồng, at Đà Lạt
  "75": [10.9574, 106.8427], // Đồng Nai, at Biên Hòa
  "79": [10.7769, 106.7009], // Hồ Chí Minh City
  "80": [10.5359, 106.4137], // Tây Ninh, seated in Tân An
  "82": [10.36, 106.36], // Đồng Tháp, seated in Mỹ Tho
  "86": [10.2537, 105.9722], // Vĩnh Long
  "91": [10.012, 105.0809], // An Giang, seated in Rạch Giá
  "92": [10.0452, 105.7469], // Cần Thơ
  "96": [9.1769, 105.1524], // Cà Mau
}

/** `all`, or comma-separated codes such as `66,79`; every code must be a province of the July 2025 map. */
export function parseProvinces(value: string): string[] {
  if (value === "all") return listProvinces().map((province) => province.code)
  const codes = [...new Set(value.split(",").map((code) => code.trim()))]
  const unknown = codes.filter((code) => !findProvince(code))
  if (!codes.length || unknown.length) throw new Error(`--provinces takes "all" or province codes such as 66,79 (unknown: ${unknown.join(", ") || value})`)
  return codes
}

/** A place of a province, as generated producers and sales points need it. */
export type NationalPlace = {
  province_code: string
  ward: Ward
  /** "phường Ba Đình, thành phố Hà Nội" */
  tail: string
  /** "Ba Đình" */
  commune: string
  /** "Hà Nội" */
  province_name: string
  urban: boolean
  latitude: number
  longitude: number
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/** A ward of `provinceCode` drawn by `rng`, placed within a few kilometres of the province's seat. */
export function placeIn(rng: Random, provinceCode: string): NationalPlace {
  const province = findProvince(provinceCode)!
  const ward = rng.pick(listWards(provinceCode)!)
  const [lat, lng] = PROVINCE_SEATS[provinceCode]!
  return {
    province_code: provinceCode,
    ward,
    tail: `${lowerFirst(ward.name)}, ${lowerFirst(province.name)}`,
    commune: ward.name.replace(/^(Xã|Phường|Đặc khu) /, ""),
    province_name: province.name.replace(/^(Tỉnh|Thành phố) /, ""),
    urban: ward.name.startsWith("Phường"),
    // Within about 3 km of the seat: inland of the coast for the seaside seats, and on the province's own ground.
    latitude: Number((lat + (rng.next() - 0.5) * 0.05).toFixed(4)),
    longitude: Number((lng + (rng.next() - 0.5) * 0.05).toFixed(4)),
  }
}

/**
 * Sales points of the generated network in each province: 816 over the 34, about one per 25 products at 20 000.
 * A fixed network, whatever N: product i is sold at the same points in every run, so a second run adds nothing.
 */
export const SALES_POINTS_PER_PROVINCE = 24

const SALES_POINT_KINDS: readonly (readonly [SalesPointType, number])[] = [
  ["market_kiosk", 60],
  ["kiosk_cluster", 25],
  ["wholesale_kiosk_cluster", 10],
  ["fair_booth", 5],
]

const NAME_OF: Record<SalesPointType, (commune: string) => string> = {
  market_kiosk: (commune) => `Ki ốt OCOP chợ ${commune}`,
  kiosk_cluster: (commune) => `Điểm giới thiệu sản phẩm OCOP ${commune}`,
  wholesale_kiosk_cluster: (commune) => `Cụm ki ốt OCOP chợ đầu mối ${commune}`,
  fair_booth: (commune) => `Gian hàng OCOP hội chợ ${commune}`,
}

/** Sales point k (0-based) of the generated national network, in `provinces[k % provinces.length]`. */
export function generateSalesPoint(k: number, provinces: readonly string[]): SeedSalesPoint {
  const rng = random(`ocop-generated-sales-point-${k}`)
  const place = placeIn(rng, provinces[k % provinces.length]!)
  const type = rng.weighted(SALES_POINT_KINDS)
  const name = `${NAME_OF[type](place.commune)} (${k + 1})`
  const street = place.urban ? `Số ${rng.int(1, 300)} đường ${rng.pick(["Lê Lợi", "Trần Phú", "Hùng Vương", "Nguyễn Huệ", "Quang Trung"])}` : `Thôn ${rng.int(1, 15)}`
  const address = `${street}, ${place.tail}`
  const digits = String(rng.int(0, 9_999_999)).padStart(7, "0")
  return {
    handle: `diem-ban-ocop-${slugOf(place.commune)}-n${k + 1}`,
    name,
    type,
    market_name: type === "kiosk_cluster" ? `Trung tâm ${place.commune}` : `Chợ ${place.commune}`,
    address,
    province_code: place.province_code,
    ward_code: place.ward.code,
    address_as_certified: address,
    latitude: place.latitude,
    longitude: place.longitude,
    opening_hours: type === "fair_booth" ? "8:00–21:00 trong những ngày hội chợ" : "7:00–18:00 hằng ngày",
    opening_hours_en: type === "fair_booth" ? "8 am – 9 pm on fair days" : "7 am – 6 pm daily",
    phone: `0${rng.pick(MOBILE_PREFIXES)}${digits[0]} ${digits.slice(1, 4)} ${digits.slice(4)}`,
    active: true,
  }
}

/** The generated network: 24 points in each of `provinces`. */
export function generateSalesPoints(provinces: readonly string[]): SeedSalesPoint[] {
  return Array.from({ length: SALES_POINTS_PER_PROVINCE * provinces.length }, (_, k) => generateSalesPoint(k, provinces))
}

/** A village or street block for a producer's address in `place`. */
export function villageIn(rng: Random, place: NationalPlace) {
  return place.urban ? `Tổ dân phố ${rng.int(1, 12)}` : rng.next() < 0.2 ? `Bản ${rng.pick(HIGHLAND_CLANS)}` : `Thôn ${rng.int(1, 15)}`
}

const slugOf = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")

/** The shapes the plugin's admin routes answer with (plugins/ocop/src/api/admin/ocop/helpers.ts). */
import type { CertificationState, ProducerEntityType, SalesPointType } from "../../modules/ocop/rules"

export type ProductRef = { id: string; title: string; handle: string; status: string; thumbnail: string | null }

export type Producer = {
  id: string
  handle: string
  name: string
  entity_type: ProducerEntityType
  representative: string
  phone: string
  email: string | null
  province_code: string
  ward_code: string
  address_line: string
  address_as_certified: string
  latitude: number | null
  longitude: number | null
  story_vi: string
  story_en: string | null
  founded_year: number | null
  product_count?: number
  products?: ProductRef[]
}

export type SalesPoint = {
  id: string
  handle: string
  name: string
  type: SalesPointType
  market_name: string
  address: string
  province_code: string
  ward_code: string
  address_as_certified: string
  latitude: number
  longitude: number
  opening_hours_vi: string
  opening_hours_en: string | null
  phone: string
  active: boolean
  product_count?: number
  products?: ProductRef[]
  stock_location: { id: string; name: string } | null
}

export type Certification = {
  id: string
  product_id: string | null
  stars: number
  score: number
  criteria_version: string
  group: string
  sub_group: string | null
  level: "province" | "national" | null
  certificate_no: string | null
  decision_no: string | null
  issued_at: string
  expires_at: string
  revoked_at: string | null
  revoked_reason: string | null
  renews_id: string | null
  state: CertificationState
  created_at: string
}

export type ProductOcop = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  current_certification: Certification | null
  certifications: Certification[]
  producer: { id: string; handle: string; name: string; entity_type: ProducerEntityType; province_code: string; address_as_certified: string } | null
  sales_points: { id: string; handle: string; name: string; type: SalesPointType; active: boolean }[]
  listed: boolean
}

export type Page<K extends string, T> = { [key in K]: T[] } & { count: number; limit: number; offset: number }

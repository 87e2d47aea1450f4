/**
 * What the admin routes answer with, shared with the dashboard extensions (src/admin/lib/types.ts). Types only,
 * without server imports, so the admin's browser build can read them.
 */
import type { CertificationState, ProducerEntityType, SalesPointType } from "../../../modules/ocop/rules"

export type AdminCertification = {
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

export type AdminProductOcop = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  current_certification: AdminCertification | null
  /** Newest first. */
  certifications: AdminCertification[]
  producer: {
    id: string
    handle: string
    name: string
    entity_type: ProducerEntityType
    province_code: string
    address_as_certified: string
  } | null
  sales_points: { id: string; handle: string; name: string; type: SalesPointType; active: boolean }[]
  /** Whether the store lists it right now. */
  listed: boolean
}

/**
 * A certification as the admin routes answer with it, shared with the dashboard (src/admin/lib/types.ts). Types
 * only, without server imports, so the admin's browser build can read them.
 */
import type { CertificationState } from "../../../../modules/ocop/rules"

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

/** A row of the certificates list: the certification with its product, producer, old district and renewal pipeline. */
export type AdminListedCertification = AdminCertification & {
  product: { id: string; title: string; handle: string } | null
  producer: { id: string; name: string; handle: string; entity_type: string; email: string | null } | null
  district: { code: string; name: string } | null
  /** The certification that renewed this one, if any: it needs no reminder. */
  renewed_by: string | null
  last_reminder: { key: string; stage: number | null; sent_at: string | null; created_at: string } | null
}

export type AdminRemindResult = { reminded: string[]; already_reminded_today: string[] }

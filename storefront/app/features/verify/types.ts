/** The Store API's verification shapes (docs/store-api.md, "Verification"). */
export type VerificationStatus = "valid" | "expiring" | "expired" | "revoked" | "superseded" | "not_yet_valid"

export type Verification = {
  certificate_no: string
  status: VerificationStatus
  stars: number
  score: number
  group: string
  sub_group: string | null
  criteria_version: string
  decision_no: string | null
  decision_body: string | null
  decided_at: string
  level: "province" | "national"
  issued_at: string
  expires_at: string
  /** Calendar days in Vietnam from today to the expiry's day, at least 0. */
  days_left: number
  revoked_at: string | null
  successor: { certificate_no: string | null; stars: number; issued_at: string } | null
  product: { handle: string; title: string; showable: boolean }
  producer: { handle: string; name: string; entity_type: string; province_code: string | null } | null
}

export type Suggestion = { certificate_no: string; product_title: string }

export type StampWarning = "many_checks" | "far_apart" | "stars_changed"

export type StampSummary = {
  code: string
  certificate_no: string
  printed_stars: number
  first_checked_at: string
  checks: number
  networks: number
  located_checks: number
  warning: StampWarning | null
  check_id: string
}

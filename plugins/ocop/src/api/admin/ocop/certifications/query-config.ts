export const CERTIFICATION_FIELDS = [
  "id", "stars", "score", "criteria_version", "group_code", "sub_group_code", "level", "certificate_no",
  "decision_no", "issued_at", "expires_at", "revoked_at", "revoked_reason", "renews_id", "expiring_notified_at",
  "lapsed_at", "created_at",
]

export const listTransformQueryConfig = { defaults: CERTIFICATION_FIELDS, isList: true }

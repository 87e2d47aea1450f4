export const PRODUCER_FIELDS = [
  "id", "handle", "name", "entity_type", "representative", "phone", "email", "province_code", "ward_code",
  "address_line", "address_as_certified", "latitude", "longitude", "story_vi", "story_en", "founded_year",
  "created_at", "updated_at",
]

export const listTransformQueryConfig = { defaults: PRODUCER_FIELDS, isList: true }

export const SALES_POINT_FIELDS = [
  "id", "handle", "name", "type", "market_name", "address", "province_code", "ward_code", "address_as_certified",
  "latitude", "longitude", "opening_hours_vi", "opening_hours_en", "phone", "active", "created_at", "updated_at",
]

export const listTransformQueryConfig = { defaults: SALES_POINT_FIELDS, isList: true }

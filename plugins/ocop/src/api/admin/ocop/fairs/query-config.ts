export const FAIR_FIELDS = [
  "id", "handle", "name", "name_en", "organiser", "organiser_phone", "organiser_email", "venue_name", "address",
  "province_code", "ward_code", "latitude", "longitude", "starts_at", "ends_at", "opening_hours_vi", "opening_hours_en",
  "description_vi", "description_en", "cover_image", "floor_columns", "floor_rows", "published", "created_at", "updated_at",
]

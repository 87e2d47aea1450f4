import { model } from "@medusajs/framework/utils"
import { PRODUCER_ENTITY_TYPE_CODES } from "../rules"

/**
 * A chủ thể OCOP: the enterprise, cooperative, cooperative group or household that owns certified products.
 * Place is kept twice on purpose: official codes after the 2025 reform (province, ward) for filtering, and
 * the address as printed on the certificate, which still names the old district buyers know.
 */
export const Producer = model
  .define({ name: "Producer", tableName: "ocop_producer" }, {
    id: model.id({ prefix: "ocprod" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    entity_type: model.enum(PRODUCER_ENTITY_TYPE_CODES),
    representative: model.text(),
    phone: model.text(),
    email: model.text().nullable(),
    province_code: model.text().index(),
    ward_code: model.text(),
    address_line: model.text(),
    address_as_certified: model.text(),
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    story_vi: model.text().default(""),
    story_en: model.text().nullable(),
    founded_year: model.number().nullable(),
  })
  .checks([
    { name: "ocop_producer_latitude_range", expression: (c) => `${c.latitude} IS NULL OR ${c.latitude} BETWEEN -90 AND 90` },
    { name: "ocop_producer_longitude_range", expression: (c) => `${c.longitude} IS NULL OR ${c.longitude} BETWEEN -180 AND 180` },
  ])

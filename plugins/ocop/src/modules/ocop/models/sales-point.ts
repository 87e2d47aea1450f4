import { model } from "@medusajs/framework/utils"
import { SALES_POINT_TYPE_CODES } from "../rules"

/**
 * A place where shoppers buy OCOP products: the kiosk clusters, market kiosks and wholesale-market clusters of
 * the province's plan, and booths at trade fairs. Linked to the products it carries and to a stock location
 * for pickup.
 */
export const SalesPoint = model
  .define({ name: "SalesPoint", tableName: "ocop_sales_point" }, {
    id: model.id({ prefix: "ocsp" }).primaryKey(),
    handle: model.text().unique(),
    name: model.text().searchable(),
    type: model.enum(SALES_POINT_TYPE_CODES),
    market_name: model.text(),
    address: model.text(),
    province_code: model.text().index(),
    ward_code: model.text(),
    address_as_certified: model.text(),
    latitude: model.float(),
    longitude: model.float(),
    opening_hours_vi: model.text(),
    opening_hours_en: model.text().nullable(),
    phone: model.text(),
    active: model.boolean().default(true),
  })
  .checks([
    { name: "ocop_sales_point_latitude_range", expression: (c) => `${c.latitude} BETWEEN -90 AND 90` },
    { name: "ocop_sales_point_longitude_range", expression: (c) => `${c.longitude} BETWEEN -180 AND 180` },
  ])

import { z } from "@medusajs/framework/zod"
import { SALES_POINT_TYPE_CODES } from "../../../../modules/ocop/rules"
import { Flag, Id, Latitude, Longitude, namedPlaceFields, namedPlaceListParams, Text } from "../../../utils/validators"

export const AdminListSalesPoints = z
  .object({ ...namedPlaceListParams, type: z.enum(SALES_POINT_TYPE_CODES).optional(), active: Flag.optional() })
  .strict()
export type AdminListSalesPointsType = z.infer<typeof AdminListSalesPoints>

const salesPointFields = {
  ...namedPlaceFields,
  type: z.enum(SALES_POINT_TYPE_CODES),
  // A fair booth stands in no market: the name may be empty.
  market_name: z.string(),
  address: Text,
  // Shoppers find a sales point on the map.
  latitude: Latitude,
  longitude: Longitude,
  opening_hours_vi: Text,
  opening_hours_en: z.string().nullish(),
  active: z.boolean().optional(),
}
export const AdminCreateSalesPoint = z.object(salesPointFields).strict()
export type AdminCreateSalesPointType = z.infer<typeof AdminCreateSalesPoint>
export const AdminUpdateSalesPoint = z.object(salesPointFields).partial().strict()
export type AdminUpdateSalesPointType = z.infer<typeof AdminUpdateSalesPoint>

export const AdminSetSalesPointProducts = z.object({ product_ids: z.array(Id) }).strict()
export type AdminSetSalesPointProductsType = z.infer<typeof AdminSetSalesPointProducts>
export const AdminSetSalesPointStockLocation = z.object({ stock_location_id: Id.nullable() }).strict()
export type AdminSetSalesPointStockLocationType = z.infer<typeof AdminSetSalesPointStockLocation>

import { z } from "@medusajs/framework/zod"
import { SALES_POINT_TYPE_CODES } from "../../../../modules/ocop/rules"
import {
  Flag,
  Handle,
  Id,
  Latitude,
  Longitude,
  ordering,
  paging,
  Phone,
  ProvinceCode,
  Text,
  WardCode,
} from "../../../utils/validators"

export const AdminListSalesPoints = z
  .object({
    q: z.string().optional(),
    type: z.enum(SALES_POINT_TYPE_CODES).optional(),
    province_code: z.string().optional(),
    active: Flag.optional(),
    ...paging(),
    ...ordering(["name", "-name", "handle", "-handle", "created_at", "-created_at"], "name"),
  })
  .strict()
export type AdminListSalesPointsType = z.infer<typeof AdminListSalesPoints>

const salesPointFields = {
  handle: Handle,
  name: Text,
  type: z.enum(SALES_POINT_TYPE_CODES),
  // A fair booth stands in no market: the name may be empty.
  market_name: z.string(),
  address: Text,
  province_code: ProvinceCode,
  ward_code: WardCode,
  address_as_certified: Text,
  latitude: Latitude,
  longitude: Longitude,
  opening_hours_vi: Text,
  opening_hours_en: z.string().nullish(),
  phone: Phone,
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

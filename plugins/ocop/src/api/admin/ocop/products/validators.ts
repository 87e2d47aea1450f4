import { z } from "@medusajs/framework/zod"
import { Id } from "../../../utils/validators"

export const AdminSetProductProducer = z.object({ producer_id: Id.nullable() }).strict()
export type AdminSetProductProducerType = z.infer<typeof AdminSetProductProducer>
export const AdminSetProductSalesPoints = z.object({ sales_point_ids: z.array(Id) }).strict()
export type AdminSetProductSalesPointsType = z.infer<typeof AdminSetProductSalesPoints>

import { z } from "@medusajs/framework/zod"
import { paging } from "../../../utils/validators"

/** The stock check's violations, a page at a time (there are none while checkout works). */
export const AdminStockCheck = z.object(paging(50)).strict()
export type AdminStockCheckType = z.infer<typeof AdminStockCheck>

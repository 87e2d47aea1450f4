import { z } from "@medusajs/framework/zod"
// From the model, not producers/assortment.ts: validators stay loadable without Medusa's links (the fuzz test reads them).
import { SALES_POINT_ACTIONS, type SalesPointAction } from "../../../modules/marketplace/models/product-change-request"
import { bilingual, paging, required } from "../../utils/validators"

/*
 * A producer's place in the programme's sales points (docs/decisions/044): strict, as all of `/producer/*`.
 * Checks are refinements, whose message Medusa passes through in both languages (it words its own range and enum
 * messages in English only).
 */

/** The sales points, by name, a page at a time (22 in the province's plan: one page of 100 holds them all). */
export const ProducerListSalesPoints = z.object(paging()).strict()
export type ProducerListSalesPointsType = z.infer<typeof ProducerListSalesPoints>

const CHOOSE_A_SALES_POINT = ["Hãy chọn điểm bán", "choose a sales point"] as const
const ADD_OR_REMOVE = ["Hãy chọn thêm (add) hoặc thôi bán (remove)", "action is add or remove"] as const

/** Ask the programme to sell the product at a sales point (`add`) or to take it off (`remove`). */
export const ProducerRequestSalesPoint = z
  .object({
    sales_point_id: required(
      z
        .string(bilingual(...CHOOSE_A_SALES_POINT))
        .refine((id) => id.trim().length > 0 && id.length <= 100, bilingual(...CHOOSE_A_SALES_POINT))
        .transform((id) => id.trim()),
      ...CHOOSE_A_SALES_POINT
    ),
    action: required(
      z
        .string(bilingual(...ADD_OR_REMOVE))
        .refine((action) => (SALES_POINT_ACTIONS as readonly string[]).includes(action), bilingual(...ADD_OR_REMOVE))
        .transform((action) => action as SalesPointAction),
      ...ADD_OR_REMOVE
    ),
  })
  .strict()
export type ProducerRequestSalesPointType = z.infer<typeof ProducerRequestSalesPoint>

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { replaceLinksStep } from "./steps/replace-links"

export type SetSalesPointStockLocationInput = { sales_point_id: string; stock_location_id: string | null }

/** Names the stock location a sales point hands pickup orders from (or, with null, none); the catalogue does not change. */
export const setSalesPointStockLocationWorkflow = createWorkflow(
  "ocop-set-sales-point-stock-location",
  (input: SetSalesPointStockLocationInput) => {
    const changed = replaceLinksStep(
      transform({ input }, ({ input }) => ({
        link: "sales_point_stock_location" as const,
        id: input.sales_point_id,
        target_ids: input.stock_location_id ? [input.stock_location_id] : [],
      }))
    )
    return new WorkflowResponse(changed)
  }
)

import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { assertHandlesFreeStep } from "./steps/assert-handles-free"
import { findLinkedProductsStep } from "./steps/find-linked-products"
import { updateSalesPointsStep, type SalesPointUpdate } from "./steps/update-sales-points"

export type UpdateSalesPointsInput = { sales_points: SalesPointUpdate[] }

/**
 * Changes sales points, then rewrites the cards of the products they carry: a renamed handle or a point
 * closed (`active: false`) changes where the store says a product can be bought.
 */
export const updateSalesPointsWorkflow = createWorkflow("ocop-update-sales-points", (input: UpdateSalesPointsInput) => {
  const ids = transform({ input }, ({ input }) => input.sales_points.map((p) => p.id))
  const linked = findLinkedProductsStep(transform({ ids }, ({ ids }) => ({ entity: "sales_point" as const, ids })))
  assertHandlesFreeStep(transform({ input }, ({ input }) => ({ entity: "sales_point" as const, items: input.sales_points })))
  const updated = updateSalesPointsStep(input.sales_points)
  refreshOcopProductsWorkflow.runAsStep({ input: transform({ linked }, ({ linked }) => ({ product_ids: linked.product_ids })) })
  return new WorkflowResponse(updated)
})

import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { OCOP_MODULE } from "../modules/ocop"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { findLinkedProductsStep } from "./steps/find-linked-products"
import { deleteSalesPointsStep } from "./steps/update-sales-points"

export type DeleteSalesPointsInput = { ids: string[] }

/**
 * Deletes sales points with their links to products and to a stock location, then rewrites the cards of the
 * products they carried, which no longer name them. Unlike a producer, a sales point is not part of a
 * product's certificate, so deleting one that still carries products is allowed.
 */
export const deleteSalesPointsWorkflow = createWorkflow("ocop-delete-sales-points", (input: DeleteSalesPointsInput) => {
  const linked = findLinkedProductsStep(transform({ input }, ({ input }) => ({ entity: "sales_point" as const, ids: input.ids })))
  removeRemoteLinkStep(
    transform({ input }, ({ input }): DeleteEntityInput[] => [{ [OCOP_MODULE]: { sales_point_id: input.ids } }])
  )
  const deleted = deleteSalesPointsStep(input.ids)
  refreshOcopProductsWorkflow.runAsStep({ input: transform({ linked }, ({ linked }) => ({ product_ids: linked.product_ids })) })
  return new WorkflowResponse(deleted)
})

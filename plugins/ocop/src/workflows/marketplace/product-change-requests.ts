import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import type { ProductChangeKind } from "../../modules/marketplace/models/product-change-request"

export type RequestProductChangeInput = {
  producer_id: string
  product_id: string
  kind: ProductChangeKind
  changes: Record<string, unknown>
  requested_by: string
}

/**
 * Files a change to a certified product for the programme's review. A new title replaces the product's earlier
 * title request still waiting (withdrawn), since only the latest wording matters; undo restores both.
 */
const requestProductChangeStep = createStep(
  "ocop-request-product-change",
  async (input: RequestProductChangeInput, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const replaced =
      input.kind === "title"
        ? await marketplace.listProductChangeRequests({ product_id: input.product_id, kind: "title", status: "pending" }, { select: ["id"] })
        : []
    if (replaced.length) await marketplace.updateProductChangeRequests(replaced.map((r) => ({ id: r.id, status: "withdrawn" as const })))
    const created = await marketplace.createProductChangeRequests({ ...input, status: "pending" })
    return new StepResponse(created, { id: created.id, replaced: replaced.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteProductChangeRequests(undo.id)
    if (undo.replaced.length) await marketplace.updateProductChangeRequests(undo.replaced.map((id) => ({ id, status: "pending" as const })))
  }
)

export const requestProductChangeWorkflow = createWorkflow("ocop-request-product-change", (input: RequestProductChangeInput) => {
  return new WorkflowResponse(requestProductChangeStep(input))
})

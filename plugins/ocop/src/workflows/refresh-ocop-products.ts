import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { projectProductsStep, type ProjectProductsInput } from "./steps/project-products"
import { syncStorefrontChannelStep } from "./steps/sync-storefront-channel"

/**
 * Brings the catalogue rows and storefront membership of some products in line with their current
 * certification, producer and sales points. Every workflow that changes one of those ends with it.
 */
export const refreshOcopProductsWorkflow = createWorkflow(
  "ocop-refresh-products",
  (input: ProjectProductsInput) => {
    const projected = projectProductsStep(input)
    syncStorefrontChannelStep(projected)
    return new WorkflowResponse(projected)
  }
)

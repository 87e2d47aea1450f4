import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { replaceLinksStep } from "./steps/replace-links"

export type AttachProducerInput = { product_id: string; producer_id: string | null }

/** Says who makes a product (or, with null, that nobody is recorded), and updates its catalogue card. */
export const attachProducerWorkflow = createWorkflow("ocop-attach-producer", (input: AttachProducerInput) => {
  const linkInput = transform({ input }, ({ input }) => ({
    link: "product_producer" as const,
    id: input.product_id,
    target_ids: input.producer_id ? [input.producer_id] : [],
  }))
  const changed = replaceLinksStep(linkInput)
  const refreshInput = transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))
  refreshOcopProductsWorkflow.runAsStep({ input: refreshInput })
  return new WorkflowResponse(changed)
})

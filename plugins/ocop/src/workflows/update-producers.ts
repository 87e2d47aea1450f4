import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOcopProductsWorkflow } from "./refresh-ocop-products"
import { assertHandlesFreeStep } from "./steps/assert-handles-free"
import { findLinkedProductsStep } from "./steps/find-linked-products"
import { updateProducersStep, type ProducerUpdate } from "./steps/update-producers"

export type UpdateProducersInput = { producers: ProducerUpdate[] }

/**
 * Changes producers, then rewrites the catalogue cards of their products, which carry the producer's name,
 * kind and place: the store never shows a name the programme has corrected.
 */
export const updateProducersWorkflow = createWorkflow("ocop-update-producers", (input: UpdateProducersInput) => {
  const ids = transform({ input }, ({ input }) => input.producers.map((p) => p.id))
  const linked = findLinkedProductsStep(transform({ ids }, ({ ids }) => ({ entity: "producer" as const, ids })))
  assertHandlesFreeStep(transform({ input }, ({ input }) => ({ entity: "producer" as const, items: input.producers })))
  const updated = updateProducersStep(input.producers)
  refreshOcopProductsWorkflow.runAsStep({ input: transform({ linked }, ({ linked }) => ({ product_ids: linked.product_ids })) })
  return new WorkflowResponse(updated)
})

import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertProducersHaveNoProductsStep, deleteProducersStep } from "./steps/delete-producers"

export type DeleteProducersInput = { ids: string[] }

/**
 * Deletes producers that no longer have products; one that still has some is refused (move its products to
 * another producer first, with attachProducerWorkflow). So no catalogue card ever loses its provenance here.
 * See docs/decisions/005-admin-api.md.
 */
export const deleteProducersWorkflow = createWorkflow("ocop-delete-producers", (input: DeleteProducersInput) => {
  assertProducersHaveNoProductsStep(input.ids)
  const deleted = deleteProducersStep(input.ids)
  return new WorkflowResponse(deleted)
})

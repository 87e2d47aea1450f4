import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertHandlesFreeStep } from "./steps/assert-handles-free"
import { createProducersStep, type ProducerInput } from "./steps/create-producers"

export const createProducersWorkflow = createWorkflow("ocop-create-producers", (input: { producers: ProducerInput[] }) => {
  assertHandlesFreeStep(transform({ input }, ({ input }) => ({ entity: "producer" as const, items: input.producers })))
  return new WorkflowResponse(createProducersStep(input.producers))
})

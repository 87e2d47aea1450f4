import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducersStep, type ProducerInput } from "./steps/create-producers"

export const createProducersWorkflow = createWorkflow("ocop-create-producers", (input: { producers: ProducerInput[] }) => {
  return new WorkflowResponse(createProducersStep(input.producers))
})

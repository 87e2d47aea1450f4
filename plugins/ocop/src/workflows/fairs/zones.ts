import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createZoneStep, deleteZoneStep, updateZoneStep, type ZoneInput, type ZoneUpdate } from "./steps/zone-steps"

export const createFairZoneWorkflow = createWorkflow("ocop-create-fair-zone", (input: ZoneInput) => new WorkflowResponse(createZoneStep(input)))
export const updateFairZoneWorkflow = createWorkflow("ocop-update-fair-zone", (input: ZoneUpdate) => new WorkflowResponse(updateZoneStep(input)))
export const deleteFairZoneWorkflow = createWorkflow(
  "ocop-delete-fair-zone",
  (input: { fair_id: string; id: string }) => new WorkflowResponse(deleteZoneStep(input))
)

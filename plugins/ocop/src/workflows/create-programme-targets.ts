import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProgrammeTargetsStep, type ProgrammeTargetInput } from "./steps/create-programme-targets"

/** The programme's targets from the province's plans, for the dashboard to compare with what was certified. */
export const createProgrammeTargetsWorkflow = createWorkflow(
  "ocop-create-programme-targets",
  (input: { targets: ProgrammeTargetInput[] }) => new WorkflowResponse(createProgrammeTargetsStep(input.targets))
)

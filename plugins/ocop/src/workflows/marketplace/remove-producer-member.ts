import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeMemberStep } from "./steps/remove-member"

/** Takes a member off a producer's team (an owner's or the admin's decision; the route checks who asks). */
export const removeProducerMemberWorkflow = createWorkflow(
  "ocop-remove-producer-member",
  (input: { producer_id: string; member_id: string }) => new WorkflowResponse(removeMemberStep(input))
)

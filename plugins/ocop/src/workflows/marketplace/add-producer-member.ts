import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerMemberStep, type NewMember } from "./steps/create-producer-member"

/**
 * Makes an existing login a member of a producer's team without an invitation: for the seed's demo owner and
 * for scripts run by the programme's operators, who already know the person. People get in by invitation.
 */
export const addProducerMemberWorkflow = createWorkflow(
  "ocop-add-producer-member",
  (input: NewMember & { auth_identity_id: string }) => {
    const member = createProducerMemberStep(
      transform({ input }, ({ input }) => ({ producer_id: input.producer_id, email: input.email, role: input.role, name: input.name }))
    )
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({ authIdentityId: input.auth_identity_id, actorType: "producer", value: member.id }))
    )
    return new WorkflowResponse(member)
  }
)

import { emitEventStep, setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MarketplaceEvents } from "../../producers/events"
import { checkInviteAcceptanceStep, type InviteAcceptance } from "./steps/check-invite-acceptance"
import { createMemberFromInviteStep } from "./steps/create-member-from-invite"

/**
 * Follows an invitation with a login of the invited e-mail (new, from Medusa's `/auth/producer/emailpass/register`,
 * or one the person has already): the member is made, the invite used up, and the login becomes the member's
 * (`app_metadata.producer_id`, Medusa's key for the `producer` actor), so its next token reaches `/producer/*`.
 */
export const acceptProducerInviteWorkflow = createWorkflow(
  "ocop-accept-producer-invite",
  (input: InviteAcceptance & { name: string | null }) => {
    const invite = checkInviteAcceptanceStep(input)
    const member = createMemberFromInviteStep(transform({ invite, input }, ({ invite, input }) => ({ invite, name: input.name })))
    setAuthAppMetadataStep(
      transform({ input, member }, ({ input, member }) => ({ authIdentityId: input.auth_identity_id, actorType: "producer", value: member.id }))
    )
    emitEventStep({
      eventName: MarketplaceEvents.MEMBER_JOINED,
      data: transform({ member }, ({ member }) => ({ id: member.id, producer_id: member.producer_id })),
    })
    return new WorkflowResponse(member)
  }
)

import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MarketplaceEvents } from "../../producers/events"
import { checkInviteAllowedStep } from "./steps/check-invite-allowed"
import { replaceOpenInviteStep, type NewInvite } from "./steps/replace-open-invite"

/**
 * Invites someone to a producer's team: the programme's admin invites a producer's first owner, an owner invites
 * staff and other owners (who may ask is the route's business). The mail goes out from the event's subscriber.
 */
export const inviteProducerMemberWorkflow = createWorkflow("ocop-invite-producer-member", (input: NewInvite) => {
  const normalised = transform({ input }, ({ input }) => ({ ...input, email: input.email.trim().toLowerCase() }))
  checkInviteAllowedStep(normalised)
  const invite = replaceOpenInviteStep(normalised)
  emitEventStep({ eventName: MarketplaceEvents.INVITE_CREATED, data: transform({ invite }, ({ invite }) => ({ id: invite.id })) })
  return new WorkflowResponse(invite)
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import type { InviteRow } from "../../../producers/invites"

/** The member the invite names, and the invite used up with it; undone together. */
export const createMemberFromInviteStep = createStep(
  "ocop-create-member-from-invite",
  async ({ invite, name }: { invite: InviteRow; name: string | null }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const member = await marketplace.createProducerMembers({ producer_id: invite.producer_id, email: invite.email, role: invite.role, name })
    await marketplace.updateProducerInvites({ id: invite.id, accepted_at: new Date() })
    return new StepResponse(member, { member_id: member.id, invite_id: invite.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateProducerInvites({ id: undo.invite_id, accepted_at: null })
    await marketplace.deleteProducerMembers([undo.member_id])
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { inviteExpiry } from "../../../producers/invites"

export type NewInvite = { producer_id: string; email: string; role: "owner" | "staff"; invited_by: string }

/**
 * Writes the invitation, withdrawing an open one to the same e-mail for the same producer first: inviting again
 * is how a lost or expired mail is replaced, and only the newest link works. Undone by deleting it and reopening
 * the one it replaced.
 */
export const replaceOpenInviteStep = createStep(
  "ocop-replace-open-invite",
  async (input: NewInvite, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const open = await marketplace.listProducerInvites({ producer_id: input.producer_id, email: input.email, accepted_at: null, revoked_at: null })
    const now = new Date()
    if (open.length) await marketplace.updateProducerInvites(open.map((invite) => ({ id: invite.id, revoked_at: now })))
    const invite = await marketplace.createProducerInvites({ ...input, expires_at: inviteExpiry(now) })
    return new StepResponse(invite, { created: invite.id, reopened: open.map((invite) => invite.id) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.deleteProducerInvites([undo.created])
    if (undo.reopened.length) await marketplace.updateProducerInvites(undo.reopened.map((id) => ({ id, revoked_at: null })))
  }
)

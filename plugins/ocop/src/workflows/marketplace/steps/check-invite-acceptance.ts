import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { inviteErrors, inviteOfLink, inviteState, isCurrentLink, type InviteRow } from "../../../producers/invites"

export type InviteAcceptance = { token: string; auth_identity_id: string }

/**
 * The link is the invite's current one and still open, and the login that follows it is the invited e-mail's
 * and acts for no producer yet: a forwarded link does not let someone else's login in.
 */
export const checkInviteAcceptanceStep = createStep("ocop-check-invite-acceptance", async (input: InviteAcceptance, { container }) => {
  const inviteId = inviteOfLink(input.token)
  if (!inviteId) throw inviteErrors.invalid()
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [invite] = (await marketplace.listProducerInvites({ id: inviteId })) as InviteRow[]
  if (!invite || !isCurrentLink(container, invite, input.token)) throw inviteErrors.invalid()
  const state = inviteState(invite)
  if (state === "expired") throw inviteErrors.expired()
  if (state !== "open") throw inviteErrors.used()
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(input.auth_identity_id, { relations: ["provider_identities"] })
  const emails = (identity.provider_identities ?? []).filter((p) => p.provider === "emailpass").map((p) => p.entity_id.trim().toLowerCase())
  if (!emails.includes(invite.email)) throw inviteErrors.otherEmail()
  if (identity.app_metadata?.producer_id) throw inviteErrors.alreadyMember()
  return new StepResponse(invite)
})

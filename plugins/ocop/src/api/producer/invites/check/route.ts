import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import { inviteErrors, inviteOfLink, inviteState, isCurrentLink, type InviteRow } from "../../../../producers/invites"
import type { ProducerCheckInviteType } from "../../validators"

/**
 * What the portal's invitation page shows before anyone signs up: which producer, which role, for which e-mail,
 * whether it is still open, and whether that e-mail has a login already (then the page asks for its password
 * instead of a new one). Only the link's holder (the mailbox) learns this.
 */
export async function GET(req: MedusaRequest<unknown, ProducerCheckInviteType>, res: MedusaResponse) {
  const { token } = req.validatedQuery as ProducerCheckInviteType
  const inviteId = inviteOfLink(token)
  if (!inviteId) throw inviteErrors.invalid()
  const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [invite] = (await marketplace.listProducerInvites({ id: inviteId })) as InviteRow[]
  if (!invite || !isCurrentLink(req.scope, invite, token)) throw inviteErrors.invalid()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["handle", "name"], filters: { id: invite.producer_id } })
  const logins = await req.scope.resolve(Modules.AUTH).listProviderIdentities({ provider: "emailpass", entity_id: invite.email })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    invite: {
      email: invite.email,
      role: invite.role,
      state: inviteState(invite),
      expires_at: invite.expires_at,
      producer: data[0] ?? null,
      has_login: logins.length > 0,
    },
  })
}

/**
 * A producer's team as both the portal (`/producer/members`) and the admin (`/admin/ocop/producers/:id/members`)
 * show it: the same shapes, read the same way.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { inviteState, type InviteRow } from "./invites"

export type Page = { limit: number; offset: number }

export async function listMembers(container: MedusaContainer, producerId: string, page: Page) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [members, count] = await marketplace.listAndCountProducerMembers(
    { producer_id: producerId, removed_at: null },
    { take: page.limit, skip: page.offset, order: { created_at: "ASC" } }
  )
  return {
    members: members.map(({ id, email, name, role, created_at }) => ({ id, email, name, role, created_at })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** Invitations still to be answered (open or expired), newest first; used and withdrawn ones are history. */
export async function listOpenInvites(container: MedusaContainer, producerId: string, page: Page, now = new Date()) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [invites, count] = await marketplace.listAndCountProducerInvites(
    { producer_id: producerId, accepted_at: null, revoked_at: null },
    { take: page.limit, skip: page.offset, order: { created_at: "DESC" } }
  )
  return {
    invites: (invites as InviteRow[] & { created_at: Date }[]).map((invite) => ({
      id: invite.id,
      email: invite.email,
      role: invite.role,
      expires_at: invite.expires_at,
      state: inviteState(invite, now),
      created_at: (invite as { created_at?: Date }).created_at,
    })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** Withdraws an open invitation of this producer; false when there is none by that id. */
export async function revokeInvite(container: MedusaContainer, producerId: string, inviteId: string): Promise<boolean> {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [invite] = await marketplace.listProducerInvites({ id: inviteId, producer_id: producerId, accepted_at: null, revoked_at: null })
  if (!invite) return false
  await marketplace.updateProducerInvites({ id: invite.id, revoked_at: new Date() })
  return true
}

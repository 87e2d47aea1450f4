import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { endSessions } from "../../../customers/sessions"

/**
 * Takes a member off the team: the row stays (marked removed), the login no longer acts for the producer (its
 * `producer_id` key goes, so it may join another team later) and its sessions end. A team keeps an owner.
 */
export const removeMemberStep = createStep(
  "ocop-remove-producer-member",
  async ({ producer_id, member_id }: { producer_id: string; member_id: string }, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [member] = await marketplace.listProducerMembers({ id: member_id, producer_id, removed_at: null })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Không tìm thấy thành viên / member not found")
    if (member.role === "owner") {
      const owners = await marketplace.listProducerMembers({ producer_id, role: "owner", removed_at: null })
      if (owners.length <= 1) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          "Chủ thể cần ít nhất một chủ tài khoản: hãy mời người khác làm chủ trước / a producer keeps at least one owner: invite another owner first",
          "last_owner"
        )
      }
    }
    await marketplace.updateProducerMembers({ id: member.id, removed_at: new Date() })
    const auth = container.resolve(Modules.AUTH)
    const [login] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: member.email })
    let previous: Record<string, unknown> | null = null
    if (login?.auth_identity_id) {
      const identity = await auth.retrieveAuthIdentity(login.auth_identity_id)
      if (identity.app_metadata?.producer_id === member.id) {
        previous = identity.app_metadata
        const { producer_id: _gone, ...rest } = identity.app_metadata
        await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
        await endSessions(container, identity.id)
      }
    }
    return new StepResponse(member, { member_id: member.id, identity_id: login?.auth_identity_id ?? null, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    await marketplace.updateProducerMembers({ id: undo.member_id, removed_at: null })
    if (undo.identity_id && undo.previous) {
      await container.resolve(Modules.AUTH).updateAuthIdentities({ id: undo.identity_id, app_metadata: undo.previous })
    }
  }
)

import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import type { ProducerMemberRole } from "../../modules/marketplace/models/producer-member"

/** Who acts on a `/producer/*` route: a member of one producer, and every read and write is scoped by it. */
export type ProducerMemberContext = { member_id: string; producer_id: string; role: ProducerMemberRole; email: string }

const CONTEXT = Symbol("ocop-producer-member")

/**
 * After Medusa's `authenticate("producer")`: the token's actor is a member still on the team, else 401 as for
 * a token that names no one. A member taken off the team loses access at once, whatever token she holds.
 */
export async function actAsProducerMember(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const actorId = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    const marketplace = req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [member] = actorId ? await marketplace.listProducerMembers({ id: actorId, removed_at: null }) : []
    if (!member) {
      return next(new MedusaError(MedusaError.Types.UNAUTHORIZED, "Chưa đăng nhập Kênh người bán / not signed in to the seller portal"))
    }
    ;(req as unknown as Record<symbol, ProducerMemberContext>)[CONTEXT] = {
      member_id: member.id,
      producer_id: member.producer_id,
      role: member.role,
      email: member.email,
    }
    next()
  } catch (error) {
    next(error)
  }
}

export function producerMemberOf(req: MedusaRequest): ProducerMemberContext {
  const context = (req as unknown as Record<symbol, ProducerMemberContext | undefined>)[CONTEXT]
  if (!context) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Chưa đăng nhập Kênh người bán / not signed in to the seller portal")
  return context
}

/** Managing the team is the owners' (staff handle products and orders). */
export function ownersOnly(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    if (producerMemberOf(req).role !== "owner") {
      return next(
        new MedusaError(
          MedusaError.Types.FORBIDDEN,
          "Chỉ chủ tài khoản của chủ thể mới làm được việc này / only the producer's owners can do this",
          "owners_only"
        )
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}

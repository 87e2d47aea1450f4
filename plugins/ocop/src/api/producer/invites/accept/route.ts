import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { acceptProducerInviteWorkflow } from "../../../../workflows/marketplace/accept-producer-invite"
import { inviteErrors, inviteOfLink } from "../../../../producers/invites"
import type { ProducerAcceptInviteType } from "../../validators"

/**
 * Accepts an invitation with a login of the invited e-mail: a token from Medusa's
 * `POST /auth/producer/emailpass/register` (a new login) or `/auth/producer/emailpass` (one the person already
 * has, e.g. as a shopper). One acceptance per invite at a time: two tabs racing get one member and one refusal.
 * The login's next token (sign in again) acts for the producer.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerAcceptInviteType>, res: MedusaResponse) {
  const { token, name } = req.validatedBody
  const inviteId = inviteOfLink(token)
  if (!inviteId) throw inviteErrors.invalid()
  const locking = req.scope.resolve(Modules.LOCKING)
  const member = await locking.execute(`ocop-producer-invite:${inviteId}`, async () => {
    const { result } = await acceptProducerInviteWorkflow(req.scope).run({
      input: { token, name, auth_identity_id: req.auth_context.auth_identity_id },
    })
    return result
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(201).json({ member: { id: member.id, email: member.email, name: member.name, role: member.role, producer_id: member.producer_id } })
}

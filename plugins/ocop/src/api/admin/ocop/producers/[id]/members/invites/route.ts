import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOpenInvites, type Page } from "../../../../../../../producers/team"
import { inviteProducerMemberWorkflow } from "../../../../../../../workflows/marketplace/invite-producer-member"
import type { AdminInviteProducerMemberType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listOpenInvites(req.scope, req.params.id!, req.validatedQuery as Page))
}

/** The programme's admin invites a producer's first owner (or anyone else) by e-mail. */
export async function POST(req: AuthenticatedMedusaRequest<AdminInviteProducerMemberType>, res: MedusaResponse) {
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: req.params.id!, email: req.validatedBody.email, role: req.validatedBody.role, invited_by: `user:${req.auth_context.actor_id}` },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, role: result.role, expires_at: result.expires_at, state: "open" } })
}

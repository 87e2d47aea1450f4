import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inviteProducerMemberWorkflow } from "../../../../workflows/marketplace/invite-producer-member"
import { listOpenInvites } from "../../../../producers/team"
import { producerMemberOf } from "../../member-context"
import type { ProducerInviteMemberType, ProducerListType } from "../../validators"

/** Invitations of the team still to be answered. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listOpenInvites(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerListType))
}

/** An owner invites someone to the team; the link is mailed to that e-mail and works for 7 days. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerInviteMemberType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const { result } = await inviteProducerMemberWorkflow(req.scope).run({
    input: { producer_id: me.producer_id, email: req.validatedBody.email, role: req.validatedBody.role, invited_by: `producer:${me.member_id}` },
  })
  res.status(201).json({ invite: { id: result.id, email: result.email, role: result.role, expires_at: result.expires_at, state: "open" } })
}

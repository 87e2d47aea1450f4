import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProducerMemberWorkflow } from "../../../../workflows/marketplace/remove-producer-member"
import { producerMemberOf } from "../../member-context"

/** An owner takes a member off the team (herself too, while another owner remains). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  const { result } = await removeProducerMemberWorkflow(req.scope).run({ input: { producer_id, member_id: req.params.id! } })
  res.json({ id: result.id, object: "producer_member", deleted: true })
}

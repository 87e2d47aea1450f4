import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeProducerMemberWorkflow } from "../../../../../../../workflows/marketplace/remove-producer-member"

/** The programme's admin takes someone off a producer's team (a team keeps one owner). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeProducerMemberWorkflow(req.scope).run({ input: { producer_id: req.params.id!, member_id: req.params.member_id! } })
  res.json({ id: result.id, object: "producer_member", deleted: true })
}

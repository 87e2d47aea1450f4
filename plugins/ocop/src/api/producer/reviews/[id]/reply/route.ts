import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadManagedReview } from "../../../../../reviews/list"
import { replyToReviewWorkflow } from "../../../../../workflows/reviews"
import { producerMemberOf } from "../../../member-context"
import type { ProducerReplyToReviewType } from "../../validators"

/** The producer's one public answer to a review of its product; a second answer is a 422, another's review a 404. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerReplyToReviewType>, res: MedusaResponse) {
  const member = producerMemberOf(req)
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { id: req.params.id!, producer_id: member.producer_id, member_id: member.member_id, text: req.validatedBody.text },
  })
  // Read back whole (with its photos); the workflow has already found it to be this producer's.
  res.json({ review: await loadManagedReview(req.scope, result.id) })
}

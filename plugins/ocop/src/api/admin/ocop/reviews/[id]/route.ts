import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadManagedReview } from "../../../../../reviews/list"
import { moderateReviewWorkflow } from "../../../../../workflows/reviews"
import type { AdminModerateReviewType } from "../validators"

/** One review with its product, whatever its status. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ review: await loadManagedReview(req.scope, req.params.id!) })
}

/** Hides an abusive review with the reason, or publishes it again; the product's average follows at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateReviewType>, res: MedusaResponse) {
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { id: req.params.id!, status: req.validatedBody.status, reason: req.validatedBody.reason ?? null, actor_id: req.auth_context?.actor_id ?? null },
  })
  res.json({ review: await loadManagedReview(req.scope, result.id) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listManagedReviews } from "../../../reviews/list"
import { producerMemberOf } from "../member-context"
import type { ProducerListReviewsType } from "./validators"

/** Buyers' reviews of the member's producer's products, newest first (hidden ones too, marked); never another's. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListReviewsType>, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  const { limit, offset, answered } = req.validatedQuery
  const { reviews, count } = await listManagedReviews(req.scope, { producer_id, answered }, { limit, offset })
  res.json({ reviews: reviews.map(({ replied_by: _, ...review }) => review), count, limit, offset })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listManagedReviews } from "../../../../reviews/list"
import type { AdminListReviewsType } from "./validators"

/** The programme's review queue, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReviewsType>, res: MedusaResponse) {
  const { limit, offset, status, product_id, q } = req.validatedQuery
  const { reviews, count } = await listManagedReviews(req.scope, { status, product_id, q }, { limit, offset })
  res.json({ reviews, count, limit, offset })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailVerifiedAt } from "../../../../../../../customers/email-verification"
import { registeredCustomer } from "../../../../../../../customers/guest-orders"
import { REVIEW_MODULE } from "../../../../../../../modules/review"
import type ReviewModuleService from "../../../../../../../modules/review/service"
import { loadDeliveredLines } from "../../../../../../../reviews/eligibility"
import { toOwnReview, WITH_PHOTOS } from "../../../../../../../reviews/shape"
import { reviewedProduct } from "../helpers"

/**
 * The logged-in customer's side of a product's reviews, for the form the product page shows after it loads:
 * her reviews of it (hidden ones too, with the reason), the delivered order lines she may still review, and
 * whether her e-mail is verified (the form asks her to verify it first otherwise). Private, never cached.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await reviewedProduct(req)
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [mine, delivered, verifiedAt] = await Promise.all([
    service.listReviews({ product_id: product.id, customer_id: customer.id }, { order: { created_at: "DESC" }, ...WITH_PHOTOS }),
    loadDeliveredLines(req.scope, customer.id, product.id),
    emailVerifiedAt(req.scope, req.auth_context.auth_identity_id, customer.email),
  ])
  const reviewed = new Set(mine.map((review) => review.order_line_id))
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    reviews: mine.map(toOwnReview),
    reviewable: delivered.filter((line) => !reviewed.has(line.order_line_id)),
    email_verified: !!verifiedAt,
  })
}

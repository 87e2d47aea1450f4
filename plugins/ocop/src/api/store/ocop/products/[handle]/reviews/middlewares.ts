import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../../../utils/validators"
import { requireVerifiedEmail } from "../../../customers/require-verified-email"
import { StoreOcopCreateReview, StoreOcopProductReviewsParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/**
 * Reading reviews is public; writing one takes a logged-in customer with a verified e-mail. No rate limit: each
 * review needs a delivered order line of one's own, so nobody can write more reviews than lines received.
 */
export const storeProductReviewMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle/reviews",
    middlewares: [validateAndTransformQuery(StoreOcopProductReviewsParams, { isList: true, defaultLimit: 10 })],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/products/:handle/reviews",
    middlewares: [customer, validateAndTransformBody(StoreOcopCreateReview), requireVerifiedEmail],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle/reviews/mine",
    middlewares: [customer, validateAndTransformQuery(NoQuery, {})],
  },
]

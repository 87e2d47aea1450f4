import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaRequest,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { REVIEW_PHOTOS_FIELD, MAX_REVIEW_PHOTOS } from "../../../../../../reviews/photos"
import { createRateLimiter, rateLimit } from "../../../../../rate-limit"
import { photoUpload } from "../../../../../utils/photo-upload"
import { NoQuery } from "../../../../../utils/validators"
import { requireVerifiedEmail } from "../../../customers/require-verified-email"
import { StoreOcopCreateReview, StoreOcopProductReviewsParams } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Counted per customer and per client before a byte of a photo is read: photos fill a disk. */
const reviewPosts = createRateLimiter("review_post")
const perCustomer = (req: MedusaRequest) => (req as AuthenticatedMedusaRequest).auth_context?.actor_id ?? null
const photos = photoUpload({ field: REVIEW_PHOTOS_FIELD, maxFiles: MAX_REVIEW_PHOTOS, textFields: ["order_line_id", "rating", "text"] })

/**
 * Reading reviews is public; writing one takes a logged-in customer with a verified e-mail. Each review needs a
 * delivered order line of one's own, so nobody can write more reviews than lines received; the rate limit bounds
 * the posts refused on the way there, each of which may carry photos to read.
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
    middlewares: [customer, rateLimit(reviewPosts, perCustomer), photos, validateAndTransformBody(StoreOcopCreateReview), requireVerifiedEmail],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle/reviews/mine",
    middlewares: [customer, validateAndTransformQuery(NoQuery, {})],
  },
]

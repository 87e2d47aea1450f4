import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { AdminListReviews, AdminModerateReview } from "./validators"

export const adminReviewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/reviews", middlewares: [validateAndTransformQuery(AdminListReviews, {})] },
  { method: ["GET"], matcher: "/admin/ocop/reviews/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/reviews/:id", middlewares: [validateAndTransformBody(AdminModerateReview)] },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"

/** Medusa authenticates every /admin route itself; these add the validation. */
export const adminOrderPurchaseMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/orders/:id/purchase", middlewares: [validateAndTransformQuery(NoQuery, {})] },
]

import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../../../utils/validators"
import { AdminSetCommissionRate } from "./validators"

/** Medusa authenticates every /admin route itself; these add the validation. */
export const adminProducerCommissionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/commission", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id/commission", middlewares: [validateAndTransformBody(AdminSetCommissionRate)] },
]

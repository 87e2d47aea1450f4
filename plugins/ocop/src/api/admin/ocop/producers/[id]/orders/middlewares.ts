import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerOrderList } from "../../../../../producer/validators"

/** Medusa authenticates every /admin route itself; this validates the list's query as the portal's. */
export const adminProducerOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/orders", middlewares: [validateAndTransformQuery(ProducerOrderList, {})] },
]

import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerListSalesPoints, ProducerRequestSalesPoint } from "./validators"

/**
 * Where the producer's products are sold, and its requests to change that (docs/decisions/044). The `/producer/*`
 * login and membership check run before these (../middlewares.ts). Owners and staff alike ask: placing goods is
 * daily work, and the programme decides anyway.
 */
export const producerAssortmentRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/producer/sales-points", middlewares: [validateAndTransformQuery(ProducerListSalesPoints, {})] },
  { method: ["POST"], matcher: "/producer/products/:id/sales-points", middlewares: [validateAndTransformBody(ProducerRequestSalesPoint)] },
]

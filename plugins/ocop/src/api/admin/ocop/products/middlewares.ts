import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { AdminSetProductProducer, AdminSetProductSalesPoints } from "./validators"

/** A product's OCOP side; the product itself is Medusa's (`/admin/products`). */
export const adminProductOcopRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/products/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/products/:id/producer", middlewares: [validateAndTransformBody(AdminSetProductProducer)] },
  { method: ["POST"], matcher: "/admin/ocop/products/:id/sales-points", middlewares: [validateAndTransformBody(AdminSetProductSalesPoints)] },
]

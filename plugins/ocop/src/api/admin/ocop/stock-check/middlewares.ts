import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminStockCheck } from "./validators"

export const adminStockCheckRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/stock-check", middlewares: [validateAndTransformQuery(AdminStockCheck, {})] },
]

import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { listTransformQueryConfig } from "./query-config"
import {
  AdminCreateSalesPoint,
  AdminListSalesPoints,
  AdminSetSalesPointProducts,
  AdminSetSalesPointStockLocation,
  AdminUpdateSalesPoint,
} from "./validators"

export const adminSalesPointRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/sales-points", middlewares: [validateAndTransformQuery(AdminListSalesPoints, listTransformQueryConfig)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points", middlewares: [validateAndTransformBody(AdminCreateSalesPoint)] },
  { method: ["GET", "DELETE"], matcher: "/admin/ocop/sales-points/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id", middlewares: [validateAndTransformBody(AdminUpdateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/products", middlewares: [validateAndTransformBody(AdminSetSalesPointProducts)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/stock-location", middlewares: [validateAndTransformBody(AdminSetSalesPointStockLocation)] },
]

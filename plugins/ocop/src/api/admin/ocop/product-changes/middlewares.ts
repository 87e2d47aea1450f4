import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { AdminApproveProductChange, AdminListProductChanges, AdminRejectProductChange } from "./validators"

export const adminProductChangeMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/product-changes", middlewares: [validateAndTransformQuery(AdminListProductChanges, {})] },
  { method: ["GET"], matcher: "/admin/ocop/product-changes/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/product-changes/:id/approve", middlewares: [validateAndTransformBody(AdminApproveProductChange)] },
  { method: ["POST"], matcher: "/admin/ocop/product-changes/:id/reject", middlewares: [validateAndTransformBody(AdminRejectProductChange)] },
]

import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminProgrammeParams } from "./validators"

export const adminProgrammeRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/programme", middlewares: [validateAndTransformQuery(AdminProgrammeParams, {})] },
  { method: ["GET"], matcher: "/admin/ocop/programme.csv", middlewares: [validateAndTransformQuery(AdminProgrammeParams, {})] },
]

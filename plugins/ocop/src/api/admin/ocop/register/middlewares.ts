import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { uploadRegisterFile } from "./helpers"
import { AdminListRegisterImports } from "./validators"

export const adminRegisterRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/register.csv", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["GET"], matcher: "/admin/ocop/register.xlsx", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  {
    method: ["GET"],
    matcher: "/admin/ocop/register/imports",
    middlewares: [validateAndTransformQuery(AdminListRegisterImports, { defaults: ["id"], isList: true })],
  },
  { method: ["POST"], matcher: "/admin/ocop/register/imports", middlewares: [validateAndTransformQuery(NoQuery, {}), uploadRegisterFile] },
  { method: ["GET"], matcher: "/admin/ocop/register/imports/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/register/imports/:id/confirm", middlewares: [validateAndTransformQuery(NoQuery, {})] },
]

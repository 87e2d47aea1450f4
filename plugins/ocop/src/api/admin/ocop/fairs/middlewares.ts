import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import {
  AdminCreateBooth,
  AdminCreateFair,
  AdminCreateZone,
  AdminExportFairLeads,
  AdminFairFigures,
  AdminFairQr,
  AdminShowableProducts,
  AdminListFairs,
  AdminUpdateBooth,
  AdminUpdateFair,
  AdminUpdateZone,
} from "./validators"

const none = validateAndTransformQuery(NoQuery, {})

export const adminFairRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/fairs", middlewares: [validateAndTransformQuery(AdminListFairs, {})] },
  { method: ["POST"], matcher: "/admin/ocop/fairs", middlewares: [validateAndTransformBody(AdminCreateFair)] },
  { method: ["GET", "DELETE"], matcher: "/admin/ocop/fairs/:id", middlewares: [none] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id", middlewares: [validateAndTransformBody(AdminUpdateFair)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/zones", middlewares: [validateAndTransformBody(AdminCreateZone)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/zones/:zone_id", middlewares: [validateAndTransformBody(AdminUpdateZone)] },
  { method: ["DELETE"], matcher: "/admin/ocop/fairs/:id/zones/:zone_id", middlewares: [none] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/booths", middlewares: [validateAndTransformBody(AdminCreateBooth)] },
  { method: ["POST"], matcher: "/admin/ocop/fairs/:id/booths/:booth_id", middlewares: [validateAndTransformBody(AdminUpdateBooth)] },
  { method: ["DELETE"], matcher: "/admin/ocop/fairs/:id/booths/:booth_id", middlewares: [none] },
  { method: ["GET"], matcher: "/admin/ocop/fairs/:id/booths/:booth_id/qr", middlewares: [validateAndTransformQuery(AdminFairQr, {})] },
  {
    method: ["GET"],
    matcher: "/admin/ocop/fairs/:id/booths/:booth_id/products/:product_id/qr",
    middlewares: [validateAndTransformQuery(AdminFairQr, {})],
  },
  { method: ["GET"], matcher: "/admin/ocop/fairs/:id/showable-products", middlewares: [validateAndTransformQuery(AdminShowableProducts, {})] },
  { method: ["GET"], matcher: "/admin/ocop/fairs/:id/trade-leads/export", middlewares: [validateAndTransformQuery(AdminExportFairLeads, {})] },
  // Not under /fairs: the `:id` routes' middlewares would also run on /fairs/figures.
  { method: ["GET"], matcher: "/admin/ocop/fair-figures", middlewares: [validateAndTransformQuery(AdminFairFigures, {})] },
]

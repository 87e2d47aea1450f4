import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { PRODUCER_FIELDS, SALES_POINT_FIELDS, CERTIFICATION_FIELDS } from "./helpers"
import {
  AdminCertifyProduct,
  AdminCreateProducer,
  AdminCreateSalesPoint,
  AdminGetOne,
  AdminListCertifications,
  AdminListProducers,
  AdminListSalesPoints,
  AdminRenewCertification,
  AdminRevokeCertification,
  AdminSetProductProducer,
  AdminSetCommissionRate,
  AdminSetProductSalesPoints,
  AdminSetSalesPointProducts,
  AdminSetSalesPointStockLocation,
  AdminStockCheck,
  AdminUpdateProducer,
  AdminUpdateSalesPoint,
} from "./validators"

/*
 * Medusa authenticates every /admin route itself (session, bearer token or secret API key); these add the
 * validation. A route without a query schema still gets an empty strict one, so unknown query fields are 400.
 */
const one = validateAndTransformQuery(AdminGetOne, {})
const body = validateAndTransformBody

export const adminOcopMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(AdminListProducers, { defaults: PRODUCER_FIELDS, isList: true })] },
  { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [body(AdminCreateProducer)] },
  { method: ["GET", "DELETE"], matcher: "/admin/ocop/producers/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [body(AdminUpdateProducer)] },
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/commission", middlewares: [one] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id/commission", middlewares: [body(AdminSetCommissionRate)] },
  { method: ["GET"], matcher: "/admin/ocop/orders/:id/purchase", middlewares: [one] },

  { method: ["GET"], matcher: "/admin/ocop/sales-points", middlewares: [validateAndTransformQuery(AdminListSalesPoints, { defaults: SALES_POINT_FIELDS, isList: true })] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points", middlewares: [body(AdminCreateSalesPoint)] },
  { method: ["GET", "DELETE"], matcher: "/admin/ocop/sales-points/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id", middlewares: [body(AdminUpdateSalesPoint)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/products", middlewares: [body(AdminSetSalesPointProducts)] },
  { method: ["POST"], matcher: "/admin/ocop/sales-points/:id/stock-location", middlewares: [body(AdminSetSalesPointStockLocation)] },

  { method: ["GET"], matcher: "/admin/ocop/certifications", middlewares: [validateAndTransformQuery(AdminListCertifications, { defaults: CERTIFICATION_FIELDS, isList: true })] },
  { method: ["POST"], matcher: "/admin/ocop/certifications", middlewares: [body(AdminCertifyProduct)] },
  { method: ["GET"], matcher: "/admin/ocop/certifications/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/renew", middlewares: [body(AdminRenewCertification)] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/revoke", middlewares: [body(AdminRevokeCertification)] },

  { method: ["GET"], matcher: "/admin/ocop/products/:id", middlewares: [one] },
  { method: ["POST"], matcher: "/admin/ocop/products/:id/producer", middlewares: [body(AdminSetProductProducer)] },
  { method: ["POST"], matcher: "/admin/ocop/products/:id/sales-points", middlewares: [body(AdminSetProductSalesPoints)] },

  { method: ["GET"], matcher: "/admin/ocop/stock-check", middlewares: [validateAndTransformQuery(AdminStockCheck, {})] },
]

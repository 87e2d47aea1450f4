import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCertificateQr, AdminListFlaggedStamps, AdminStampPage, IssueStampBatch, NoQuery } from "./validators"

/** The programme's stamp routes; Medusa authenticates /admin itself. */
export const adminStampMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/stamps", middlewares: [validateAndTransformQuery(AdminListFlaggedStamps, {})] },
  { method: ["GET"], matcher: "/admin/ocop/certifications/:id/qr", middlewares: [validateAndTransformQuery(AdminCertificateQr, {})] },
  { method: ["GET"], matcher: "/admin/ocop/certifications/:id/stamp-batches", middlewares: [validateAndTransformQuery(AdminStampPage, {})] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/stamp-batches", middlewares: [validateAndTransformBody(IssueStampBatch)] },
  { method: ["GET"], matcher: "/admin/ocop/stamp-batches/:id/labels", middlewares: [validateAndTransformQuery(NoQuery, {})] },
]

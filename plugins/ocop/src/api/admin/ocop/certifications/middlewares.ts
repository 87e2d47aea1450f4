import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { listTransformQueryConfig } from "./query-config"
import { AdminCertifyProduct, AdminListCertifications, AdminRemindProducers, AdminRenewCertification, AdminRevokeCertification } from "./validators"

export const adminCertificationRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/certifications", middlewares: [validateAndTransformQuery(AdminListCertifications, listTransformQueryConfig)] },
  { method: ["POST"], matcher: "/admin/ocop/certifications", middlewares: [validateAndTransformBody(AdminCertifyProduct)] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/reminders", middlewares: [validateAndTransformBody(AdminRemindProducers)] },
  { method: ["GET"], matcher: "/admin/ocop/certifications/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/renew", middlewares: [validateAndTransformBody(AdminRenewCertification)] },
  { method: ["POST"], matcher: "/admin/ocop/certifications/:id/revoke", middlewares: [validateAndTransformBody(AdminRevokeCertification)] },
]

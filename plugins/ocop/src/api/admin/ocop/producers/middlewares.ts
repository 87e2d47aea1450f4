import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { listTransformQueryConfig } from "./query-config"
import { AdminCreateProducer, AdminListProducers, AdminUpdateProducer } from "./validators"

/* Medusa authenticates every /admin route itself (session, bearer token or secret API key); these validate. */
export const adminProducerRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformQuery(AdminListProducers, listTransformQueryConfig)] },
  { method: ["POST"], matcher: "/admin/ocop/producers", middlewares: [validateAndTransformBody(AdminCreateProducer)] },
  { method: ["GET", "DELETE"], matcher: "/admin/ocop/producers/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/producers/:id", middlewares: [validateAndTransformBody(AdminUpdateProducer)] },
]

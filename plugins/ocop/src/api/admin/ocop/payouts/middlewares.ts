import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ProducerStatementQuery } from "../../../producer/statements/validators"
import { AdminListPayouts, AdminRecordPayout } from "./validators"

/** Medusa authenticates every /admin route itself; these validate. */
export const adminPayoutMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/payouts", middlewares: [validateAndTransformQuery(AdminListPayouts, {})] },
  { method: ["POST"], matcher: "/admin/ocop/payouts", middlewares: [validateAndTransformBody(AdminRecordPayout)] },
  { method: ["GET"], matcher: "/admin/ocop/producers/:id/statements/:period", middlewares: [validateAndTransformQuery(ProducerStatementQuery, {})] },
]

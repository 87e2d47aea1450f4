import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { NoQuery } from "../../../utils/validators"
import { AdminListTradeLeads, TradeLeadStatusChange } from "./validators"

export const adminTradeLeadRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/ocop/trade-leads", middlewares: [validateAndTransformQuery(AdminListTradeLeads, {})] },
  { method: ["GET"], matcher: "/admin/ocop/trade-leads/:id", middlewares: [validateAndTransformQuery(NoQuery, {})] },
  { method: ["POST"], matcher: "/admin/ocop/trade-leads/:id", middlewares: [validateAndTransformBody(TradeLeadStatusChange)] },
]

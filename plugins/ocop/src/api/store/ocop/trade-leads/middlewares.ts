import { validateAndTransformBody, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { createRateLimiter, rateLimit } from "../../../rate-limit"
import { StoreTradeLeadBody, type StoreTradeLeadBodyType } from "./validators"

const tradeLeads = createRateLimiter("trade_lead")
/** The contact she leaves is the account: one phone or e-mail writing to every booth is a bot or a nuisance. */
const contactOf = (req: MedusaRequest) => {
  const body = req.validatedBody as StoreTradeLeadBodyType | undefined
  return body?.phone ?? body?.email ?? null
}

export const storeTradeLeadMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/ocop/trade-leads",
    middlewares: [validateAndTransformBody(StoreTradeLeadBody), rateLimit(tradeLeads, contactOf)],
  },
]

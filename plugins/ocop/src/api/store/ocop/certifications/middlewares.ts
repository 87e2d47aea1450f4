import { validateAndTransformBody, validateAndTransformQuery, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { normalizeStampCode } from "../../../../modules/stamp/codes"
import { createRateLimiter, rateLimit } from "../../../rate-limit"
import { keepLocaleInQuery } from "../helpers"
import { StoreStampCheckParams, StoreStampPlaceBody, StoreVerifyLookupParams, StoreVerifySearchParams } from "./validators"

/**
 * The lookup and the stamp check (docs/decisions/029): validated, then counted per client (a stamp also per
 * code) before any query; over a limit, 429 with Retry-After.
 */
const lookups = createRateLimiter("certificate_lookup")
const stampChecks = createRateLimiter("stamp_check")
const perClientOnly = (_req: MedusaRequest) => null
const perCode = (req: MedusaRequest) => normalizeStampCode(req.params.code)

export const storeVerifyMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/certifications",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreVerifySearchParams, {}), rateLimit(lookups, perClientOnly)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/certifications/:number",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreVerifyLookupParams, {}), rateLimit(lookups, perClientOnly)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/stamps/:code",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreStampCheckParams, {}), rateLimit(stampChecks, perCode)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/stamps/:code/place",
    middlewares: [validateAndTransformBody(StoreStampPlaceBody), rateLimit(stampChecks, perCode)],
  },
]

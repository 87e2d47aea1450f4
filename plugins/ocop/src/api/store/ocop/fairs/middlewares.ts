import { validateAndTransformBody, validateAndTransformQuery, type MedusaRequest, type MiddlewareRoute } from "@medusajs/framework/http"
import { holdCartWriteWhileCompleting } from "../../../../checkout/stock-gate"
import { createRateLimiter, rateLimit } from "../../../rate-limit"
import { keepLocaleInQuery } from "../helpers"
import {
  StoreCartFairBody,
  StoreFairCatalogueParams,
  StoreFairScanBody,
  StoreOcopFairParams,
  StoreOcopFairsParams,
  type StoreFairScanBodyType,
} from "./validators"

const scans = createRateLimiter("fair_scan")
/** Counted per booth too: no one makes one booth's figure from many addresses. */
const boothOf = (req: MedusaRequest) => {
  const body = req.validatedBody as StoreFairScanBodyType | undefined
  return body ? `${req.params.handle}:${body.booth}` : null
}

export const storeFairRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/fairs",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopFairsParams, { isList: true, defaultLimit: 20 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/fairs/:handle",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopFairParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/fairs/:handle/catalogue.pdf",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreFairCatalogueParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/fairs/:handle/scans",
    middlewares: [validateAndTransformBody(StoreFairScanBody), rateLimit(scans, boothOf)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/fair",
    // Like Medusa's own cart writes: it waits for a completion in progress (checkout/stock-gate.ts).
    middlewares: [validateAndTransformBody(StoreCartFairBody), holdCartWriteWhileCompleting],
  },
]

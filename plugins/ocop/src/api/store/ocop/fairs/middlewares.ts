import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { keepLocaleInQuery } from "../helpers"
import { StoreOcopFairParams, StoreOcopFairsParams } from "./validators"

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
]

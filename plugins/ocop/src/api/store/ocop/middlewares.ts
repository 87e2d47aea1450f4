import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ensureVndRegion, keepLocaleInQuery } from "./helpers"
import {
  StoreOcopCancelPurchase,
  StoreOcopCartCheckParams,
  StoreOcopEmptyBody,
  StoreOcopLocaleParams,
  StoreOcopProductParams,
  StoreOcopProducersParams,
  StoreOcopProductsParams,
  StoreOcopSalesPointsParams,
  StoreOcopSearchSuggestParams,
  StoreOcopShortListParams,
  StoreOcopVariantNamesParams,
} from "./validators"

/** Medusa checks the publishable key on every `/store/*` route before these run. */
export const storeOcopMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/ocop/products",
    middlewares: [
      keepLocaleInQuery,
      validateAndTransformQuery(StoreOcopProductsParams, { isList: true, defaultLimit: 24 }),
      ensureVndRegion,
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/products/:handle",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopProductParams, {}), ensureVndRegion],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/producers",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopProducersParams, { isList: true, defaultLimit: 50 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/producers/:handle",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/sales-points",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopSalesPointsParams, { isList: true, defaultLimit: 50 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/sales-points/:handle",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/search/suggest",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopSearchSuggestParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/provinces",
    middlewares: [validateAndTransformQuery(StoreOcopShortListParams, { isList: true, defaultLimit: 100 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/delivery-zones",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopShortListParams, { isList: true, defaultLimit: 100 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/provinces/:code",
    middlewares: [validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/carts/:id/check",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopCartCheckParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/carts/:id/parcels",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/orders/:id",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/orders/:id/cancel",
    middlewares: [validateAndTransformBody(StoreOcopCancelPurchase)],
  },
  {
    method: ["POST"],
    matcher: "/store/ocop/carts/:id/order-access",
    middlewares: [validateAndTransformBody(StoreOcopEmptyBody)],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/orders/:id/payment",
    middlewares: [validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/districts",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopShortListParams, { isList: true, defaultLimit: 100 })],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/variants",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopVariantNamesParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/rules",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopLocaleParams, {})],
  },
  {
    method: ["GET"],
    matcher: "/store/ocop/groups",
    middlewares: [keepLocaleInQuery, validateAndTransformQuery(StoreOcopShortListParams, { isList: true, defaultLimit: 100 })],
  },
]

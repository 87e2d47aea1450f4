import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { guardOrderRead, refuseStoreTransfer } from "../../../orders/order-access"

/**
 * Medusa's own store order routes, made private (src/orders/order-access.ts): an order's details only to its
 * customer or the holder of its access token; Medusa's transfer routes closed to store clients.
 */
const readerOf = [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardOrderRead]

export const storeOrderMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: readerOf },
  { method: ["GET"], matcher: "/store/ocop/orders/:id/payment", middlewares: readerOf },
  { method: ["GET"], matcher: "/store/ocop/orders/:id", middlewares: readerOf },
  // Cancelling is for whom may read the order: its customer, or the holder of its link.
  { method: ["POST"], matcher: "/store/ocop/orders/:id/cancel", middlewares: readerOf },
  ...["request", "accept", "cancel", "decline"].map((step) => ({
    method: ["POST" as const],
    matcher: `/store/orders/:id/transfer/${step}`,
    middlewares: [refuseStoreTransfer],
  })),
]

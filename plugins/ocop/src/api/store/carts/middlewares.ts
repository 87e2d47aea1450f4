import type { MiddlewareRoute } from "@medusajs/framework/http"
import { completeFrozenCart, holdCartWriteWhileCompleting, holdPaymentWriteWhileCompleting } from "../../../checkout/stock-gate"

/**
 * Medusa's own cart routes, with the plugin's gate in front (src/checkout/stock-gate.ts): completion freezes the
 * cart, and every other write to a cart waits for a completion in progress.
 */
const CART_WRITES: { method: ("POST" | "DELETE")[]; matcher: string }[] = [
  { method: ["POST"], matcher: "/store/carts/:id" },
  { method: ["POST"], matcher: "/store/carts/:id/line-items" },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/line-items/:line_id" },
  { method: ["POST"], matcher: "/store/carts/:id/shipping-methods" },
  { method: ["POST", "DELETE"], matcher: "/store/carts/:id/promotions" },
  { method: ["POST"], matcher: "/store/carts/:id/taxes" },
  { method: ["POST"], matcher: "/store/carts/:id/customer" },
]

export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [completeFrozenCart] },
  ...CART_WRITES.map((route) => ({ ...route, middlewares: [holdCartWriteWhileCompleting] })),
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [holdPaymentWriteWhileCompleting] },
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [holdPaymentWriteWhileCompleting] },
]

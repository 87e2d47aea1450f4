import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { completeFrozenCart, holdCartWriteWhileCompleting, holdPaymentWriteWhileCompleting } from "../../../checkout/stock-gate"
import { StoreCartLineQuantity, StoreCartLineUpdateQuantity, StoreCreateCartQuantities } from "./validators"

/**
 * Checks part of a body and leaves it as it was: Medusa's own validator for the route runs next and must
 * see the body the client sent.
 */
function checkBody(schema: z.ZodType) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = schema.safeParse(req.body ?? {})
    if (result.success) return next()
    next(new MedusaError(MedusaError.Types.INVALID_DATA, result.error.issues.map((issue) => issue.message).join("; ")))
  }
}

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
  // Whole units in every line, refused at once rather than after waiting for a completion.
  { method: ["POST"], matcher: "/store/carts", middlewares: [checkBody(StoreCreateCartQuantities)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [checkBody(StoreCartLineQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [checkBody(StoreCartLineUpdateQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [completeFrozenCart] },
  ...CART_WRITES.map((route) => ({ ...route, middlewares: [holdCartWriteWhileCompleting] })),
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [holdPaymentWriteWhileCompleting] },
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [holdPaymentWriteWhileCompleting] },
]

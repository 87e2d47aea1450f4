import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { normalizeAddress } from "../../../checkout/address"
import { completeFrozenCart, holdCartWriteWhileCompleting, holdPaymentWriteWhileCompleting } from "../../../checkout/stock-gate"
import { StoreCartLineQuantity, StoreCartLineUpdateQuantity, StoreCartMetadataWithoutFair, StoreCreateCartQuantities } from "./validators"

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
 * A cart's addresses as a client for Medusa's Store API sends them (the province and the commune or ward by
 * name, a phone as typed) become the codes and E.164 the cart keeps (src/checkout/address.ts), before
 * the route reads it; an unknown or ambiguous place is a 400 naming the closest ones.
 */
function normalizeCartAddresses(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    // Medusa's own validator may already have run (route middlewares come first): both copies are normalized.
    for (const body of [req.body, (req as { validatedBody?: unknown }).validatedBody]) {
      if (!body || typeof body !== "object") continue
      for (const which of ["shipping_address", "billing_address"] as const) {
        const address = (body as Record<string, unknown>)[which]
        if (address && typeof address === "object" && !Array.isArray(address)) {
          ;(body as Record<string, unknown>)[which] = normalizeAddress(address as object, which)
        }
      }
    }
    next()
  } catch (error) {
    next(error)
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
  {
    method: ["POST"],
    matcher: "/store/carts",
    middlewares: [checkBody(StoreCreateCartQuantities), checkBody(StoreCartMetadataWithoutFair), normalizeCartAddresses],
  },
  { method: ["POST"], matcher: "/store/carts/:id", middlewares: [checkBody(StoreCartMetadataWithoutFair), normalizeCartAddresses] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [checkBody(StoreCartLineQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [checkBody(StoreCartLineUpdateQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [completeFrozenCart] },
  ...CART_WRITES.map((route) => ({ ...route, middlewares: [holdCartWriteWhileCompleting] })),
  { method: ["POST"], matcher: "/store/payment-collections", middlewares: [holdPaymentWriteWhileCompleting] },
  { method: ["POST"], matcher: "/store/payment-collections/:id/payment-sessions", middlewares: [holdPaymentWriteWhileCompleting] },
]

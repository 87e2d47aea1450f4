import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { serializeCheckoutByStock } from "../../../checkout/stock-gate"
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

/** Medusa's own cart routes: whole units in every line, and the plugin's admission in front of completion. */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts", middlewares: [checkBody(StoreCreateCartQuantities)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items", middlewares: [checkBody(StoreCartLineQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [checkBody(StoreCartLineUpdateQuantity)] },
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [serializeCheckoutByStock] },
]

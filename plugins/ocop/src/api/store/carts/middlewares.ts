import type { MiddlewareRoute } from "@medusajs/framework/http"
import { serializeCheckoutByStock } from "../../../checkout/stock-gate"

/** Medusa's own cart routes, with the plugin's admission in front of completion (src/checkout/stock-gate.ts). */
export const storeCartMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/carts/:id/complete", middlewares: [serializeCheckoutByStock] },
]

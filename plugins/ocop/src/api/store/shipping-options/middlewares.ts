import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { checkCart } from "../../../checkout/cart-check"
import { refuseSoldOut, stockNeedsOf } from "../../../checkout/stock-gate"

type ListedOption = {
  id: string
  insufficient_inventory?: boolean
  service_zone?: { fulfillment_set?: { type?: string } | null } | null
}

/**
 * Medusa's `GET /store/shipping-options?cart_id=` judges each option's stock at the option's own stock location.
 * A pickup's location is the kiosk, which holds no stock: the parcel is reserved at the warehouse and handed
 * over at the kiosk (decision 021). Unchanged, every pickup came back `insufficient_inventory: true`, and a
 * client written for Medusa offered none. So the answer is corrected here for pickups only: the sales points
 * that do not sell every product of the cart are left out (the cart hooks refuse them anyway), and the others
 * say what the warehouse can give, the check cart completion makes (src/checkout/stock-gate.ts). Home delivery
 * options are Medusa's as they were. Decision 031.
 */
async function pickupsAsServed(container: MedusaContainer, cartId: string, options: ListedOption[]): Promise<ListedOption[]> {
  const isPickup = (option: ListedOption) => option?.service_zone?.fulfillment_set?.type === "pickup"
  if (!options.some(isPickup)) return options
  const [check, needs] = await Promise.all([checkCart(container, cartId), stockNeedsOf(container, cartId)])
  const served = new Set(check.pickup.map((pickup) => pickup.shipping_option_id))
  let soldOut = false
  if (needs?.needs.length) {
    soldOut = await refuseSoldOut(container, needs.salesChannelId, needs.needs).then(
      () => false,
      () => true
    )
  }
  return options
    .filter((option) => !isPickup(option) || served.has(option.id))
    .map((option) => (isPickup(option) ? { ...option, insufficient_inventory: soldOut } : option))
}

function correctPickups(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cartId = (req.query as Record<string, unknown>).cart_id
  if (typeof cartId !== "string" || !cartId) return next()
  const send = res.json.bind(res)
  res.json = ((body: { shipping_options?: ListedOption[] } | undefined) => {
    if (res.statusCode >= 400 || !Array.isArray(body?.shipping_options)) return send(body)
    pickupsAsServed(req.scope, cartId, body.shipping_options).then(
      (shipping_options) => send({ ...body, shipping_options }),
      (error) => {
        // The list as Medusa made it is still an answer; the cart hooks refuse a pickup that cannot be served.
        req.scope.resolve("logger").warn(`[OCOP] Could not check pickup options of cart ${cartId}: ${(error as Error).message}`)
        send(body)
      }
    )
    return res
  }) as MedusaResponse["json"]
  next()
}

export const storeShippingOptionMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/shipping-options", middlewares: [correctPickups] },
]

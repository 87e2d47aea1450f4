import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FAIR_BOOTH_KEY, FAIR_HANDLE_KEY, referredBooth } from "../../../../../../fairs/referral"

/**
 * The fair and booth a purchase came from (a visit that opened a booth's or a product's QR code), written on the
 * cart's metadata; completing the cart copies it onto every order of the purchase (orders/parcel-orders.ts),
 * which the fair's figures count. Only a fair running now and a booth of it; the latest booth wins. Medusa's own
 * cart routes refuse these keys (api/store/carts/middlewares.ts), so nobody writes them unchecked.
 */
export async function POST(req: MedusaRequest<{ fair_handle: string; booth: string }>, res: MedusaResponse) {
  const { fair_handle, booth } = req.validatedBody
  const referred = await referredBooth(req.scope, { handle: fair_handle, number: booth, now: new Date(), running: true })
  const query = req.scope.resolve("query")
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: req.params.id } })
  const cart = data[0] as { id: string; completed_at: Date | null } | undefined
  if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có giỏ hàng ${req.params.id} / no cart ${req.params.id}`)
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Giỏ hàng đã đặt xong / the cart has been checked out already")
  }
  // Straight to the cart module, not Medusa's update workflow: two metadata keys change nothing it would
  // recompute (prices, taxes, promotions, the payment), and the shopper's "add to cart" waits for this.
  // The module merges metadata, so the cart's other keys (the delivery chosen) stay.
  const metadata = { [FAIR_HANDLE_KEY]: referred.fair.handle, [FAIR_BOOTH_KEY]: referred.booth.number }
  await req.scope.resolve(Modules.CART).updateCarts(cart.id, { metadata })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ cart: { id: cart.id, fair_handle: referred.fair.handle, fair_booth: referred.booth.number } })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { orderAccessForCart } from "../../../../../../orders/order-access"
import { notFound } from "../../../helpers"

/**
 * The access token of the order this cart became, for the browser that completed it (src/orders/order-access.ts):
 * the storefront asks right after completion and keeps the token in an httpOnly cookie.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const access = await orderAccessForCart(req.scope, req.params.id!)
  if (!access) {
    throw notFound(`Giỏ hàng ${req.params.id} chưa thành đơn hàng vừa đặt`, `cart ${req.params.id} is not a just-completed order`)
  }
  res.json({ order_access: access })
}

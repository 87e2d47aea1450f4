import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cartParcels } from "../../../../../../orders/place-cart"
import { notFound } from "../../../helpers"

/**
 * The cart as the parcels it will become: one per producer, with its lines, its share of the delivery and its
 * total; what the checkout shows so the shopper sees why delivery costs what it does. Personal, never cached.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const parcels = await cartParcels(req.scope, req.params.id!)
  if (!parcels) throw notFound(`Không có giỏ hàng ${req.params.id}`, `cart ${req.params.id} was not found`)
  res.setHeader("Cache-Control", "private, no-store")
  res.json(parcels)
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPurchase } from "../../../../../orders/order-groups"
import { notFound } from "../../helpers"

/**
 * The purchase an order belongs to, with each producer's parcel (docs/store-api.md), for whom may read the order
 * (the guard of decision 026 runs first: its customer, or the holder of the order's or purchase's token).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const purchase = await loadPurchase(req.scope, req.params.id!)
  if (!purchase) throw notFound(`Không có đơn hàng ${req.params.id}`, `order ${req.params.id} was not found`)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order_group: purchase })
}

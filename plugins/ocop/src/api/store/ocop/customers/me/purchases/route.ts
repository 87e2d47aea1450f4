import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { purchasesOfOrders } from "../../../../../../customers/purchases"
import type { StoreOcopPurchasesParamsType } from "../../validators"

/**
 * The purchases her orders belong to (`?order_id=` the orders on a page of her history): one entry per purchase,
 * with its number, total and every parcel's lines, so a cart bought from three producers reads as one purchase.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreOcopPurchasesParamsType>, res: MedusaResponse) {
  const { order_id } = req.validatedQuery as StoreOcopPurchasesParamsType
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ purchases: await purchasesOfOrders(req.scope, req.auth_context.actor_id, order_id) })
}

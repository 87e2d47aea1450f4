import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Medusa's `GET /store/shipping-options?cart_id=`, with every option priced for the cart. Medusa's own route
 * leaves calculated options without an amount (a storefront is meant to ask `/calculate` for each); home delivery
 * is one (priced per producer's parcel, providers/parcel-delivery), so the list is answered by the workflow that
 * Medusa itself uses when a shipping method is added: the price shown is the price charged. Medusa's validation
 * of the query still runs first.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { cart_id, is_return } = req.filterableFields as { cart_id: string; is_return?: boolean }
  const { result } = await listShippingOptionsForCartWithPricingWorkflow(req.scope).run({
    input: { cart_id, is_return: !!is_return },
  })
  res.json({ shipping_options: result })
}

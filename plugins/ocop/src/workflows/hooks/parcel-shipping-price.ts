import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { calculateShippingOptionsPricesWorkflow, listShippingOptionsForCartWithPricingWorkflow } from "@medusajs/medusa/core-flows"
import { PARCELS_CONTEXT_KEY } from "../../orders/parcel-pricing"
import { countParcels } from "../../orders/producers-of-cart"

/**
 * Home delivery is priced per parcel (providers/parcel-delivery): both of Medusa's workflows that price a
 * calculated shipping option for a cart (listing the cart's options, including when its shipping method is
 * added or refreshed after a line changes, and `/store/shipping-options/:id/calculate`) get the cart's number of
 * parcels in their pricing context.
 */
async function parcelsOfCart({ input }: { input: { cart_id?: string } }, { container }: { container: any }) {
  return new StepResponse({ [PARCELS_CONTEXT_KEY]: input.cart_id ? await countParcels(container, input.cart_id) : 1 })
}

listShippingOptionsForCartWithPricingWorkflow.hooks.setCalculatedShippingPricingContext(parcelsOfCart as any)
calculateShippingOptionsPricesWorkflow.hooks.setCalculatedShippingPricingContext(parcelsOfCart as any)

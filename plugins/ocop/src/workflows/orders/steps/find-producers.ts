import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producersOfProducts } from "../../../orders/producers-of-cart"

/** The producer of each of the cart's products (the product ↔ producer link), as `[product_id, producer_id]` pairs. */
export const findProducersStep = createStep("ocop-find-producers", async (input: { product_ids: string[] }, { container }) => {
  return new StepResponse([...(await producersOfProducts(container, input.product_ids)).entries()])
})

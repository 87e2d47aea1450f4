import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

export type ProducerVariantChange = {
  variant_id: string
  /** The variant's đồng price row to change, and the amount. */
  price?: { id: string | null; amount: number }
  /** The one stock level the producer keeps for the variant's item, and its new stocked quantity. */
  stock?: { inventory_item_id: string; location_id: string; stocked_quantity: number }
}

/**
 * A producer's new price and stock for one of its variants, through Medusa's own workflows, so the catalogue's
 * read model (product-variant.updated) and stock reservations stay Medusa's; if the stock cannot be written,
 * the price change is undone with it.
 */
export const updateProducerVariantWorkflow = createWorkflow("ocop-update-producer-variant", (input: ProducerVariantChange) => {
  when("price-given", input, (input) => input.price !== undefined).then(() => {
    updateProductVariantsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        product_variants: [
          { id: input.variant_id, prices: [{ ...(input.price!.id ? { id: input.price!.id } : {}), currency_code: "vnd", amount: input.price!.amount }] },
        ],
      })),
    })
  })
  when("stock-given", input, (input) => input.stock !== undefined).then(() => {
    updateInventoryLevelsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ updates: [input.stock!] })) })
  })
  return new WorkflowResponse(input.variant_id)
})

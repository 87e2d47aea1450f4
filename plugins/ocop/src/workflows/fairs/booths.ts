import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../modules/fair"
import { setSalesPointProductsWorkflow } from "../set-product-sales-points"
import { replaceLinksStep } from "../steps/replace-links"
import { checkBoothStep, deleteBoothStep, fairShowcaseStep, upsertBoothStep, type SaveBoothInput } from "./steps/booth-steps"

/** After a booth changed: the fair's sales point carries exactly the products its booths show. */
function keepFairSalesPointInStep(fairId: { fair_id: string }) {
  const showcase = fairShowcaseStep(fairId)
  when({ showcase }, ({ showcase }) => !!showcase.sales_point_id).then(() => {
    setSalesPointProductsWorkflow.runAsStep({
      input: transform({ showcase }, ({ showcase }) => ({ sales_point_id: showcase.sales_point_id!, product_ids: showcase.product_ids })),
    })
  })
}

/**
 * Creates a booth or changes one: its number, zone, place on the floor plan, producer and the products it shows,
 * which must be that producer's showable products (checkBoothStep). The fair's sales point follows, and with it
 * the shown products' "where to buy".
 */
export const saveBoothWorkflow = createWorkflow("ocop-save-booth", (input: SaveBoothInput) => {
  const checked = checkBoothStep(input)
  const booth = upsertBoothStep(checked)
  replaceLinksStep(
    transform({ booth, checked }, ({ booth, checked }) => ({ link: "booth_products" as const, id: booth.id, target_ids: checked.product_ids }))
  )
  keepFairSalesPointInStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
  return new WorkflowResponse(booth)
})

export const deleteBoothWorkflow = createWorkflow("ocop-delete-booth", (input: { fair_id: string; id: string }) => {
  const deleted = deleteBoothStep(input)
  removeRemoteLinkStep(transform({ input }, ({ input }): DeleteEntityInput[] => [{ [FAIR_MODULE]: { booth_id: [input.id] } }]))
  keepFairSalesPointInStep(transform({ input }, ({ input }) => ({ fair_id: input.fair_id })))
  return new WorkflowResponse(deleted)
})

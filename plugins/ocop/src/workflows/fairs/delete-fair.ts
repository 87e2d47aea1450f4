import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { DeleteEntityInput } from "@medusajs/framework/modules-sdk"
import { FAIR_MODULE } from "../../modules/fair"
import { deleteSalesPointsWorkflow } from "../delete-sales-points"
import { deleteFairStep } from "./steps/fair-steps"

const fairLinksStep = createStep("ocop-fair-links", async ({ id }: { id: string }, { container }) => {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "fair", fields: ["sales_point.id", "booths.id"], filters: { id } })
  const fair = data[0] as any
  return new StepResponse({
    sales_point_ids: fair?.sales_point?.id ? [fair.sales_point.id as string] : [],
    booth_ids: ((fair?.booths ?? []) as any[]).filter(Boolean).map((b) => b.id as string),
  })
})

/**
 * Deletes a fair that no buyer has written to (a fair with enquiries is kept: the leads and the programme's
 * figures name it), with its zones, booths, their product links and its sales point, whose products' cards
 * no longer name it.
 */
export const deleteFairWorkflow = createWorkflow("ocop-delete-fair", (input: { id: string }) => {
  const links = fairLinksStep(input)
  const deleted = deleteFairStep(transform({ input }, ({ input }) => input.id))
  when({ links }, ({ links }) => links.booth_ids.length > 0).then(() => {
    removeRemoteLinkStep(transform({ links }, ({ links }): DeleteEntityInput[] => [{ [FAIR_MODULE]: { booth_id: links.booth_ids } }])).config({ name: "remove-booth-links" })
  })
  when({ links }, ({ links }) => links.sales_point_ids.length > 0).then(() => {
    deleteSalesPointsWorkflow.runAsStep({ input: transform({ links }, ({ links }) => ({ ids: links.sales_point_ids })) })
  })
  return new WorkflowResponse(deleted)
})

import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSalesPointsWorkflow } from "../update-sales-points"
import { fairSalesPointChange } from "./fair-sales-point"
import { updateFairStep, type FairUpdate } from "./steps/fair-steps"

/** The fair's sales point, if it still has one. Reads only. */
const fairSalesPointIdStep = createStep("ocop-fair-sales-point-id", async ({ id }: { id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "fair", fields: ["sales_point.id"], filters: { id } })
  return new StepResponse(((data[0] as any)?.sales_point?.id as string | undefined) ?? null)
})

/** Changes a fair; its sales point follows (name, venue, hours, handle), and with it the products' cards. */
export const updateFairWorkflow = createWorkflow("ocop-update-fair", (input: FairUpdate) => {
  const salesPointId = fairSalesPointIdStep(transform({ input }, ({ input }) => ({ id: input.id })))
  const fair = updateFairStep(input)
  const change = transform({ input, salesPointId }, ({ input, salesPointId }) => ({
    sales_points: salesPointId ? [{ id: salesPointId, ...fairSalesPointChange(input) }] : [],
  }))
  when({ change }, ({ change }) => change.sales_points.length > 0 && Object.keys(change.sales_points[0]!).length > 1).then(() => {
    updateSalesPointsWorkflow.runAsStep({ input: change })
  })
  return new WorkflowResponse(fair)
})

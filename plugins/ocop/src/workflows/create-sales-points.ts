import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertHandlesFreeStep } from "./steps/assert-handles-free"
import { createSalesPointsStep, type SalesPointInput } from "./steps/create-sales-points"

export const createSalesPointsWorkflow = createWorkflow(
  "ocop-create-sales-points",
  (input: { sales_points: SalesPointInput[] }) => {
    assertHandlesFreeStep(transform({ input }, ({ input }) => ({ entity: "sales_point" as const, items: input.sales_points })))
    return new WorkflowResponse(createSalesPointsStep(input.sales_points))
  }
)

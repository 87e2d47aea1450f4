import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSalesPointsStep, type SalesPointInput } from "./steps/create-sales-points"

export const createSalesPointsWorkflow = createWorkflow(
  "ocop-create-sales-points",
  (input: { sales_points: SalesPointInput[] }) => new WorkflowResponse(createSalesPointsStep(input.sales_points))
)

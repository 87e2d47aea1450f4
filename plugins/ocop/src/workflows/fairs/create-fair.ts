import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FAIR_MODULE } from "../../modules/fair"
import { OCOP_MODULE } from "../../modules/ocop"
import { assertHandlesFreeStep } from "../steps/assert-handles-free"
import { createSalesPointsStep } from "../steps/create-sales-points"
import { createFairStep, type FairInput } from "./steps/fair-steps"
import { fairSalesPoint } from "./fair-sales-point"

/**
 * A fair, its zones, and the `fair_booth` sales point it is while it runs (same handle, name, venue and hours),
 * linked to it. The sales point carries no product until booths show some (save-booth.ts).
 */
export const createFairWorkflow = createWorkflow("ocop-create-fair", (input: FairInput) => {
  const point = transform({ input }, ({ input }) => fairSalesPoint(input))
  assertHandlesFreeStep(transform({ point }, ({ point }) => ({ entity: "sales_point" as const, items: [point] })))
  const fair = createFairStep(input)
  const points = createSalesPointsStep(transform({ point }, ({ point }) => [point]))
  createRemoteLinkStep(
    transform({ fair, points }, ({ fair, points }) => [{ [FAIR_MODULE]: { fair_id: fair.id }, [OCOP_MODULE]: { sales_point_id: points[0]!.id } }])
  )
  return new WorkflowResponse(fair)
})

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSalesPointsWorkflow } from "../../../../../workflows/delete-sales-points"
import { updateSalesPointsWorkflow } from "../../../../../workflows/update-sales-points"
import { loadSalesPoint } from "../helpers"
import type { AdminUpdateSalesPointType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ sales_point: await loadSalesPoint(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSalesPointType>, res: MedusaResponse) {
  await updateSalesPointsWorkflow(req.scope).run({ input: { sales_points: [{ ...req.validatedBody, id: req.params.id }] } })
  res.json({ sales_point: await loadSalesPoint(req.scope, req.params.id) })
}

/** The products it carried stop naming it in the store. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSalesPointsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "sales_point", deleted: true })
}

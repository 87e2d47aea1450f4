import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSalesPointStockLocationWorkflow } from "../../../../../../workflows/set-sales-point-stock-location"
import { loadSalesPoint } from "../../helpers"
import type { AdminSetSalesPointStockLocationType } from "../../validators"

/** The stock location pickup orders at this sales point come from; null unlinks it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetSalesPointStockLocationType>, res: MedusaResponse) {
  await setSalesPointStockLocationWorkflow(req.scope).run({
    input: { sales_point_id: req.params.id, stock_location_id: req.validatedBody.stock_location_id },
  })
  res.json({ sales_point: await loadSalesPoint(req.scope, req.params.id) })
}

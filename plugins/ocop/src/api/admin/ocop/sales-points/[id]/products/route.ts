import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setSalesPointProductsWorkflow } from "../../../../../../workflows/set-product-sales-points"
import { loadSalesPoint } from "../../helpers"
import type { AdminSetSalesPointProductsType } from "../../validators"

/** The products this sales point carries, replaced as a whole. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetSalesPointProductsType>, res: MedusaResponse) {
  await setSalesPointProductsWorkflow(req.scope).run({
    input: { sales_point_id: req.params.id, product_ids: req.validatedBody.product_ids },
  })
  res.json({ sales_point: await loadSalesPoint(req.scope, req.params.id) })
}

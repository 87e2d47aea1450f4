import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setProductSalesPointsWorkflow } from "../../../../../../workflows/set-product-sales-points"
import { loadProductOcop } from "../../helpers"
import type { AdminSetProductSalesPointsType } from "../../validators"

/** The sales points that carry the product, replaced as a whole. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductSalesPointsType>, res: MedusaResponse) {
  await setProductSalesPointsWorkflow(req.scope).run({
    input: { product_id: req.params.id, sales_point_ids: req.validatedBody.sales_point_ids },
  })
  res.json({ product: await loadProductOcop(req.scope, req.params.id) })
}

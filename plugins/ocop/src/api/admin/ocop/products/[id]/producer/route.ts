import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { attachProducerWorkflow } from "../../../../../../workflows/attach-producer"
import { loadProductOcop } from "../../helpers"
import type { AdminSetProductProducerType } from "../../validators"

/** Says who makes the product (null: nobody recorded); its store card follows. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetProductProducerType>, res: MedusaResponse) {
  await attachProducerWorkflow(req.scope).run({
    input: { product_id: req.params.id, producer_id: req.validatedBody.producer_id },
  })
  res.json({ product: await loadProductOcop(req.scope, req.params.id) })
}

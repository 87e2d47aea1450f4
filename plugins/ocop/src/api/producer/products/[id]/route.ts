import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { producerMemberOf } from "../../member-context"
import type { ProducerUpdateProductType } from "../../validators"
import { loadProducerProduct } from "../shape"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ product: await loadProducerProduct(req.scope, producerMemberOf(req).producer_id, req.params.id!) })
}

/** The producer's own words about its product: description and subtitle. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  await loadProducerProduct(req.scope, producer_id, req.params.id!)
  await updateProductsWorkflow(req.scope).run({ input: { products: [{ id: req.params.id!, ...req.validatedBody }] } })
  res.json({ product: await loadProducerProduct(req.scope, producer_id, req.params.id!) })
}

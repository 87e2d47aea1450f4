import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseSalesPointRequest } from "../../../../../producers/assortment"
import { requestProductChangeWorkflow } from "../../../../../workflows/marketplace/product-change-requests"
import { producerMemberOf } from "../../../member-context"
import type { ProducerRequestSalesPointType } from "../../../sales-points/validators"
import { loadProducerProduct } from "../../shape"

/**
 * Asks the programme to sell the product at a sales point, or to take it off one: 202 with the request, which
 * waits in the review queue (docs/decisions/044). Nothing changes at the kiosk until the programme approves.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerRequestSalesPointType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  const id = req.params.id!
  // Another producer's product, or none: the same 404, before anything about the place is told.
  await loadProducerProduct(req.scope, me.producer_id, id)
  const { kind, changes } = await refuseSalesPointRequest(req.scope, { product_id: id, ...req.validatedBody })
  const { result } = await requestProductChangeWorkflow(req.scope).run({
    input: { producer_id: me.producer_id, product_id: id, kind, changes, requested_by: `producer:${me.member_id}` },
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(202).json({ change_request: result, product: await loadProducerProduct(req.scope, me.producer_id, id) })
}

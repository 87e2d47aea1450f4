import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders } from "../../../orders/producer-orders"
import { producerMemberOf } from "../member-context"
import type { ProducerOrderListType } from "../validators"

/** The producer's own orders (one per purchase that holds its products), newest first; `status` narrows them. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerOrderListType>, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json(await listProducerOrders(req.scope, producerMemberOf(req).producer_id, req.validatedQuery as ProducerOrderListType))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProducerOrder } from "../../../../orders/producer-orders"
import { producerMemberOf } from "../../member-context"

/** One of the producer's orders: what to pack, where it goes, how it is paid, the commission. Another's is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order: await loadProducerOrder(req.scope, producerMemberOf(req).producer_id, req.params.id!) })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProducerOrders } from "../../../../../../orders/producer-orders"
import type { ProducerOrderListType } from "../../../../../producer/validators"
import { loadProducer } from "../../helpers"

/**
 * One producer's orders, newest first, as its own portal lists them (`status` or `state` narrows them): Medusa's
 * order list cannot filter by producer, the producer's order list can, with one indexed query.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerOrderListType>, res: MedusaResponse) {
  await loadProducer(req.scope, req.params.id!)
  res.json(await listProducerOrders(req.scope, req.params.id!, req.validatedQuery as ProducerOrderListType))
}

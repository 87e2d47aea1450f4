import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProducerOrder } from "../../../../orders/producer-orders"
import { producerMemberOf } from "../../member-context"

/**
 * A fulfilment step on one of the producer's orders (workflows/orders/fulfil-parcel.ts), by an owner or a staff
 * member alike; the answer is the order as `GET /producer/orders/:id` reads it after the step.
 */
export async function takeParcelStep<Body>(
  req: AuthenticatedMedusaRequest<Body>,
  res: MedusaResponse,
  run: (input: { order_id: string; producer_id: string; member_id: string } & Body) => Promise<unknown>
) {
  const member = producerMemberOf(req)
  await run({ ...(req.validatedBody as Body), order_id: req.params.id!, producer_id: member.producer_id, member_id: member.member_id })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ order: await loadProducerOrder(req.scope, member.producer_id, req.params.id!) })
}

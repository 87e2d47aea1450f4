import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLeads } from "../../../fairs/leads"
import { producerMemberOf } from "../member-context"
import type { ProducerListTradeLeadsType } from "./validators"

/** Buyers' enquiries to the member's producer, newest first; never another producer's. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListTradeLeadsType>, res: MedusaResponse) {
  const { producer_id } = producerMemberOf(req)
  const { limit, offset, status } = req.validatedQuery
  const { leads, count } = await listLeads(req.scope, { producer_id, status }, { limit, offset })
  res.json({ trade_leads: leads.map(({ producer: _, ...lead }) => lead), count, limit, offset })
}

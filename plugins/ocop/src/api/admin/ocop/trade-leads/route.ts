import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listLeads } from "../../../../fairs/leads"
import type { AdminListTradeLeadsType } from "./validators"

/** Buyers' enquiries, newest first: of a fair, a producer, a status, a source, or found by the buyer's name or contact. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListTradeLeadsType>, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery
  const { leads, count } = await listLeads(req.scope, filters, { limit, offset })
  res.json({ trade_leads: leads, count, limit, offset })
}

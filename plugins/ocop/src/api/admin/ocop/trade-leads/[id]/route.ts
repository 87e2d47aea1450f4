import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLead } from "../../../../../fairs/leads"
import { updateTradeLeadStatusWorkflow } from "../../../../../workflows/fairs/trade-leads"
import { notFound } from "../../../../utils/not-found"
import type { TradeLeadStatusChangeType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const lead = await loadLead(req.scope, req.params.id)
  if (!lead) notFound("khách hỏi mua", "trade lead", req.params.id)
  res.json({ trade_lead: lead })
}

/** The organiser records an outcome the producer told her (a memorandum signed at the fair's closing, say). */
export async function POST(req: AuthenticatedMedusaRequest<TradeLeadStatusChangeType>, res: MedusaResponse) {
  await updateTradeLeadStatusWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, actor: `user:${req.auth_context.actor_id}` },
  })
  res.json({ trade_lead: await loadLead(req.scope, req.params.id) })
}

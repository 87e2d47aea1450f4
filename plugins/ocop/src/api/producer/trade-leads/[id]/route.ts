import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLead } from "../../../../fairs/leads"
import { updateTradeLeadStatusWorkflow } from "../../../../workflows/fairs/trade-leads"
import { notFound } from "../../../utils/not-found"
import { producerMemberOf } from "../../member-context"
import type { TradeLeadStatusChangeType } from "../validators"

async function ownLead(req: AuthenticatedMedusaRequest, producerId: string) {
  const lead = await loadLead(req.scope, req.params.id, producerId)
  if (!lead) notFound("khách hỏi mua", "trade lead", req.params.id)
  const { producer: _, ...own } = lead
  return own
}

/** One of the producer's leads with its history; another producer's is a 404, as if absent. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ trade_lead: await ownLead(req, producerMemberOf(req).producer_id) })
}

/** Records how the talk goes: contacted, a memorandum, a contract with its value, or dropped (the history keeps each). */
export async function POST(req: AuthenticatedMedusaRequest<TradeLeadStatusChangeType>, res: MedusaResponse) {
  const member = producerMemberOf(req)
  await updateTradeLeadStatusWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, producer_id: member.producer_id, actor: `producer:${member.member_id}` },
  })
  res.json({ trade_lead: await ownLead(req, member.producer_id) })
}

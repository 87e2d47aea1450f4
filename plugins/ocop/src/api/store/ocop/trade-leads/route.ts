import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createTradeLeadWorkflow } from "../../../../workflows/fairs/trade-leads"
import type { StoreTradeLeadBodyType } from "./validators"

/** A buyer's enquiry to a producer (docs/store-api.md); the producer's team and the buyer get a mail. */
export async function POST(req: MedusaRequest<StoreTradeLeadBodyType>, res: MedusaResponse) {
  const { website: _honeypot, ...body } = req.validatedBody
  const { result } = await createTradeLeadWorkflow(req.scope).run({ input: body })
  res.status(201).json({ trade_lead: { id: result.id } })
}

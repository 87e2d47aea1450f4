import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { payoutsDue } from "../../../../settlement/payouts"
import { recordPayoutWorkflow } from "../../../../workflows/marketplace/record-payout"
import { loadProducer } from "../producers/helpers"
import type { AdminListPayoutsType, AdminRecordPayoutType } from "./validators"

/** A month's producers with what each sold, what is still due, its account and the transfer's VietQR code. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListPayoutsType>, res: MedusaResponse) {
  const { period, limit, offset } = req.validatedQuery as AdminListPayoutsType
  res.json(await payoutsDue(req.scope, period, { limit, offset }))
}

/** Records a transfer made to a producer; the month's balance drops by it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPayoutType>, res: MedusaResponse) {
  const body = req.validatedBody
  await loadProducer(req.scope, body.producer_id)
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: {
      producer_id: body.producer_id,
      period: body.period,
      amount: body.amount,
      bank_reference: body.bank_reference,
      paid_at: body.paid_at ?? new Date(),
      note: body.note ?? null,
      recorded_by: req.auth_context?.actor_id ?? null,
    },
  })
  res.status(201).json({ payout: result })
}

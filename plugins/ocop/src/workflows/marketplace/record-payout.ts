import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"
import { loadPayouts, loadStatementLines, statementTotals } from "../../settlement/statement"

type Input = { producer_id: string; period: string; amount: number; bank_reference: string; paid_at: Date; note: string | null; recorded_by: string | null }

/**
 * A transfer to the producer against a month's statement. Refused when it is more than the month still owes
 * (a typo of one zero is the likeliest mistake) or when the same bank reference was recorded already.
 */
const recordPayoutStep = createStep(
  "ocop-record-payout",
  async (input: Input, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [lines, payouts, sameTransfer] = await Promise.all([
      loadStatementLines(container, input.period, [input.producer_id]).then((map) => map.get(input.producer_id) ?? []),
      loadPayouts(container, input.period, [input.producer_id]).then((map) => map.get(input.producer_id) ?? []),
      marketplace.listPayouts({ producer_id: input.producer_id, bank_reference: input.bank_reference }),
    ])
    if (sameTransfer.length) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Giao dịch ${input.bank_reference} đã được ghi / the transfer ${input.bank_reference} is already recorded`
      )
    }
    const { balance } = statementTotals(lines, payouts)
    if (input.amount > balance) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Số tiền vượt quá số còn phải trả (${balance} ₫) / the amount is more than the ${balance} ₫ still due for the month`
      )
    }
    const payout = await marketplace.createPayouts({ ...input, currency_code: "vnd" })
    return new StepResponse(payout, payout.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).deletePayouts([id])
  }
)

export const recordPayoutWorkflow = createWorkflow("ocop-record-payout", (input: Input) => {
  return new WorkflowResponse(recordPayoutStep(input))
})

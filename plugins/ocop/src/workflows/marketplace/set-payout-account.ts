import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_MODULE } from "../../modules/marketplace"
import type MarketplaceModuleService from "../../modules/marketplace/service"

type Account = { bank_bin: string; account_number: string; account_name: string }
type Input = Account & { producer_id: string; member_id: string }

/** Sets the account the producer is paid into; the earlier one comes back on failure. */
const setPayoutAccountStep = createStep(
  "ocop-set-payout-account",
  async (input: Input, { container }) => {
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    const [before] = await marketplace.listPayoutAccounts({ producer_id: input.producer_id })
    const values = { bank_bin: input.bank_bin, account_number: input.account_number, account_name: input.account_name, updated_by: input.member_id }
    const account = before
      ? await marketplace.updatePayoutAccounts({ id: before.id, ...values })
      : await marketplace.createPayoutAccounts({ producer_id: input.producer_id, ...values })
    const previous = before
      ? { id: before.id, bank_bin: before.bank_bin, account_number: before.account_number, account_name: before.account_name, updated_by: before.updated_by }
      : null
    return new StepResponse(account, { created: before ? null : account.id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
    if (undo.created) await marketplace.deletePayoutAccounts([undo.created])
    if (undo.previous) await marketplace.updatePayoutAccounts(undo.previous)
  }
)

export const setPayoutAccountWorkflow = createWorkflow("ocop-set-payout-account", (input: Input) => {
  return new WorkflowResponse(setPayoutAccountStep(input))
})

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_MODULE } from "../../../modules/marketplace"
import type MarketplaceModuleService from "../../../modules/marketplace/service"
import { bankName, PAYOUT_BANKS } from "../../../payments/banks"
import { setPayoutAccountWorkflow } from "../../../workflows/marketplace/set-payout-account"
import { producerMemberOf } from "../member-context"
import type { ProducerSetPayoutAccountType } from "./validators"

async function accountOf(req: AuthenticatedMedusaRequest, producerId: string) {
  const [account] = await req.scope.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listPayoutAccounts({ producer_id: producerId })
  return account
    ? { bank_bin: account.bank_bin, bank_name: bankName(account.bank_bin), account_number: account.account_number, account_name: account.account_name, updated_at: account.updated_at }
    : null
}

/** The account the platform pays the producer into (null until an owner sets it), and the banks to choose from. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ payout_account: await accountOf(req, producerMemberOf(req).producer_id), banks: PAYOUT_BANKS })
}

/** Sets it: owners only, like the team (a changed account redirects the producer's money). */
export async function POST(req: AuthenticatedMedusaRequest<ProducerSetPayoutAccountType>, res: MedusaResponse) {
  const me = producerMemberOf(req)
  await setPayoutAccountWorkflow(req.scope).run({ input: { ...req.validatedBody, producer_id: me.producer_id, member_id: me.member_id } })
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ payout_account: await accountOf(req, me.producer_id), banks: PAYOUT_BANKS })
}

/**
 * The admin's payout screen: for a month, each producer with orders or payouts in it, its statement's figures,
 * the account it is paid into and, while something is still due, the VietQR code of a transfer of exactly the
 * balance to that account, so paying a producer is one scan in the platform's banking app.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { bankName } from "../payments/banks"
import { encodeVietQr, transferPurpose } from "../payments/vietqr"
import { qrSvg } from "../stamps/qr"
import { loadPayouts, loadStatementLines, statementTotals } from "./statement"

/** What the producer's bank statement will read: the programme and the month, in the ASCII banks keep. */
export const payoutPurpose = (period: string, handle: string) => transferPurpose(`OCOP ${period.replace("-", "")} ${handle.replace(/-/g, " ")}`)

export async function payoutsDue(container: MedusaContainer, period: string, page: { limit: number; offset: number }) {
  const [linesByProducer, payoutsByProducer] = await Promise.all([loadStatementLines(container, period, null), loadPayouts(container, period, null)])
  const producerIds = [...new Set([...linesByProducer.keys(), ...payoutsByProducer.keys()])]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers } = producerIds.length
    ? await query.graph({ entity: "producer", fields: ["id", "handle", "name"], filters: { id: producerIds } })
    : { data: [] }
  // By name, as the admin looks a producer up; a page at a time.
  const sorted = (producers as { id: string; handle: string; name: string }[]).sort((a, b) => a.name.localeCompare(b.name, "vi"))
  const shown = sorted.slice(page.offset, page.offset + page.limit)
  const accounts = shown.length
    ? await container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE).listPayoutAccounts({ producer_id: shown.map((p) => p.id) })
    : []
  const accountOf = new Map(accounts.map((account) => [account.producer_id, account]))
  const rows = await Promise.all(
    shown.map(async (producer) => {
      const payouts = payoutsByProducer.get(producer.id) ?? []
      const totals = statementTotals(linesByProducer.get(producer.id) ?? [], payouts)
      const account = accountOf.get(producer.id)
      let transfer = null
      if (account && totals.balance > 0) {
        const purpose = payoutPurpose(period, producer.handle)
        const payload = encodeVietQr({ bankBin: account.bank_bin, accountNumber: account.account_number, amount: totals.balance, purpose })
        transfer = { amount: totals.balance, purpose, payload, qr_svg: await qrSvg(payload) }
      }
      return {
        producer,
        totals,
        payouts,
        payout_account: account
          ? { bank_bin: account.bank_bin, bank_name: bankName(account.bank_bin), account_number: account.account_number, account_name: account.account_name }
          : null,
        transfer,
      }
    })
  )
  return { period, producers: rows, count: sorted.length, limit: page.limit, offset: page.offset }
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

/** A month's payouts (`/admin/ocop/payouts`): each producer's statement figures, its account, the transfer still due. */
export type PayoutRow = {
  producer: { id: string; handle: string; name: string }
  totals: Record<
    "orders" | "sales" | "commission" | "commission_settled" | "collected_by_platform" | "collected_by_couriers" | "awaiting" | "amount_due" | "paid_out" | "balance",
    number
  >
  payouts: { id: string; amount: number; bank_reference: string; paid_at: string; note: string | null }[]
  payout_account: { bank_bin: string; bank_name: string | null; account_number: string; account_name: string } | null
  transfer: { amount: number; purpose: string; payload: string; qr_svg: string } | null
}
export type PayoutMonth = { period: string; producers: PayoutRow[]; count: number; limit: number; offset: number }

export const usePayouts = (period: string, offset: number) =>
  useQuery({
    queryKey: ["ocop", "payouts", period, offset],
    queryFn: () => sdk.client.fetch<PayoutMonth>("/admin/ocop/payouts", { query: { period, limit: 20, offset } }),
    placeholderData: keepPreviousData,
  })

export const useRecordPayout = () => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { producer_id: string; period: string; amount: number; bank_reference: string; note?: string }) =>
      sdk.client.fetch("/admin/ocop/payouts", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["ocop"] }),
  })
}

/** A producer's statement as CSV, fetched with the admin's session (a plain link would not carry it). */
export async function downloadStatementCsv(producerId: string, handle: string, period: string) {
  const response = await fetch(`/admin/ocop/producers/${producerId}/statements/${period}.csv`, { credentials: "include" })
  if (!response.ok) throw new Error(`CSV: ${response.status}`)
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: `sao-ke-${handle}-${period}.csv` })
  link.click()
  URL.revokeObjectURL(url)
}

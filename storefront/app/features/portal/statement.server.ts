/**
 * The producer's money in the portal (`/producer/statements/:month`, `/producer/payout-account`), always with
 * the member's own token: the backend scopes both to her producer, and the account to owners.
 */
import { backendCall } from "~/lib/medusa.server"

export type StatementLine = {
  order_id: string
  display_id: number
  placed_at: string
  state: string
  delivery: "home" | "pickup"
  payment: "online" | "cash"
  settled: boolean
  items: number
  shipping: number
  total: number
  commission: number
}
export type StatementTotals = Record<
  | "orders" | "canceled_orders" | "sales" | "canceled" | "shipping" | "commission" | "commission_settled"
  | "collected_by_platform" | "collected_by_couriers" | "awaiting" | "amount_due" | "paid_out" | "balance",
  number
>
export type Statement = {
  period: string
  totals: StatementTotals
  days: { date: string; sales: number; orders: number }[]
  payouts: { id: string; amount: number; bank_reference: string; paid_at: string }[]
  lines: StatementLine[]
  count: number
  limit: number
  offset: number
}
export type PayoutAccount = { bank_bin: string; bank_name: string | null; account_number: string; account_name: string }
export type Bank = { bin: string; name: string }

/** The month in Vietnam's time, `YYYY-MM`: statements count orders by it. */
export function currentPeriod(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
}

/** The last `count` months, newest first, for the month picker. */
export function recentPeriods(count: number, now = new Date()): string[] {
  const [year, month] = currentPeriod(now).split("-").map(Number) as [number, number]
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - i, 1))
    return date.toISOString().slice(0, 7)
  })
}

export async function loadStatement(token: string, period: string, page: { limit: number; offset: number }): Promise<Statement | null> {
  const answer = await backendCall("GET", `/producer/statements/${period}?limit=${page.limit}&offset=${page.offset}`, { token })
  return answer.status === 200 ? (answer.body.statement as Statement) : null
}

/** The month's statement as the backend writes it for a bookkeeper. */
export async function statementFile(token: string, period: string): Promise<Response | null> {
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}/producer/statements/${period}.csv`, { headers: { authorization: `Bearer ${token}` } })
  if (response.status >= 500) throw new Error(`the statement of ${period} answered ${response.status}`)
  return response.ok ? response : null
}

/** The payout account and the banks to choose from; null for staff (owners only). */
export async function loadPayoutAccount(token: string): Promise<{ payout_account: PayoutAccount | null; banks: Bank[] } | null> {
  const answer = await backendCall("GET", "/producer/payout-account", { token })
  return answer.status === 200 ? (answer.body as { payout_account: PayoutAccount | null; banks: Bank[] }) : null
}

/** Sets it; the backend's bilingual message when it refuses. */
export async function setPayoutAccount(token: string, account: { bank_bin: string; account_number: string; account_name: string }): Promise<string | null> {
  const answer = await backendCall("POST", "/producer/payout-account", { token, body: account })
  return answer.status === 200 ? null : String(answer.body.message ?? answer.status)
}

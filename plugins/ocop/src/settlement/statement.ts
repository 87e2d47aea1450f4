/**
 * A producer's monthly statement (docs/decisions/041): what it sold in the month, what was cancelled, the
 * platform's commission, who collected the money (the platform for an online payment, the courier for cash on
 * delivery) and so what the platform owes the producer, less what it has already paid out.
 *
 * Built from the records written when each order was placed and kept in step since (the producer's order list
 * and the commission lines), never from today's prices or rates. An order counts in the month it was placed.
 * Only a settled order moves money: paid online (the platform holds its total), or delivered against cash (the
 * producer's courier holds it, and the producer owes the commission on it). Until then its commission is pending.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { amount } from "../orders/amount"
import type { ParcelState } from "../orders/fulfilment"
import { periodBounds, vietnamDate } from "./period"

type Row = Record<string, any>

export type StatementLine = {
  order_id: string
  display_id: number
  placed_at: Date
  state: ParcelState
  delivery: "home" | "pickup"
  /** `online`: the purchase was paid to the platform (VietQR, card); `cash`: to the producer's courier. */
  payment: "online" | "cash"
  /** Paid online and received, or delivered against cash. */
  settled: boolean
  /** What the shopper paid for the lines (VAT included, after discounts). */
  items: number
  shipping: number
  total: number
  commission: number
}

export type StatementTotals = {
  orders: number
  canceled_orders: number
  /** Lines of orders not cancelled. */
  sales: number
  /** Lines of cancelled orders: neither sold nor charged. */
  canceled: number
  shipping: number
  /** On every order not cancelled, as written when it was placed. */
  commission: number
  /** The part of it on settled orders: what this month's money is charged. */
  commission_settled: number
  collected_by_platform: number
  collected_by_couriers: number
  /** Orders not cancelled whose money has not come in yet. */
  awaiting: number
  /** What the platform owes the producer for the month: what it collected less the commission on settled orders. Negative: the producer owes. */
  amount_due: number
  paid_out: number
  balance: number
}

export type PayoutRecord = { id: string; amount: number; bank_reference: string; paid_at: Date; note: string | null }

/** The figures of one month's lines, with what was paid out against them. */
export function statementTotals(lines: StatementLine[], payouts: Pick<PayoutRecord, "amount">[]): StatementTotals {
  const totals: StatementTotals = {
    orders: 0, canceled_orders: 0, sales: 0, canceled: 0, shipping: 0, commission: 0, commission_settled: 0,
    collected_by_platform: 0, collected_by_couriers: 0, awaiting: 0, amount_due: 0, paid_out: 0, balance: 0,
  }
  for (const line of lines) {
    if (line.state === "canceled") {
      totals.canceled_orders++
      totals.canceled += line.items
      continue
    }
    totals.orders++
    totals.sales += line.items
    totals.shipping += line.shipping
    totals.commission += line.commission
    if (!line.settled) {
      totals.awaiting += line.total
      continue
    }
    totals.commission_settled += line.commission
    if (line.payment === "online") totals.collected_by_platform += line.total
    else totals.collected_by_couriers += line.total
  }
  totals.amount_due = totals.collected_by_platform - totals.commission_settled
  totals.paid_out = payouts.reduce((sum, payout) => sum + payout.amount, 0)
  totals.balance = totals.amount_due - totals.paid_out
  return totals
}

/** Sales (orders not cancelled) per calendar day of the month, every day listed: the portal's chart. */
export function dailySales(lines: StatementLine[], period: string): { date: string; sales: number; orders: number }[] {
  const { days } = periodBounds(period)
  const byDay = new Map<string, { sales: number; orders: number }>()
  for (let day = 1; day <= days; day++) byDay.set(`${period}-${String(day).padStart(2, "0")}`, { sales: 0, orders: 0 })
  for (const line of lines) {
    if (line.state === "canceled") continue
    const day = byDay.get(vietnamDate(line.placed_at))
    if (!day) continue
    day.sales += line.items
    day.orders++
  }
  return [...byDay].map(([date, figures]) => ({ date, ...figures }))
}

const CHUNK = 1000
const chunks = <T>(list: T[]) => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK))

const paidInFull = (collection: Row | null | undefined) =>
  !!collection && amount(collection.amount) > 0 && amount(collection.captured_amount ?? 0) >= amount(collection.amount)

/**
 * The lines of the month for these producers (all producers with orders in it when `producerIds` is null),
 * oldest first, by producer.
 */
export async function loadStatementLines(
  container: MedusaContainer,
  period: string,
  producerIds: string[] | null
): Promise<Map<string, StatementLine[]>> {
  const { from, to } = periodBounds(period)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const rows = await marketplace.listProducerOrders(
    { ...(producerIds ? { producer_id: producerIds } : {}), placed_at: { $gte: from, $lt: to } },
    { order: { placed_at: "ASC", id: "ASC" } }
  )
  const orderIds = rows.map((row) => row.order_id)
  const groupIds = [...new Set(rows.map((row) => row.order_group_id))]

  const commissionOf = new Map<string, { items: number; commission: number }>()
  const groupOf = new Map<string, Row>()
  const ownCollectionOf = new Map<string, Row | null>()
  for (const ids of chunks(orderIds)) {
    for (const line of await marketplace.listCommissionLines({ order_id: ids })) {
      const sums = commissionOf.get(line.order_id) ?? { items: 0, commission: 0 }
      sums.items += amount(line.base_amount)
      sums.commission += amount(line.amount)
      commissionOf.set(line.order_id, sums)
    }
  }
  for (const ids of chunks(groupIds)) {
    const { data } = await query.graph({
      entity: "order_group",
      fields: ["id", "payment_mode", "payment_collection.amount", "payment_collection.captured_amount"],
      filters: { id: ids },
    })
    for (const group of data as Row[]) groupOf.set(group.id, group)
  }
  // A purchase of one parcel, and each parcel paid in cash, carries its payment on the order itself.
  const onOrder = rows.filter((row) => !groupOf.get(row.order_group_id)?.payment_collection).map((row) => row.order_id)
  for (const ids of chunks(onOrder)) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "payment_collections.amount", "payment_collections.captured_amount"],
      filters: { id: ids },
    })
    for (const order of data as Row[]) ownCollectionOf.set(order.id, (order.payment_collections ?? []).find(Boolean) ?? null)
  }

  const byProducer = new Map<string, StatementLine[]>()
  for (const row of rows) {
    const group = groupOf.get(row.order_group_id)
    const payment: StatementLine["payment"] = group?.payment_mode === "per_parcel" ? "cash" : "online"
    const state = row.state as ParcelState
    const settled =
      state !== "canceled" &&
      (payment === "cash" ? state === "delivered" : paidInFull(group?.payment_collection ?? ownCollectionOf.get(row.order_id)))
    const total = amount(row.total)
    const sums = commissionOf.get(row.order_id) ?? { items: total, commission: 0 }
    const line: StatementLine = {
      order_id: row.order_id,
      display_id: amount(row.display_id),
      placed_at: new Date(row.placed_at),
      state,
      delivery: row.delivery,
      payment,
      settled,
      items: sums.items,
      shipping: Math.max(0, total - sums.items),
      total,
      commission: sums.commission,
    }
    const list = byProducer.get(row.producer_id) ?? []
    list.push(line)
    byProducer.set(row.producer_id, list)
  }
  return byProducer
}

/** The payouts recorded against the month, by producer, in the order they were made. */
export async function loadPayouts(container: MedusaContainer, period: string, producerIds: string[] | null) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const payouts = await marketplace.listPayouts(
    { period, ...(producerIds ? { producer_id: producerIds } : {}) },
    { order: { paid_at: "ASC", id: "ASC" } }
  )
  const byProducer = new Map<string, PayoutRecord[]>()
  for (const payout of payouts) {
    const list = byProducer.get(payout.producer_id) ?? []
    list.push({ id: payout.id, amount: amount(payout.amount), bank_reference: payout.bank_reference, paid_at: new Date(payout.paid_at), note: payout.note ?? null })
    byProducer.set(payout.producer_id, list)
  }
  return byProducer
}

/** One producer's statement for a month: totals, the days' sales, the payouts, and the lines a page at a time. */
export async function producerStatement(
  container: MedusaContainer,
  producerId: string,
  period: string,
  page: { limit: number; offset: number } | null
) {
  const [lines, payouts] = await Promise.all([
    loadStatementLines(container, period, [producerId]).then((map) => map.get(producerId) ?? []),
    loadPayouts(container, period, [producerId]).then((map) => map.get(producerId) ?? []),
  ])
  const { from, to } = periodBounds(period)
  return {
    period,
    from,
    to,
    currency_code: "vnd",
    totals: statementTotals(lines, payouts),
    days: dailySales(lines, period),
    payouts,
    lines: page ? lines.slice(page.offset, page.offset + page.limit) : lines,
    count: lines.length,
    limit: page?.limit ?? lines.length,
    offset: page?.offset ?? 0,
  }
}

export type ProducerStatement = Awaited<ReturnType<typeof producerStatement>>

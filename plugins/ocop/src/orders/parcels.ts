/**
 * One cart, one parcel per producer (docs/decisions/018): which producer each line's product belongs to, and the
 * cart cut into parcels with their share of the delivery. The cart's completion (workflows/orders) makes one
 * order of each parcel; the store's cart route (`/store/ocop/carts/:id/parcels`) shows the same parcels before,
 * and the shipping price counts them: one function, so the three always agree. Pure: the queries that feed it
 * are in producers-of-cart.ts.
 */
import { shareAmount } from "./parcel-pricing"

/** Lines whose product has no producer (the shop's own) travel together, as one parcel of their own. */
export const NO_PRODUCER = ""

export type ProducerOfProduct = Map<string, string>

export type Line = { id: string; product_id?: string | null; variant?: { product?: { id?: string | null } | null } | null }

export const productOf = (line: Line) => line.product_id ?? line.variant?.product?.id ?? ""

/** The producers of the lines, in the order their first line was added (a cart lists lines oldest first). */
export function parcelKeys(lines: Line[], producerOf: ProducerOfProduct): string[] {
  const keys: string[] = []
  for (const line of lines) {
    const key = producerOf.get(productOf(line)) ?? NO_PRODUCER
    if (!keys.includes(key)) keys.push(key)
  }
  return keys
}

type Adjustment = { amount: unknown; [key: string]: unknown }
type ShippingMethod = { amount: unknown; raw_amount?: unknown; adjustments?: (Adjustment | null)[] | null; [key: string]: unknown }

export type Parcel<L extends Line, M extends ShippingMethod> = {
  /** The producer whose products these are; null for the shop's own. */
  producer_id: string | null
  items: L[]
  /** The cart's shipping methods, each with this parcel's share of its amount and adjustments. */
  shipping_methods: M[]
}

/** Amounts come as numbers, strings, or Medusa's BigNumber (`numeric`) and raw amounts (`value`). */
const amountOf = (value: unknown): number => {
  if (value && typeof value === "object") {
    const big = value as { numeric?: unknown; value?: unknown }
    return Number(big.numeric ?? big.value ?? 0)
  }
  return Number(value ?? 0)
}

/**
 * The cart cut into parcels: each producer's lines, and every shipping method of the cart with the parcel's
 * share (delivery per parcel divides exactly; pickup is free). Lines keep everything they carry (prices,
 * adjustments, tax lines): the order is made of them as Medusa makes it of a whole cart.
 */
export function splitIntoParcels<L extends Line, M extends ShippingMethod>(
  cart: { items?: (L | null)[] | null; shipping_methods?: (M | null)[] | null },
  producerOf: ProducerOfProduct
): Parcel<L, M>[] {
  const lines = (cart.items ?? []).filter((line): line is L => !!line)
  const keys = parcelKeys(lines, producerOf)
  const methods = (cart.shipping_methods ?? []).filter((method): method is M => !!method)
  const shares = methods.map((method) => ({
    amount: shareAmount(amountOf(method.amount ?? method.raw_amount), keys.length),
    adjustments: (method.adjustments ?? []).filter((a): a is Adjustment => !!a).map((a) => shareAmount(amountOf(a.amount), keys.length)),
  }))
  return keys.map((key, index) => ({
    producer_id: key === NO_PRODUCER ? null : key,
    items: lines.filter((line) => (producerOf.get(productOf(line)) ?? NO_PRODUCER) === key),
    shipping_methods: methods.map((method, m) => ({
      ...method,
      amount: shares[m]!.amount[index]!,
      raw_amount: undefined,
      adjustments: (method.adjustments ?? [])
        .filter((a): a is Adjustment => !!a)
        .map((adjustment, a) => ({ ...adjustment, amount: shares[m]!.adjustments[a]![index]! })),
    })),
  }))
}

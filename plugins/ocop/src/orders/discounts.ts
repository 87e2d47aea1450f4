/**
 * The promo-code discounts of a purchase, as the shopper is shown them: one line per code, the sum of that
 * code's adjustments over every parcel's lines and deliveries. A split purchase's orders each carry their own
 * lines' adjustments (parcel-orders.ts copies them from the cart), so the sum over the orders is the cart's
 * discount, and a parcel's own discount is its share of it.
 */
import { amount } from "./amount"

type Row = Record<string, any>

export type Discount = { code: string; amount: number }

/** The order fields `discountsOf` reads. */
export const DISCOUNT_FIELDS = ["items.adjustments.code", "items.adjustments.amount", "shipping_methods.adjustments.code", "shipping_methods.adjustments.amount"]

/** Each code's discount over these orders (or carts), in the order the codes first appear; automatic ones (no code) as "". */
export function discountsOf(orders: Row[]): Discount[] {
  const byCode = new Map<string, number>()
  for (const order of orders) {
    const lines = [...((order?.items ?? []) as Row[]), ...((order?.shipping_methods ?? []) as Row[])].filter(Boolean)
    for (const adjustment of lines.flatMap((line) => (line.adjustments ?? []) as Row[]).filter(Boolean)) {
      const code = String(adjustment.code ?? "")
      byCode.set(code, (byCode.get(code) ?? 0) + amount(adjustment.amount ?? 0))
    }
  }
  return [...byCode].filter(([, sum]) => sum > 0).map(([code, sum]) => ({ code, amount: sum }))
}

export const discountTotal = (discounts: Discount[]) => discounts.reduce((sum, d) => sum + d.amount, 0)

/**
 * A cart's or an order's promo-code discounts as the pages show them: one line per code, "Giảm giá (TET2027)",
 * the sum of that code's adjustments over the lines and deliveries (Medusa writes one adjustment per line).
 * `codes` are the codes the cart carries, so a code shows with its remove button even when it takes nothing off.
 */
export type Discount = { code: string; amount: number }

type Adjusted = { adjustments?: ({ code?: string | null; amount?: number | string | null } | null)[] | null } | null

export function discountsOf(lines: Adjusted[], codes: string[] = []): Discount[] {
  const byCode = new Map<string, number>(codes.map((code) => [code, 0]))
  for (const adjustment of lines.flatMap((line) => line?.adjustments ?? [])) {
    if (!adjustment) continue
    const code = adjustment.code ?? ""
    byCode.set(code, (byCode.get(code) ?? 0) + Number(adjustment.amount ?? 0))
  }
  return [...byCode]
    .filter(([code, amount]) => codes.includes(code) || amount > 0)
    .map(([code, amount]) => ({ code, amount: Math.round(amount) }))
}

/**
 * The platform's commission on what producers sell: a rate in percent per producer (the programme's agreement,
 * `commission_rate` of the marketplace module), else the configured default, applied to each order line when the
 * order is placed (docs/decisions/018).
 */

/** Used when `OCOP_COMMISSION_RATE` is not set. */
export const DEFAULT_COMMISSION_RATE = 5

/** `OCOP_COMMISSION_RATE` in percent (0–100, decimals allowed: `7.5`); anything else is a configuration error. */
export function defaultCommissionRate(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.OCOP_COMMISSION_RATE?.trim()
  if (!text) return DEFAULT_COMMISSION_RATE
  const rate = Number(text)
  if (!/^\d+(\.\d+)?$/.test(text) || !(rate >= 0 && rate <= 100)) {
    throw new Error(`OCOP_COMMISSION_RATE must be a percentage from 0 to 100 (e.g. 5 or 7.5), not "${text}"`)
  }
  return rate
}

/** The commission on a line, in whole đồng (half rounds up, as a bank rounds a fee). */
export function commissionOn(baseAmount: number, ratePercent: number): number {
  return Math.round((Math.round(baseAmount) * ratePercent) / 100 + Number.EPSILON)
}

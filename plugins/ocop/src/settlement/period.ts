/**
 * A statement's month: `YYYY-MM` in Vietnam's time (UTC+7 all year, no daylight saving), so an order placed at
 * 23:30 on the last evening of a month counts in that month, as the producer's own books have it.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/

export type PeriodBounds = { period: string; from: Date; to: Date; days: number }

/** The first instant of the month and the first of the next, as instants; throws on anything not `YYYY-MM`. */
export function periodBounds(period: string): PeriodBounds {
  const match = PERIOD_PATTERN.exec(period)
  if (!match) throw new RangeError(`A period is YYYY-MM, not "${period}"`)
  const year = Number(match[1])
  const month = Number(match[2]) - 1
  const from = new Date(Date.UTC(year, month, 1) - VIETNAM_OFFSET_MS)
  const to = new Date(Date.UTC(year, month + 1, 1) - VIETNAM_OFFSET_MS)
  return { period, from, to, days: new Date(Date.UTC(year, month + 1, 0)).getUTCDate() }
}

/** The month an instant falls in, in Vietnam. */
export function periodOf(at: Date): string {
  return vietnamDate(at).slice(0, 7)
}

/** The calendar day an instant falls on in Vietnam, `YYYY-MM-DD`. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}

/** The month before. */
export function previousPeriod(period: string): string {
  const { from } = periodBounds(period)
  return periodOf(new Date(from.getTime() - 1))
}

/** `count` months, newest first, ending with `last`. */
export function periodsEndingWith(last: string, count: number): string[] {
  const periods = [last]
  while (periods.length < count) periods.push(previousPeriod(periods[periods.length - 1]!))
  return periods
}

/**
 * When a fair runs, in Vietnam's days: the organiser names its first and last day; the fair is on from 00:00
 * of the first day to 24:00 of the last, Vietnam time (UTC+7, no daylight saving). Pure, with the clock passed
 * in, so the storefront's "where to buy", the list's current/upcoming/past and the tests read one rule.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

export type FairPhase = "upcoming" | "current" | "past"
export const FAIR_PHASES: readonly FairPhase[] = ["current", "upcoming", "past"]

export type FairWindow = { starts_at: Date; ends_at: Date }

function dayStart(day: string): Date {
  const match = ISO_DAY.exec(day)
  if (!match) throw new RangeError(`Ngày phải có dạng YYYY-MM-DD: ${day} / a day is written YYYY-MM-DD: ${day}`)
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  const date = new Date(utc)
  if (date.getUTCMonth() !== Number(match[2]) - 1) throw new RangeError(`Không có ngày ${day} / there is no day ${day}`)
  return new Date(utc - VIETNAM_OFFSET_MS)
}

/** The instants of a fair held from `first` to `last` (ISO days, both included). */
export function fairWindow(first: string, last: string): FairWindow {
  const starts_at = dayStart(first)
  const ends_at = new Date(dayStart(last).getTime() + DAY_MS)
  if (ends_at <= starts_at) {
    throw new RangeError(`Ngày kết thúc ${last} trước ngày khai mạc ${first} / the last day ${last} is before the first ${first}`)
  }
  return { starts_at, ends_at }
}

/** The ISO days back from the instants: what the organiser typed. */
export function fairDays(window: { starts_at: Date | string; ends_at: Date | string }): { first_day: string; last_day: string } {
  const vietnamDay = (ms: number) => new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
  return {
    first_day: vietnamDay(new Date(window.starts_at).getTime()),
    last_day: vietnamDay(new Date(window.ends_at).getTime() - 1),
  }
}

export function fairPhase(window: { starts_at: Date | string; ends_at: Date | string }, now: Date): FairPhase {
  const at = now.getTime()
  if (at < new Date(window.starts_at).getTime()) return "upcoming"
  if (at < new Date(window.ends_at).getTime()) return "current"
  return "past"
}

export function isFairRunning(window: { starts_at: Date | string; ends_at: Date | string }, now: Date): boolean {
  return fairPhase(window, now) === "current"
}

/**
 * Query filters (Medusa's operators) for the fairs in a phase at `now`, and the order a visitor reads them in:
 * what runs now ends soonest first, what is coming opens soonest first, what is over is newest first.
 */
export function phaseFilter(phase: FairPhase, now: Date): { filters: Record<string, Record<string, Date>>; order: Record<string, "ASC" | "DESC"> } {
  if (phase === "current") return { filters: { starts_at: { $lte: now }, ends_at: { $gt: now } }, order: { ends_at: "ASC" } }
  if (phase === "upcoming") return { filters: { starts_at: { $gt: now } }, order: { starts_at: "ASC" } }
  return { filters: { ends_at: { $lte: now } }, order: { starts_at: "DESC" } }
}

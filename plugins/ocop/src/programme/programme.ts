/**
 * The programme dashboard's answer (`GET /admin/ocop/programme`): the instant it is read at, the snapshot, the
 * figures. Today by default; for a past year, the end of its 31 December in Vietnam.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { endOfYearInVietnam, vietnamDay } from "../modules/ocop/rules"
import { fairFiguresOf, type FairFigures } from "./fair-figures"
import { computeProgramme, type ProgrammeResult } from "./figures"
import { loadProgrammeSnapshot } from "./snapshot"

const VN_OFFSET_MS = 7 * 60 * 60 * 1000

/** The first year the year picker offers: the province's first plan (2018–2020). */
export const FIRST_PROGRAMME_YEAR = 2018

/** The years whose 31 December has passed at `now`, newest first. */
export function pastYears(now: Date): number[] {
  const current = Number(vietnamDay(now).slice(0, 4))
  return Array.from({ length: Math.max(0, current - FIRST_PROGRAMME_YEAR) }, (_, i) => current - 1 - i)
}

export async function loadProgramme(
  container: MedusaContainer,
  options: { year?: number | null; now?: Date; fairs?: FairFigures | null } = {}
): Promise<ProgrammeResult & { years: number[] }> {
  const now = options.now ?? new Date()
  const year = options.year ?? null
  const at = year !== null ? endOfYearInVietnam(year) : now
  // Sales: the year picked, or the twelve months up to today (figures.ts draws the same window).
  const [y, m] = vietnamDay(at).split("-").map(Number) as [number, number]
  const from = year !== null ? new Date(Date.UTC(year, 0, 1) - VN_OFFSET_MS) : new Date(Date.UTC(y, m - 12, 1) - VN_OFFSET_MS)
  const snapshot = await loadProgrammeSnapshot(container, { from, to: at })
  const fairs = options.fairs === undefined ? fairFiguresOf(container) : options.fairs
  const result = await computeProgramme(snapshot, { at, year, fairs })
  return { ...result, years: pastYears(now) }
}

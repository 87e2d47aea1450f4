/**
 * When a stamp's checks say it may be a copy (docs/decisions/029). Pure, so the thresholds are tested without a
 * database; the service feeds it the code's recent checks.
 *
 * What can honestly be told apart: checks from different networks (a keyed hash of the address's /24 or /48:
 * a household, an office, a phone carrier's gateway) and, when the person chose to share it, where the check
 * was made (rounded to about 10 km). Nothing here can see a copy that is never checked, and one person on
 * several networks, or a gift carried across the country, looks like more than one package: the answer says
 * "may be copied", never "is copied".
 */
export type StampWarning = "many_checks" | "far_apart" | "stars_changed"

export type CheckFacts = { network_key: string; checked_at: Date; latitude: number | null; longitude: number | null }

/** A genuine package is checked by its buyer, maybe a relative and the shop: five networks is more packages. */
export const MANY_NETWORKS = 5
/** Two located checks this far apart within the window below: one package cannot be in both places. */
export const FAR_APART_KM = 100
export const FAR_APART_WINDOW_DAYS = 7
/** The same network checking the same code again within this time is the same check (a reload, a second look). */
export const SAME_CHECK_MINUTES = 30
/** Locations are stored to 0.1° (about 11 km north–south): enough to tell towns apart, not to find a house. */
export const PLACE_DECIMALS = 1

const DAY_MS = 24 * 60 * 60 * 1000

export function roundPlace(value: number): number {
  const factor = 10 ** PLACE_DECIMALS
  return Math.round(value * factor) / factor
}

/** Great-circle distance in km (haversine, mean Earth radius). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLon = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

export function distinctNetworks(checks: readonly CheckFacts[]): number {
  return new Set(checks.map((check) => check.network_key)).size
}

/** Two located checks at least FAR_APART_KM apart and at most FAR_APART_WINDOW_DAYS apart in time. */
export function hasFarApartChecks(checks: readonly CheckFacts[]): boolean {
  const located = checks.filter((c): c is CheckFacts & { latitude: number; longitude: number } => c.latitude !== null && c.longitude !== null)
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length; j++) {
      const a = located[i]!
      const b = located[j]!
      if (Math.abs(a.checked_at.getTime() - b.checked_at.getTime()) > FAR_APART_WINDOW_DAYS * DAY_MS) continue
      if (distanceKm(a, b) >= FAR_APART_KM) return true
    }
  }
  return false
}

/**
 * The one warning a check shows, most certain first: the register says the printed stars no longer hold; the
 * same code was seen in two far-apart places; too many networks checked it. Null when none applies.
 */
export function stampWarning(checks: readonly CheckFacts[], starsChanged: boolean): StampWarning | null {
  if (starsChanged) return "stars_changed"
  if (hasFarApartChecks(checks)) return "far_apart"
  if (distinctNetworks(checks) >= MANY_NETWORKS) return "many_checks"
  return null
}

/** Whether a new check from `networkKey` at `now` is the same visit as `last` (no new row, no new count). */
export function isSameCheck(last: { network_key: string; checked_at: Date } | undefined, networkKey: string, now: Date): boolean {
  return !!last && last.network_key === networkKey && now.getTime() - last.checked_at.getTime() < SAME_CHECK_MINUTES * 60 * 1000
}

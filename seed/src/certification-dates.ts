/**
 * Certificates in the data carry calendar dates (ISO days, read as UTC midnight like every date in the files).
 * One kind moves with the day the seed runs: a certificate marked `expires_in_days_from_run` always expires that
 * many days after the run, issued the validity (rules.ts' VALIDITY_MONTHS) before that and scored under the
 * criteria then in force.
 */
import { addMonths, criteriaVersionInForce, VALIDITY_MONTHS, vietnamDay } from "@ocop/medusa-plugin-ocop/rules"
import type { SeedCertification } from "./data"

const DAY_MS = 24 * 60 * 60 * 1000

/** An ISO day plus whole days, as an ISO day. */
export function addDays(isoDay: string, days: number): string {
  return new Date(Date.parse(isoDay) + days * DAY_MS).toISOString().slice(0, 10)
}

/** The certification with the dates it gets when the seed runs at `now`. */
export function datedCertification(cert: SeedCertification, now: Date): SeedCertification {
  if (cert.expires_in_days_from_run === undefined) return cert
  const expiresAt = addDays(vietnamDay(now), cert.expires_in_days_from_run)
  const issuedAt = addMonths(expiresAt, -VALIDITY_MONTHS).toISOString().slice(0, 10)
  const version = criteriaVersionInForce(issuedAt)
  if (!version) throw new RangeError(`No OCOP criteria were in force on ${issuedAt}`)
  return { ...cert, issued_at: issuedAt, expires_at: expiresAt, criteria_version: version }
}

/**
 * The lookup's answer (docs/store-api.md, "Verification"): a register row judged at `now` by rules.ts, with only
 * what a certificate shows in public. Shared by the lookup, the search and the stamp check.
 */
import type { MedusaResponse } from "@medusajs/framework/http"
import { findProvince } from "../../../../modules/ocop/places"
import {
  decisionBody,
  nextStatusChange,
  verificationStatus,
  vietnamDaysBetween,
  type Successor,
  type VerificationStatus,
} from "../../../../modules/ocop/rules"
import type { RegisterEntryRow } from "../../../../modules/ocop/service"
import { inLocale, type StoreLocale } from "../helpers"

export type Verification = {
  certificate_no: string
  status: VerificationStatus
  stars: number
  score: number
  group: string
  sub_group: string | null
  criteria_version: string
  decision_no: string | null
  decision_body: string | null
  decided_at: string
  level: "province" | "national"
  issued_at: string
  expires_at: string
  /** Calendar days in Vietnam from today to the expiry's day, at least 0: "expires in 16 days". */
  days_left: number
  revoked_at: string | null
  /** The newer evaluation of the product that followed this certificate, once decided (a renewal or a re-grading). */
  successor: { certificate_no: string | null; stars: number; issued_at: string } | null
  product: { handle: string; title: string; showable: boolean }
  producer: { handle: string; name: string; entity_type: string; province_code: string | null } | null
}

const iso = (value: Date | string) => new Date(value).toISOString()

export function successorOf(row: RegisterEntryRow): Successor | null {
  return row.successor_stars !== null && row.successor_issued_at !== null
    ? { stars: row.successor_stars, issued_at: row.successor_issued_at, revoked_at: row.successor_revoked_at }
    : null
}

export function statusOf(row: RegisterEntryRow, now: Date): VerificationStatus {
  return verificationStatus(row, now, successorOf(row))
}

/** The stars a package of this product carries today by the register: its successor's once decided, else its own. */
export function registerStars(row: RegisterEntryRow, now: Date): number {
  const successor = successorOf(row)
  return successor && !successor.revoked_at && new Date(successor.issued_at) <= now ? successor.stars : row.stars
}

export function toVerification(row: RegisterEntryRow, now: Date, locale: StoreLocale, showable: boolean): Verification {
  const status = statusOf(row, now)
  const body = decisionBody(row.decision_no, findProvince(row.province_code)?.name)
  const successorDecided = row.successor_issued_at !== null && new Date(row.successor_issued_at) <= now && !row.successor_revoked_at
  return {
    certificate_no: row.certificate_no,
    status,
    stars: row.stars,
    score: Number(row.score),
    group: row.group_code,
    sub_group: row.sub_group_code,
    criteria_version: row.criteria_version,
    decision_no: row.decision_no,
    decision_body: body ? (locale === "en" ? body.en : body.vi) : null,
    decided_at: iso(row.issued_at),
    level: row.level,
    issued_at: iso(row.issued_at),
    expires_at: iso(row.expires_at),
    days_left: Math.max(0, vietnamDaysBetween(now, row.expires_at)),
    revoked_at: row.revoked_at ? iso(row.revoked_at) : null,
    successor: successorDecided
      ? { certificate_no: row.successor_certificate_no, stars: row.successor_stars!, issued_at: iso(row.successor_issued_at!) }
      : null,
    // The storefront links to the product's page only while the catalogue shows it (under this or a newer certificate).
    product: { handle: row.product_handle, title: inLocale(locale, row.product_title, row.product_title_en), showable },
    producer: row.producer_handle
      ? { handle: row.producer_handle, name: row.producer_name ?? "", entity_type: row.producer_entity_type ?? "", province_code: row.province_code }
      : null,
  }
}

/** Longest a lookup's answer is kept by a cache: a minute, and never past the next change its dates foretell. */
const MAX_AGE_S = 60

export function cacheLookup(res: MedusaResponse, rows: RegisterEntryRow[], now: Date) {
  let seconds = MAX_AGE_S
  for (const row of rows) {
    const next = nextStatusChange(row, now, successorOf(row))
    if (next) seconds = Math.min(seconds, Math.floor((next.getTime() - now.getTime()) / 1000))
  }
  res.setHeader("Cache-Control", seconds >= 1 ? `public, max-age=${seconds}` : "no-store")
}

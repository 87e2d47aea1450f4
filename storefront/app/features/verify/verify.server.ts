/**
 * The lookup and the stamp check through the Store API (docs/store-api.md, "Verification"). Not through the
 * cached `storeGet`: a stamp check counts and must reach the backend every time, and a lookup's answer carries
 * its own cache lifetime. The browser's X-Forwarded-For, when a proxy in front of the storefront set one, is
 * passed on: the backend counts rate limits and a stamp's networks per client (docs/decisions/029).
 */
import type { Locale } from "~/i18n/config"
import type { StampSummary, Suggestion, Verification } from "./types"

export class TooManyChecks extends Error {
  constructor(readonly retryAfter: number) {
    super(`too many checks; retry after ${retryAfter} s`)
  }
}

type Answer<T> = { status: number; body: T; cacheControl: string | null }

async function call<T>(request: Request, method: "GET" | "POST", path: string, locale: Locale, body?: unknown): Promise<Answer<T>> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (process.env.MEDUSA_PUBLISHABLE_KEY) headers["x-publishable-api-key"] = process.env.MEDUSA_PUBLISHABLE_KEY
  if (body !== undefined) headers["content-type"] = "application/json"
  const forwardedFor = request.headers.get("x-forwarded-for")
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor
  const separator = path.includes("?") ? "&" : "?"
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}${path}${separator}locale=${locale}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  })
  if (response.status === 429) throw new TooManyChecks(Number(response.headers.get("retry-after")) || 60)
  const json = (await response.json().catch(() => ({}))) as T
  if (response.status >= 500) throw new Error(`${path} answered ${response.status}`)
  return { status: response.status, body: json, cacheControl: response.headers.get("cache-control") }
}

export type LookupResult =
  | { kind: "found"; certification: Verification; cacheControl: string | null }
  | { kind: "unknown"; suggestions: Suggestion[] }
  | { kind: "malformed" }

export async function lookupCertificate(request: Request, locale: Locale, number: string): Promise<LookupResult> {
  const answer = await call<{ certification?: Verification; suggestions?: Suggestion[] }>(
    request,
    "GET",
    `/store/ocop/certifications/${encodeURIComponent(number)}`,
    locale
  )
  if (answer.status === 200 && answer.body.certification) return { kind: "found", certification: answer.body.certification, cacheControl: answer.cacheControl }
  if (answer.status === 404) return { kind: "unknown", suggestions: answer.body.suggestions ?? [] }
  return { kind: "malformed" }
}

export async function searchRegister(request: Request, locale: Locale, q: string) {
  const answer = await call<{ certifications?: Verification[]; count?: number }>(
    request,
    "GET",
    `/store/ocop/certifications?q=${encodeURIComponent(q)}&limit=20`,
    locale
  )
  return answer.status === 200 ? { certifications: answer.body.certifications ?? [], count: answer.body.count ?? 0 } : null
}

/** Every certificate a product has carried, newest first (the product page's 410). */
export async function certificatesOfProduct(request: Request, locale: Locale, handle: string): Promise<Verification[]> {
  const answer = await call<{ certifications?: Verification[] }>(request, "GET", `/store/ocop/certifications?product=${encodeURIComponent(handle)}&limit=5`, locale)
  return answer.status === 200 ? answer.body.certifications ?? [] : []
}

export type StampResult =
  | { kind: "found"; certification: Verification; stamp: StampSummary }
  | { kind: "unknown" }
  | { kind: "malformed" }

/** A scan: counted by the backend (a second look from the same network within half an hour is not). */
export async function checkStamp(request: Request, locale: Locale, code: string): Promise<StampResult> {
  const answer = await call<{ certification?: Verification; stamp?: StampSummary }>(request, "GET", `/store/ocop/stamps/${encodeURIComponent(code)}`, locale)
  if (answer.status === 200 && answer.body.certification && answer.body.stamp) {
    return { kind: "found", certification: answer.body.certification, stamp: answer.body.stamp }
  }
  return answer.status === 404 ? { kind: "unknown" } : { kind: "malformed" }
}

/** The place the shopper chose to share for her check; null when the backend no longer takes one for it. */
export async function placeStampCheck(
  request: Request,
  locale: Locale,
  code: string,
  place: { check_id: string; latitude: number; longitude: number }
): Promise<{ certification: Verification; stamp: StampSummary } | null> {
  const answer = await call<{ certification?: Verification; stamp?: StampSummary }>(request, "POST", `/store/ocop/stamps/${encodeURIComponent(code)}/place`, locale, place)
  return answer.status === 200 && answer.body.certification && answer.body.stamp ? { certification: answer.body.certification, stamp: answer.body.stamp } : null
}

/**
 * The storefront's one way to the backend: Medusa's JS SDK with the publishable key, and a small cache in
 * front of the Store API's GETs.
 *
 * The cache follows what the OCOP routes announce (`Cache-Control: public, max-age=30,
 * stale-while-revalidate=60`, docs/store-api.md): an answer is served as is for 30 s, then served once more
 * while a fresh one is fetched, and never when older than 90 s. Concurrent requests for the same URL share one
 * fetch. That is what keeps page TTFB in single-digit milliseconds while data stays fresh within a minute.
 */
import Medusa, { FetchError } from "@medusajs/js-sdk"
import { LRUCache } from "lru-cache"

const FRESH_MS = 30_000
const STALE_MS = 60_000

export type Query = Record<string, string | number | boolean | (string | number)[] | undefined>

let client: Medusa | undefined

export function medusa(): Medusa {
  if (!client) {
    const baseUrl = process.env.MEDUSA_BACKEND_URL
    if (!baseUrl) throw new Error("MEDUSA_BACKEND_URL is not set: the storefront does not know where the backend is.")
    client = new Medusa({
      baseUrl,
      publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
      // On the server there is no browser storage; shoppers' carts travel in a cookie instead (cart.server.ts).
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return client
}

type Entry = { body: unknown; fetchedAt: number }

const cache = new LRUCache<string, Entry>({
  max: 1000,
  ttl: FRESH_MS,
  allowStale: true,
  // A failed refresh keeps the answer at hand (see below), instead of dropping it.
  noDeleteOnFetchRejection: true,
  fetchMethod: async (key) => ({ body: await medusa().client.fetch(key), fetchedAt: Date.now() }),
})

/** A GET on the Store API, cached as described above. Throws `FetchError` (with `.status`) on 4xx/5xx. */
export async function storeGet<T>(path: string, query: Query = {}): Promise<T> {
  const key = withQuery(path, query)
  const cached = cache.get(key, { allowStale: true })
  const tooOld = cached !== undefined && Date.now() - cached.fetchedAt > FRESH_MS + STALE_MS
  try {
    const entry = await cache.fetch(key, { forceRefresh: tooOld, allowStale: !tooOld })
    if (!entry) throw new Error(`No answer from the backend for ${key}`)
    return entry.body as T
  } catch (error) {
    // Gone means gone (a product whose certificate lapsed): forget it. Any other failure, e.g. a backend
    // restart, is answered with the last known data while there is some.
    if (isNotFound(error) || !cached) {
      cache.delete(key)
      throw error
    }
    return cached.body as T
  }
}

/**
 * Forgets this server's cached answers under a path (the product's and its reviews' after a buyer posted one), so
 * the page she returns to is fresh here; other storefront servers catch up within the cache's 30 seconds.
 */
export function forgetStoreGets(pathPrefix: string) {
  for (const key of [...cache.keys()]) if (key === pathPrefix || key.startsWith(`${pathPrefix}/`) || key.startsWith(`${pathPrefix}?`)) cache.delete(key)
}

/** Sorted, so `?a=1&b=2` and `?b=2&a=1` share one cache entry. */
export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(query).sort()) {
    const value = query[key]
    if (value === undefined || value === "") continue
    params.set(key, Array.isArray(value) ? value.join(",") : String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}

/** The API refused the request as bad input: what the visitor put into the URL, never the storefront's fault. */
export function isBadRequest(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400
}

/** For tests: forget the client (a new MEDUSA_BACKEND_URL) and every cached answer. */
export function resetMedusa() {
  client = undefined
  cache.clear()
}

/**
 * The backend refused because of too many attempts (429, plugins/ocop/src/api/rate-limit.ts): the form shows it
 * in the page's language and answers 429 with the same `Retry-After`.
 */
export class TooManyAttempts extends Error {
  constructor(readonly retryAfter: number) {
    super(`too many attempts, retry after ${retryAfter} s`)
  }
}

export function retryMinutes(error: TooManyAttempts): number {
  return Math.max(1, Math.ceil(error.retryAfter / 60))
}

export type BackendAnswer = { status: number; body: Record<string, any> }

/**
 * A call whose refusals a page explains (400, 403, 404 come back with their status; 5xx throws), for the forms
 * the backend rate-limits and the seller portal. Not through the SDK, whose errors drop the answer's headers
 * (`Retry-After`); the browser's `X-Forwarded-For`, when a proxy in front of the storefront set one, is passed
 * on so the backend can count per client (it believes it only with OCOP_TRUST_PROXY_HOPS).
 */
export async function backendCall(
  method: string,
  path: string,
  { token, body, form, request }: { token?: string; body?: unknown; form?: FormData; request?: Request } = {}
): Promise<BackendAnswer> {
  const headers: Record<string, string> = { accept: "application/json" }
  if (body !== undefined) headers["content-type"] = "application/json"
  if (process.env.MEDUSA_PUBLISHABLE_KEY) headers["x-publishable-api-key"] = process.env.MEDUSA_PUBLISHABLE_KEY
  if (token) headers.authorization = `Bearer ${token}`
  const forwardedFor = request?.headers.get("x-forwarded-for")
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}${path}`, {
    method,
    headers,
    // A form (files) goes as multipart: fetch writes the content type with its boundary itself.
    body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  if (response.status === 429) throw new TooManyAttempts(Number(response.headers.get("retry-after")) || 60)
  const answer = (await response.json().catch(() => ({}))) as Record<string, any>
  if (response.status >= 500) throw new Error(`${method} ${path} answered ${response.status}: ${answer.message ?? ""}`)
  return { status: response.status, body: answer }
}

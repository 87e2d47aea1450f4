import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * One sanity check in front of every route, Medusa's own included (registered for "/" in ../middlewares.ts),
 * for the kinds of bad input that no route's validator sees or that Medusa's validators let through to the
 * database, where they end as a 500 (test/api/bad-input.test.ts lists the cases, the fuzz finds new ones):
 *
 * - a path or query that is not valid percent-encoded UTF-8 (`%ff`, a cut `%E0%A4%A`): Express throws while it
 *   decodes route parameters, and no browser sends one;
 * - U+0000 anywhere (path, query, body values and keys): PostgreSQL's text types cannot hold it;
 * - a JSON body nested deeper than any route takes: a 5 000-deep one overflows the stack of the code that
 *   walks it;
 * - `limit` and `offset` that are not whole numbers in range, on every list: Medusa's own list routes hand
 *   `limit=-1` to SQL and answer `limit=100000` uncapped. Store lists take 1–100 as the plugin's do
 *   (docs/api.md); admin lists keep Medusa's own ceiling (the dashboard asks for long pages), but still
 *   whole, non-negative numbers a PostgreSQL integer holds.
 */

export const MAX_BODY_DEPTH = 32
export const MAX_STORE_LIMIT = 100
const MAX_INT = 2_147_483_647

/** `field`: the query field at fault, worded as Medusa's own validators word theirs ("Invalid request: …"). */
export type Refusal = { vi: string; en: string; field?: string }

const refusal = (vi: string, en: string, field?: string): Refusal => ({ vi, en, field })

/** Why a request must be refused before any route runs, or null when it may go on. Pure, for the unit tests. */
export function whyRefused(request: { originalUrl: string; query?: unknown; body?: unknown }): Refusal | null {
  const [rawPath, ...rest] = request.originalUrl.split("?")
  const rawQuery = rest.join("?")
  const path = strictDecode(rawPath ?? "")
  if (path === null) {
    return refusal(
      "Đường dẫn chứa mã %-escape không hợp lệ",
      "the path holds a percent escape that is not valid UTF-8 (e.g. %ff)"
    )
  }
  const query = strictDecode(rawQuery.replaceAll("+", " "))
  if (query === null) {
    return refusal(
      "Tham số truy vấn chứa mã %-escape không hợp lệ",
      "the query string holds a percent escape that is not valid UTF-8 (e.g. %ff)"
    )
  }
  if (path.includes("\u0000") || query.includes("\u0000")) return nulRefusal
  const body = inspectBody(request.body)
  if (body === "nul") return nulRefusal
  if (body === "deep") {
    return refusal(
      `Dữ liệu gửi lên lồng nhau quá ${MAX_BODY_DEPTH} tầng`,
      `the JSON body is nested deeper than ${MAX_BODY_DEPTH} levels`
    )
  }
  const isStore = path.startsWith("/store")
  if (isStore || path.startsWith("/admin") || path.startsWith("/producer")) {
    const paging = pagingRefusal(request.query, isStore ? MAX_STORE_LIMIT : MAX_INT)
    if (paging) return paging
  }
  return null
}

const nulRefusal = refusal(
  "Yêu cầu chứa ký tự NUL (U+0000) không hợp lệ",
  "the request holds a NUL character (U+0000), which no field accepts"
)

export function requestGuard(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const why = whyRefused(req)
  if (why) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${why.field ? "Invalid request: " : ""}${why.vi} / ${why.en}`))
  next()
}

/** decodeURIComponent, or null where it would throw (malformed escapes, encoded lone surrogates). */
function strictDecode(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/**
 * Walks a parsed body without recursion (a hostile body must not overflow the guard's own stack) and stops at
 * the first NUL or the first level too deep.
 */
function inspectBody(body: unknown): "nul" | "deep" | null {
  const stack: [unknown, number][] = [[body, 0]]
  while (stack.length) {
    const [value, depth] = stack.pop()!
    if (typeof value === "string") {
      if (value.includes("\u0000")) return "nul"
      continue
    }
    // Raw bodies (webhooks, uploads) are bytes, not fields a route hands to a query.
    if (value === null || typeof value !== "object" || ArrayBuffer.isView(value)) continue
    if (depth >= MAX_BODY_DEPTH) return "deep"
    for (const [key, item] of Object.entries(value)) {
      if (key.includes("\u0000")) return "nul"
      stack.push([item, depth + 1])
    }
  }
  return null
}

function pagingRefusal(query: unknown, maxLimit: number): Refusal | null {
  if (!query || typeof query !== "object") return null
  const { limit, offset } = query as Record<string, unknown>
  if (limit !== undefined && !isWholeNumberText(limit, 1, maxLimit)) {
    return refusal(
      `limit phải là số nguyên từ 1 đến ${maxLimit}`,
      `limit must be a whole number from 1 to ${maxLimit}`,
      "limit"
    )
  }
  if (offset !== undefined && !isWholeNumberText(offset, 0, MAX_INT)) {
    return refusal("offset phải là số nguyên không âm", "offset must be a whole number of 0 or more", "offset")
  }
  return null
}

function isWholeNumberText(value: unknown, min: number, max: number): boolean {
  if (typeof value !== "string" || !/^\d{1,10}$/.test(value.trim())) return false
  const number = Number(value)
  return number >= min && number <= max
}

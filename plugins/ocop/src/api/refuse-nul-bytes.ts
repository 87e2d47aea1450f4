import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * PostgreSQL's text types cannot hold U+0000: a handle, a search term or a body field carrying it makes the
 * database throw, which Medusa answers with a 500. Refused here as bad input (400) before any route runs, for
 * every part of the request a route may hand to a query: the path, the query string and a JSON body.
 * Found by test/api/fuzz.test.ts (`GET /store/ocop/sales-points/a%00b`).
 */
export function refuseNulBytes(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (hasNul(safeDecode(req.originalUrl)) || hasNul(req.body)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Yêu cầu chứa ký tự NUL (U+0000) không hợp lệ / the request holds a NUL character (U+0000), which no field accepts"
      )
    )
  }
  next()
}

function safeDecode(url: string) {
  try {
    return decodeURIComponent(url.replaceAll("+", " "))
  } catch {
    return url // malformed escapes are left to the route's own validation
  }
}

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > 20 || value === null || typeof value !== "object") return false
  if (Array.isArray(value)) return value.some((item) => hasNul(item, depth + 1))
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || hasNul(item, depth + 1))
}

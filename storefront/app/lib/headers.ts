import type { HeadersFunction } from "@remix-run/node"

/**
 * Routes' `headers` export: the page's caching comes from its loader (see pageHeaders in http.server.ts); a form
 * refused for too many attempts adds its action's `Retry-After` to the 429 page.
 */
export const loaderHeaders: HeadersFunction = ({ loaderHeaders, actionHeaders, errorHeaders }) => {
  if (errorHeaders) return errorHeaders
  const retryAfter = actionHeaders?.get("Retry-After")
  if (!retryAfter) return loaderHeaders
  const headers = new Headers(loaderHeaders)
  headers.set("Retry-After", retryAfter)
  return headers
}

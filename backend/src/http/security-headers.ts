import type { IncomingMessage, ServerResponse } from "node:http"
import helmet from "helmet"
import onHeaders from "on-headers"

type Next = (error?: unknown) => void

const ONE_YEAR = 365 * 24 * 60 * 60

/**
 * The backend's API answers and admin pages are never framed, never MIME-sniffed and send no referrer; the
 * admin gets no full CSP here (it is Medusa's own build), only `frame-ancestors 'none'`. Product pictures under
 * `/static` are shown by the storefront from another origin, so only they may be loaded cross-origin.
 */
const plain = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc, frameAncestors: ["'none'"] },
  },
  xFrameOptions: { action: "deny" },
  strictTransportSecurity: false,
})
const hsts = helmet.strictTransportSecurity({ maxAge: ONE_YEAR, includeSubDomains: true })

/** Over https (TLS here, or a proxy in front saying so); Medusa itself trusts one proxy (`trust proxy` 1). */
function reachedOverHttps(request: IncomingMessage): boolean {
  const forwarded = request.headers["x-forwarded-proto"]
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase()
  return proto === "https" || Boolean((request.socket as { encrypted?: boolean }).encrypted)
}

/**
 * Express's own 404 and error answers (`finalhandler`) replace the CSP with `default-src 'none'`: kept, with
 * `frame-ancestors` added back.
 */
function keepFrameAncestors(response: ServerResponse) {
  const policy = response.getHeader("Content-Security-Policy")
  if (typeof policy === "string" && !policy.includes("frame-ancestors")) {
    response.setHeader("Content-Security-Policy", `${policy}; frame-ancestors 'none'`)
  }
}

/**
 * Sets the headers on a response before Express sees it, so a route can still set its own. Express adds
 * `X-Powered-By` when its app starts handling the request, after this has run: it is taken off again just
 * before the headers are written.
 */
export function securityHeaders(request: IncomingMessage, response: ServerResponse, next: Next): void {
  onHeaders(response, () => {
    response.removeHeader("X-Powered-By")
    keepFrameAncestors(response)
  })
  plain(request, response, (error) => {
    if (error) return next(error)
    if (request.url?.startsWith("/static/")) response.setHeader("Cross-Origin-Resource-Policy", "cross-origin")
    if (reachedOverHttps(request)) return hsts(request, response, next)
    next()
  })
}

import { randomBytes } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"
import helmet from "helmet"
import { mapTileUrl } from "./map-tiles.server"

/** The settings read, as in process.env (tests pass their own). */
type Env = Record<string, string | undefined>

type Next = (error?: unknown) => void
type Middleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void
type WithNonce = ServerResponse & { locals?: { cspNonce?: string } }

/** Stripe.js, its Payment Element frames and the API it calls from the browser (Stripe's published CSP list). */
const STRIPE_SCRIPTS = ["https://js.stripe.com", "https://*.js.stripe.com"]
const STRIPE_FRAMES = [...STRIPE_SCRIPTS, "https://hooks.stripe.com"]
const STRIPE_API = ["https://api.stripe.com"]

/**
 * The nonce of this response's inline scripts (Remix's hydration data, scroll restoration, streamed deferred
 * data): set by `securityHeaders` before the page renders, read by the server's load context.
 */
export function cspNonceOf(response: ServerResponse): string | undefined {
  return (response as WithNonce).locals?.cspNonce
}

/**
 * Where a Leaflet tile template loads from, as a CSP source: `{s}` (Leaflet's subdomains) as a wildcard label;
 * a template with other placeholders in its host falls back to its scheme alone.
 */
export function tileSource(template: string): string | null {
  const match = /^(https?):\/\/([^/]+)/.exec(template)
  if (!match) return null
  const [, scheme, host] = match
  const wildcarded = host.replace(/^\{s\}\./, "*.")
  return wildcarded.includes("{") ? `${scheme}:` : `${scheme}://${wildcarded}`
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null
  } catch {
    return null
  }
}

/**
 * A request that reached the public over https: TLS here, or a proxy in front saying so, or a storefront
 * configured with an https address. Only then HSTS and `upgrade-insecure-requests` (on plain http they would
 * break a local stack's images; a forged header over http is harmless, browsers ignore HSTS there).
 */
export function reachedOverHttps(request: IncomingMessage, env: Env = process.env): boolean {
  const forwarded = request.headers["x-forwarded-proto"]
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase()
  return proto === "https" || Boolean((request.socket as { encrypted?: boolean }).encrypted) || /^https:/i.test(env.STOREFRONT_URL ?? "")
}

/** The storefront's Content-Security-Policy directives; the nonce is this response's. */
export function contentSecurityPolicy(env: Env = process.env) {
  const images = ["'self'", "data:", "blob:", originOf(env.MEDUSA_BACKEND_URL), tileSource(mapTileUrl(env))].filter(
    (source): source is string => Boolean(source)
  )
  const nonce = (_request: IncomingMessage, response: ServerResponse) => `'nonce-${cspNonceOf(response)}'`
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", nonce, ...STRIPE_SCRIPTS],
    scriptSrcAttr: ["'none'"],
    // Inline style attributes: React's `style` props, Leaflet's and Stripe's elements (docs/decisions/022).
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: images,
    fontSrc: ["'self'"],
    connectSrc: ["'self'", ...STRIPE_API],
    frameSrc: STRIPE_FRAMES,
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  }
}

/**
 * Every storefront response's security headers, through helmet: a CSP with a fresh nonce per response, no
 * framing (`frame-ancestors 'none'` and `X-Frame-Options: DENY`), `nosniff`, a referrer that leaves the site
 * only as its origin, and HSTS behind https. Installed in front of everything by server.mjs: pages, `.data`
 * requests, resource routes and static files alike.
 */
export function securityHeaders(env: Env = process.env): Middleware {
  const directives = contentSecurityPolicy(env)
  const common = {
    referrerPolicy: { policy: "strict-origin-when-cross-origin" as const },
    xFrameOptions: { action: "deny" as const },
  }
  const overHttp = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, upgradeInsecureRequests: null } },
    strictTransportSecurity: false,
  })
  const overHttps = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: { ...directives, upgradeInsecureRequests: [] } },
    strictTransportSecurity: { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true },
  })
  return (request, response, next) => {
    const withNonce = response as WithNonce
    ;(withNonce.locals ??= {}).cspNonce = randomBytes(16).toString("base64")
    ;(reachedOverHttps(request, env) ? overHttps : overHttp)(request, response, next)
  }
}

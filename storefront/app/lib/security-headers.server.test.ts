import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { cspNonceOf, reachedOverHttps, securityHeaders, tileSource } from "./security-headers.server"

let server: http.Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

/** One response through the middleware, as a browser would receive it; the body is the nonce it was given. */
async function answer(env: Record<string, string | undefined>, headers: Record<string, string> = {}) {
  const middleware = securityHeaders(env)
  server = http.createServer((request, response) => middleware(request, response, () => response.end(cspNonceOf(response))))
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve))
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers })
  return { headers: response.headers, nonce: await response.text() }
}

const directive = (csp: string, name: string) => csp.split(";").map((part) => part.trim()).find((part) => part.startsWith(`${name} `))

describe("the storefront's security headers", () => {
  const env = { MEDUSA_BACKEND_URL: "http://localhost:9000", MAP_TILE_URL: "https://{s}.tile.example.vn/{z}/{x}/{y}.png" }

  it("forbid framing, sniffing and a full referrer on every response", async () => {
    const { headers } = await answer(env)
    expect(headers.get("x-frame-options")).toBe("DENY")
    expect(directive(headers.get("content-security-policy")!, "frame-ancestors")).toBe("frame-ancestors 'none'")
    expect(headers.get("x-content-type-options")).toBe("nosniff")
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
  })

  it("allow scripts only from the site, Stripe and this response's own nonce, new on every response", async () => {
    const first = await answer(env)
    const csp = first.headers.get("content-security-policy")!
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(directive(csp, "script-src")).toBe(`script-src 'self' 'nonce-${first.nonce}' https://js.stripe.com https://*.js.stripe.com`)
    expect(directive(csp, "script-src-attr")).toBe("script-src-attr 'none'")
    expect(directive(csp, "object-src")).toBe("object-src 'none'")
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    const second = await answer(env)
    expect(second.nonce).not.toBe(first.nonce)
  })

  it("let pictures come from the backend and the map's tile server, and frames and calls only from Stripe", async () => {
    const csp = (await answer(env)).headers.get("content-security-policy")!
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: http://localhost:9000 https://*.tile.example.vn")
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' https://api.stripe.com")
    expect(directive(csp, "frame-src")).toBe("frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com")
    expect(directive(csp, "form-action")).toBe("form-action 'self'")
  })

  it("send HSTS and upgrade-insecure-requests only behind https", async () => {
    const plain = await answer(env)
    expect(plain.headers.get("strict-transport-security")).toBeNull()
    expect(plain.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests")
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    const proxied = await answer(env, { "x-forwarded-proto": "https" })
    expect(proxied.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
    expect(proxied.headers.get("content-security-policy")).toContain("upgrade-insecure-requests")
  })
})

describe("reachedOverHttps", () => {
  const request = (headers: http.IncomingHttpHeaders) => ({ headers, socket: {} }) as http.IncomingMessage

  it("believes the first proxy's protocol, and a storefront configured with an https address", () => {
    expect(reachedOverHttps(request({ "x-forwarded-proto": "https, http" }), {})).toBe(true)
    expect(reachedOverHttps(request({ "x-forwarded-proto": "http" }), {})).toBe(false)
    expect(reachedOverHttps(request({}), { STOREFRONT_URL: "https://cho-ocop.vn" })).toBe(true)
    expect(reachedOverHttps(request({}), { STOREFRONT_URL: "http://localhost:3000" })).toBe(false)
  })
})

describe("tileSource", () => {
  it("turns a Leaflet template into the CSP source of its host", () => {
    expect(tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org")
    expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org")
    expect(tileSource("https://maps-{s}.example.vn/{z}/{x}/{y}.png")).toBe("https:")
    expect(tileSource("")).toBeNull()
  })
})

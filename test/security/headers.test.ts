/**
 * The security headers of the running stack, as a browser receives them: the storefront's pages (a CSP whose
 * nonce is on every inline script and new on every answer, no framing, nosniff, a referrer policy, HSTS only
 * behind https) and its other answers (data requests, resource routes, static files); the backend's admin at
 * `/app`, the Store, Admin and auth APIs, `/health` and the product pictures under `/static`.
 */
import { describe, expect, it } from "vitest"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const HTTPS = { "x-forwarded-proto": "https" }

async function get(url: string, init: RequestInit = {}) {
  const response = await fetch(url, { redirect: "manual", ...init })
  return { status: response.status, headers: response.headers, body: await response.text() }
}

const directive = (csp: string | null, name: string) =>
  (csp ?? "").split(";").map((part) => part.trim()).find((part) => part === name || part.startsWith(`${name} `))

function expectNoFramingNoSniffing(headers: Headers, label: string) {
  expect(headers.get("x-powered-by"), `${label}: X-Powered-By`).toBeNull()
  expect(headers.get("x-frame-options"), `${label}: X-Frame-Options`).toBe("DENY")
  expect(directive(headers.get("content-security-policy"), "frame-ancestors"), `${label}: frame-ancestors`).toBe("frame-ancestors 'none'")
  expect(headers.get("x-content-type-options"), `${label}: nosniff`).toBe("nosniff")
  expect(headers.get("referrer-policy"), `${label}: Referrer-Policy`).toMatch(/^(no-referrer|same-origin|strict-origin-when-cross-origin)$/)
  expect(headers.get("strict-transport-security"), `${label}: no HSTS over plain http`).toBeNull()
}

/** The `nonce` of every inline `<script>` that runs (one without `src`; JSON-LD is data, never run) of a page. */
function inlineScriptNonces(html: string): (string | null)[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/\bsrc=/.test(attributes) && !/type="application\/ld\+json"/.test(attributes))
    .map((attributes) => /\bnonce="([^"]+)"/.exec(attributes)?.[1] ?? null)
}

describe("the storefront's pages", () => {
  const pages = ["/", "/en", "/san-pham", "/diem-ban", "/en/chu-the", "/tim-kiem?q=ca%20phe", "/gio-hang", "/tai-khoan/dang-nhap", "/khong-co-trang-nay"]

  it("forbid framing and sniffing, and send a referrer policy, on every page (a 404 too)", async () => {
    for (const pathname of pages) {
      const { headers } = await get(`${stack.storefront_url}${pathname}`)
      expectNoFramingNoSniffing(headers, pathname)
    }
  })

  it("let run only inline scripts that carry the answer's own nonce, a new one each time", async () => {
    const { body: product } = await storeGet(stack, "/store/ocop/products?limit=1")
    const seen = new Set<string>()
    for (const pathname of [...pages, `/san-pham/${product.products[0].handle}`]) {
      const { headers, body } = await get(`${stack.storefront_url}${pathname}`)
      const csp = headers.get("content-security-policy")
      const nonce = /'nonce-([^']+)'/.exec(directive(csp, "script-src") ?? "")?.[1]
      expect(nonce, `${pathname}: a nonce in script-src`).toBeTruthy()
      expect(seen.has(nonce!), `${pathname}: a nonce not seen before`).toBe(false)
      seen.add(nonce!)
      const nonces = inlineScriptNonces(body)
      expect(nonces.length, `${pathname}: Remix's inline scripts`).toBeGreaterThan(0)
      expect(new Set(nonces), `${pathname}: every inline script carries the nonce`).toEqual(new Set([nonce]))
      expect(directive(csp, "default-src")).toBe("default-src 'self'")
      expect(directive(csp, "object-src")).toBe("object-src 'none'")
      expect(directive(csp, "base-uri")).toBe("base-uri 'self'")
      expect(directive(csp, "script-src")).not.toContain("'unsafe-inline'")
      expect(directive(csp, "script-src")).not.toContain("'unsafe-eval'")
    }
  })

  it("send HSTS and upgrade insecure requests only when a proxy says the visitor came over https", async () => {
    const { headers } = await get(`${stack.storefront_url}/`, { headers: HTTPS })
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
    expect(directive(headers.get("content-security-policy"), "upgrade-insecure-requests")).toBe("upgrade-insecure-requests")
    const plain = await get(`${stack.storefront_url}/`)
    expect(directive(plain.headers.get("content-security-policy"), "upgrade-insecure-requests")).toBeUndefined()
  })

  it("put the same headers on data requests, resource routes and static files", async () => {
    const { body: home } = await get(`${stack.storefront_url}/`)
    const script = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(home)?.[1] ?? /href="(\/assets\/[^"]+\.js)"/.exec(home)?.[1]
    expect(script, "a hashed script on the home page").toBeTruthy()
    for (const pathname of ["/_root.data", "/san-pham.data", "/robots.txt", "/sitemap.xml", "/api/phuong-xa/66", "/tim-kiem/goi-y?q=ca", "/favicon.svg", script!]) {
      const { status, headers } = await get(`${stack.storefront_url}${pathname}`)
      expect(status, pathname).toBeLessThan(400)
      expectNoFramingNoSniffing(headers, pathname)
    }
  })
})

describe("the backend's answers", () => {
  it("never say they are Express, are never framed or sniffed and send no referrer: admin, APIs, health", async () => {
    const answers = [
      ["/app", {}],
      ["/app/orders", {}],
      ["/health", {}],
      ["/store/products", {}],
      ["/store/ocop/products?limit=1", { headers: { "x-publishable-api-key": stack.publishable_key } }],
      ["/admin/products", {}],
      ["/auth/user/emailpass", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "x@example.vn", password: "sai" }) }],
      ["/khong-co", {}],
    ] as const
    for (const [pathname, init] of answers) {
      const { status, headers } = await get(`${stack.backend_url}${pathname}`, init as RequestInit)
      expect(status, pathname).toBeLessThan(500)
      expectNoFramingNoSniffing(headers, pathname)
      expect(headers.get("referrer-policy"), pathname).toBe("no-referrer")
    }
  })

  it("let only the product pictures under /static be shown by another origin (the storefront)", async () => {
    // Any seeded picture still on disk (other specs add products whose files a restart may not keep).
    const { body } = await storeGet(stack, "/store/ocop/products?limit=50")
    const pictures = (body.products as { thumbnail: string | null }[]).flatMap((product) => (product.thumbnail ? [product.thumbnail] : []))
    let picture = ""
    let image: Awaited<ReturnType<typeof get>> | undefined
    for (const candidate of pictures) {
      image = await get(candidate)
      picture = candidate
      if (image.status === 200) break
    }
    expect(new URL(picture).pathname).toMatch(/^\/static\//)
    expect(image!.status, `${picture} is served`).toBe(200)
    expectNoFramingNoSniffing(image!.headers, picture)
    expect(image!.headers.get("cross-origin-resource-policy")).toBe("cross-origin")
    const api = await get(`${stack.backend_url}/store/ocop/products?limit=1`, { headers: { "x-publishable-api-key": stack.publishable_key } })
    expect(api.headers.get("cross-origin-resource-policy")).toBe("same-origin")
  })

  it("send HSTS only behind https", async () => {
    const { headers } = await get(`${stack.backend_url}/app`, { headers: HTTPS })
    expect(headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains")
  })
})

/**
 * The storefront works under its Content-Security-Policy, in Debian's chromium: the home page, the catalogue,
 * a product page, the map of sales points (Leaflet, its markers, tiles from the tile server's host) and
 * checkout's payment and review steps with Stripe's Payment Element, and paying there by card (the stand-in for Stripe.js, served at
 * js.stripe.com's own URL, calling api.stripe.com: see test/support/checkout.ts) load without one CSP violation,
 * reported by the browser's `securitypolicyviolation` events and its console. Screenshots of the map and the
 * product page at 390 and 1280 px go to test/artifacts/csp-*.png.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "../support/browser"
import { atStep, routeStripeToStandIn, startTheStacksFakeStripe, toPaymentStep } from "../support/checkout"
import { productWithOneVariantInStock, readStack } from "../support/stack"

const stack = readStack()
const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "../artifacts")
const PHONE = { width: 390, height: 844 }

let browser: Browser
let fake: Awaited<ReturnType<typeof startTheStacksFakeStripe>>
let product: { handle: string; title: string; price: number }

beforeAll(async () => {
  fake = await startTheStacksFakeStripe()
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
  product = await productWithOneVariantInStock(stack)
})

afterAll(async () => {
  await browser?.close()
  await fake?.close()
})

/**
 * A phone whose every CSP violation, and every console error (the browser also logs a refused load there), is
 * written down. The listener comes in before any page script, and is not itself subject to the page's CSP.
 */
async function watchedPhone(): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: PHONE })
  await routeStripeToStandIn(context, fake.url)
  const violations: string[] = []
  await context.exposeFunction("__cspViolation", (report: string) => violations.push(report))
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      ;(window as unknown as { __cspViolation: (report: string) => void }).__cspViolation(
        `${event.violatedDirective} refused ${event.blockedURI || "inline"} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`
      )
    })
  })
  const page = await context.newPage()
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`))
  page.on("console", (message) => {
    // Tiles and Stripe's beacons may fail to load here (no internet): a network failure is not a refusal.
    if (message.type() === "error" && !/Failed to load resource: net::/.test(message.text())) violations.push(`console: ${message.text()}`)
  })
  return { context, page, violations }
}

async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `csp-${name}-390.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.waitForTimeout(300)
  await page.screenshot({ path: path.join(artifacts, `csp-${name}-1280.png`), fullPage: true })
  await page.setViewportSize(PHONE)
}

describe("the storefront under its Content-Security-Policy", () => {
  it("loads and hydrates the home page, the catalogue and a product page without a violation", async () => {
    const { context, page, violations } = await watchedPhone()
    for (const pathname of ["/", "/en/san-pham", "/san-pham"]) {
      await page.goto(`${stack.storefront_url}${pathname}`, { waitUntil: "networkidle" })
    }
    // The catalogue's pictures come from the backend's origin, which img-src lets through.
    const backend = new URL(stack.backend_url).origin
    const pictures = await page.locator("main img").evaluateAll(
      (images: HTMLImageElement[], origin) => images.filter((image) => image.src.startsWith(origin) && image.complete && image.naturalWidth > 0).length,
      backend
    )
    expect(pictures, "pictures from the backend shown on the catalogue").toBeGreaterThan(0)
    await page.goto(`${stack.storefront_url}/san-pham/${product.handle}`, { waitUntil: "networkidle" })
    // Hydrated: the add-to-cart form's script-only field exists once React runs (see the cart drawer's spec).
    await page.locator("input[name=via]").first().waitFor({ state: "attached", timeout: 15_000 })
    expect(await page.locator("h1").innerText()).toBe(product.title)
    await screenshots(page, "product")
    expect(violations).toEqual([])
    await context.close()
  })

  it("draws the map of sales points with its markers, and asks the tile server for tiles", async () => {
    const { context, page, violations } = await watchedPhone()
    const tiles: string[] = []
    page.on("request", (request) => request.resourceType() === "image" && /tile/.test(request.url()) && tiles.push(request.url()))
    await page.goto(`${stack.storefront_url}/diem-ban`, { waitUntil: "networkidle" })
    // Numbered markers, one per point of the list (features/sales-points/SalesPointMap.client.tsx).
    const markers = page.locator(".leaflet-marker-pane .ocop-marker")
    await expect.poll(() => markers.count(), { timeout: 20_000 }).toBeGreaterThan(5)
    expect(tiles.length, "tile requests the CSP let through").toBeGreaterThan(0)
    await markers.first().click({ force: true })
    await page.locator(".leaflet-popup-content").waitFor({ timeout: 10_000 })
    await screenshots(page, "map")
    expect(violations).toEqual([])
    await context.close()
  })

  it("takes a shopper through checkout to a mounted Stripe Payment Element without a violation", async () => {
    const { context, page, violations } = await watchedPhone()
    await toPaymentStep(page, stack.storefront_url, product.handle, {
      email: `csp.${Date.now().toString(36)}@example.vn`,
      name: "H'Hen Niê",
      phone: "0905 111 222",
    })
    await page.getByRole("radio", { name: /Visa/ }).check()
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")
    // The stand-in's card field: Stripe.js loaded from js.stripe.com and its element mounted with the client secret.
    await page.getByLabel("Số thẻ").waitFor({ timeout: 15_000 })
    await page.screenshot({ path: path.join(artifacts, "csp-checkout-card-390.png"), fullPage: true })
    // Paying: the browser confirms the intent at api.stripe.com (connect-src), then the order is placed.
    await page.getByLabel("Số thẻ").fill("4242 4242 4242 4242")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 15_000 }).toMatch(/\d+/)
    expect(violations).toEqual([])
    await context.close()
  })
})

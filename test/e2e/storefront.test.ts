/**
 * The storefront in a real browser (Debian's chromium through playwright-core) against the stack `npm test`
 * started: a shopper filters the catalogue, opens a product, checks its certificate and producer, finds where
 * to buy it and opens that sales point; in Vietnamese on a phone and in English on a desktop. Products the
 * programme does not show (2 ★, expired) answer with the 404 page. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
const seedProducts = JSON.parse(fs.readFileSync(path.join(here, "../../seed/data/products.json"), "utf8")) as {
  handle: string
  certification: { stars: number; issued_at: string; expires_at?: string; revoked_at?: string }
}[]

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** The same screen at the phone and the desktop width, as the issue asks. */
async function screenshots(page: Page, name: string) {
  const original = page.viewportSize()
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true })
  }
  if (original) await page.setViewportSize(original)
}

const texts = {
  vi: {
    products: "Sản phẩm",
    filters: "Bộ lọc",
    group: "Nhóm sản phẩm",
    fourStars: "4 sao OCOP",
    certificate: "Chứng nhận OCOP",
    certificateNo: "Số giấy chứng nhận",
    addToCart: "Thêm vào giỏ",
    added: "Đã thêm vào giỏ hàng.",
    producer: "Chủ thể sản xuất",
    whereToBuy: "Mua ở đâu",
    nearest: "Xếp điểm gần tôi lên trước",
    sorted: "Đã xếp theo khoảng cách từ vị trí của bạn.",
    productsHere: "Sản phẩm OCOP bán tại đây",
    notFound: "Không tìm thấy trang",
    gone: "Sản phẩm không còn được bày bán",
    otherLanguageWords: ["Where to buy", "OCOP certificate", "Filters", "Product group"],
  },
  en: {
    products: "Products",
    filters: "Filters",
    group: "Product group",
    fourStars: "4-star OCOP",
    certificate: "OCOP certificate",
    certificateNo: "Certificate no.",
    addToCart: "Add to cart",
    added: "Added to your cart.",
    producer: "Producer",
    whereToBuy: "Where to buy",
    nearest: "Show the nearest first",
    sorted: "Sorted by distance from where you are.",
    productsHere: "OCOP products sold here",
    notFound: "Page not found",
    gone: "This product is no longer on sale",
    otherLanguageWords: ["Mua ở đâu", "Chứng nhận OCOP", "Bộ lọc", "Nhóm sản phẩm"],
  },
} as const

async function expectNoWordsOfTheOtherLanguage(page: Page, locale: "vi" | "en") {
  const body = await page.locator("body").innerText()
  for (const word of texts[locale].otherLanguageWords) expect(body, `"${word}" on a ${locale} page`).not.toContain(word)
}

describe.each([
  { locale: "vi" as const, prefix: "", width: 390 },
  { locale: "en" as const, prefix: "/en", width: 1280 },
])("a shopper browsing in $locale", ({ locale, prefix, width }) => {
  const words = texts[locale]

  it("filters 4 ★ and a group, opens a product, reads its certificate and producer, and finds where to buy it", async () => {
    // In Buôn Ma Thuột, so that "nearest first" has a place to measure from.
    const context = await browser.newContext({
      viewport: { width, height: width === 390 ? 844 : 900 },
      geolocation: { latitude: 12.68, longitude: 108.04 },
      permissions: ["geolocation"],
    })
    const { page, problems } = await openPage(context)

    await page.goto(`${stack.storefront_url}${prefix || "/"}`)
    await expect.poll(() => page.locator("html").getAttribute("lang"), { timeout: 10_000 }).toBe(locale)
    expect(await page.locator("h1").count()).toBe(1)
    expect(await page.getByRole("img", { name: /OCOP$/ }).count()).toBeGreaterThan(0)
    await screenshots(page, `${locale}-home`)

    // Catalogue: every change of the GET form moves the URL without reloading the document.
    await page.getByRole("navigation", { name: locale === "vi" ? "Chuyên mục" : "Sections" }).getByRole("link", { name: words.products }).click()
    await page.waitForURL(`${stack.storefront_url}${prefix}/san-pham`)
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
    const filters = page.getByRole("form", { name: words.filters })
    // On a phone the filters fold behind their button, so the first screen shows products.
    const panel = page.locator("details.filter-panel")
    if (width === 390) await panel.locator("summary").click()
    await panel.getByRole("link", { name: words.fourStars }).click()
    await page.waitForURL(/stars=4/)
    const groupSelect = filters.getByLabel(words.group)
    const group = await groupSelect.locator("option").nth(1).getAttribute("value")
    expect(group).toBeTruthy()
    await groupSelect.selectOption(group!)
    await page.waitForURL(new RegExp(`stars=4.*group=${group}|group=${group}.*stars=4`))
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
    const results = page.locator('section[aria-labelledby="results-heading"]')
    await expect.poll(() => results.getAttribute("aria-busy"), { timeout: 10_000 }).toBe("false")
    const cards = results.locator("article")
    expect(await cards.count()).toBeGreaterThan(0)
    const badges = await results.getByRole("img", { name: /OCOP$/ }).evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))
    expect(new Set(badges)).toEqual(new Set([words.fourStars]))
    await screenshots(page, `${locale}-catalogue-4-stars-${group}`)

    // Product: certificate, producer, where to buy.
    const firstTitle = (await cards.first().locator("h3 a").innerText()).trim()
    await cards.first().locator("h3 a").click()
    await page.waitForURL(new RegExp(`${prefix}/san-pham/[a-z0-9-]+$`))
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 10_000 }).toBe(firstTitle)
    const certificate = page.locator('section[aria-labelledby="certificate-heading"]')
    expect(await certificate.getByRole("heading", { name: words.certificate }).isVisible()).toBe(true)
    expect(await certificate.getByRole("img", { name: words.fourStars }).isVisible()).toBe(true)
    expect(await certificate.innerText()).toContain(words.certificateNo)
    expect(await certificate.innerText()).toMatch(/OCOP-(66|QG)-\d{4}-\d{3}/)
    expect(await certificate.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4}/)
    const producer = page.locator('section[aria-labelledby="producer-heading"]')
    expect(await producer.textContent()).toContain(words.producer)
    // Prices as the page's language writes them: 150.000 ₫, or 150,000 ₫ (VND) in English.
    expect(await page.locator("body").innerText()).toMatch(locale === "vi" ? /\d{1,3}(\.\d{3})+\u00a0₫/ : /\d{1,3}(,\d{3})+\u00a0₫ \(VND\)/)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}")
    expect(jsonLd["@type"]).toBe("Product")
    expect(jsonLd.offers.priceCurrency).toBe("VND")
    await expectNoWordsOfTheOtherLanguage(page, locale)

    await screenshots(page, `${locale}-product`)

    const whereToBuy = page.locator('section[aria-labelledby="where-to-buy"]')
    await whereToBuy.scrollIntoViewIfNeeded()
    expect(await whereToBuy.getByRole("heading", { name: words.whereToBuy }).isVisible()).toBe(true)
    const points = whereToBuy.locator("article h3 a")
    expect(await points.count()).toBeGreaterThan(0)
    if ((await points.count()) > 1) {
      await whereToBuy.getByRole("button", { name: words.nearest }).click()
      await expect.poll(() => whereToBuy.getByRole("status").innerText(), { timeout: 10_000 }).toBe(words.sorted)
    }
    const pointName = (await points.first().innerText()).trim()
    await points.first().click()
    await page.waitForURL(new RegExp(`${prefix}/diem-ban/[a-z0-9-]+$`))
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 10_000 }).toBe(pointName)
    const soldHere = page.locator('section[aria-labelledby="sold-here"]')
    expect(await soldHere.innerText()).toContain(words.productsHere)
    expect(await soldHere.getByRole("link", { name: firstTitle }).count()).toBeGreaterThan(0)
    await screenshots(page, `${locale}-sales-point`)

    expect(problems).toEqual([])
    await context.close()
  })

  it("puts a product in the cart, and the header counts it without a reload", async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 } })
    const { page, problems } = await openPage(context)
    const { body } = await storeGet(stack, "/store/ocop/products?limit=1")
    await page.goto(`${stack.storefront_url}${prefix}/san-pham/${body.products[0].handle}`)
    await page.getByRole("button", { name: words.addToCart }).click()
    await expect.poll(() => page.getByRole("status").filter({ hasText: words.added }).count(), { timeout: 10_000 }).toBe(1)
    await expect.poll(() => page.getByTestId("cart-count").innerText(), { timeout: 10_000 }).toBe("1")
    expect((await context.cookies()).some((cookie) => cookie.name === "ocop_cart" && cookie.httpOnly)).toBe(true)
    await screenshots(page, `${locale}-added-to-cart`)
    expect(problems).toEqual([])
    await context.close()
  })

  it("answers a product below 3 ★ with the 404 page, and an expired one with a 410 that says why (issue 20)", async () => {
    const today = new Date()
    const belowThree = seedProducts.find((product) => product.certification.stars < 3)!
    const expired = seedProducts.find((product) => {
      const { stars, issued_at, expires_at, revoked_at } = product.certification
      const end = expires_at ? new Date(expires_at) : new Date(new Date(issued_at).setMonth(new Date(issued_at).getMonth() + 36))
      return stars >= 3 && !revoked_at && end < today
    })!
    const context = await browser.newContext({ viewport: { width, height: 844 } })
    const { page } = await openPage(context)
    for (const [handle, status, heading] of [[belowThree.handle, 404, words.notFound], [expired.handle, 410, words.gone]] as const) {
      const response = await page.goto(`${stack.storefront_url}${prefix}/san-pham/${handle}`)
      expect(response?.status(), handle).toBe(status)
      expect(await page.locator("h1").innerText()).toBe(heading)
      expect(await page.locator("html").getAttribute("lang")).toBe(locale)
      if (status === 404) await screenshots(page, `${locale}-404`)
    }
    await context.close()
  })
})

describe("without JavaScript", () => {
  it("filters the catalogue with the plain GET form", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/san-pham`)
    await page.locator("details.filter-panel summary").click()
    await page.locator("details.filter-panel").getByRole("link", { name: "5 sao OCOP" }).click()
    await page.waitForURL(/\/san-pham\?stars=5/)
    const badges = await page
      .locator('section[aria-labelledby="results-heading"]')
      .getByRole("img", { name: /OCOP$/ })
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))
    expect(badges.length).toBeGreaterThan(0)
    expect(new Set(badges)).toEqual(new Set(["5 sao OCOP"]))
    // The rest of the form applies with its button, keeping the stars.
    await page.locator("details.filter-panel summary").click()
    const filters = page.getByRole("form", { name: "Bộ lọc" })
    await filters.getByLabel("Nhóm sản phẩm").selectOption({ index: 1 })
    await filters.getByRole("button", { name: "Áp dụng" }).click()
    await page.waitForURL(/\/san-pham\?stars=5&group=/)
    await context.close()
  })
})


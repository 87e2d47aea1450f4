/**
 * A province's page (`/tinh/:code`) in a real browser (Debian's chromium) on a phone, 390 px wide, against the stack
 * `npm test` started and its seed: every certified product of 3 stars or more of that province, a page of 24 at a
 * time, none of the province's lapsed ones, none of another province's; in Vietnamese and in English; a province
 * with no product says so; a code no province has is a 404. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "../artifacts")
const PHONE = { width: 390, height: 844 }
const PAGE_SIZE = 24

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `province-${name}-390.png`), fullPage: true })

/** Every handle the Store API shows for a province (its rule: a valid certificate of 3 stars or more). */
async function showable(provinceCode: string): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += 100) {
    const { body } = await storeGet(stack, `/store/ocop/products?province_code=${provinceCode}&limit=100&offset=${offset}`)
    handles.push(...body.products.map((card: { handle: string }) => card.handle))
    if (!body.products.length || handles.length >= body.count) return handles
  }
}

/** The products of the register whose certificate was revoked or has expired: never on a province page. */
async function lapsedHandles(): Promise<string[]> {
  const { body } = await storeGet(stack, "/store/ocop/certifications?q=OCOP&limit=100")
  return (body.certifications as { status: string; product: { handle: string } }[])
    .filter((c) => c.status === "revoked" || c.status === "expired")
    .map((c) => c.product.handle)
}

/** A province's name as the Store API (and so the page) gives it: "Tỉnh Đắk Lắk". */
async function provinceName(code: string): Promise<string> {
  return (await storeGet(stack, `/store/ocop/provinces/${code}`)).body.province.name
}

const productsSection = (page: Page) => page.locator('section[aria-labelledby="province-products"]')

/** The handles of the product cards on the page, in their order. */
async function cardHandles(page: Page): Promise<string[]> {
  const hrefs = await productsSection(page)
    .locator("article a[href*='/san-pham/']")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
  return [...new Set(hrefs.map((href) => decodeURIComponent(href.split("/san-pham/")[1]!.split(/[?#]/)[0]!)))]
}

describe("a province's page on a phone", () => {
  it("shows every certified product of 3 stars or more of Đắk Lắk, a page at a time, and none that lapsed (Vietnamese)", async () => {
    const expected = await showable("66")
    expect(expected.length).toBeGreaterThan(0)
    const lapsed = await lapsedHandles()
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)

    const response = await page.goto(`${stack.storefront_url}/tinh/66`)
    expect(response?.status()).toBe(200)
    await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined, undefined, { timeout: 30_000 })
    expect(await page.locator("h1").innerText()).toBe(`Sản phẩm OCOP ${await provinceName("66")}`)
    await expect.poll(() => page.getByText(`${expected.length} sản phẩm OCOP`).count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByText("Chỉ sản phẩm có giấy chứng nhận OCOP còn hiệu lực, từ 3 sao.").count()).toBe(1)
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, "dak-lak-vi")

    // Walk every page through its own "next" link, as a shopper would.
    const seen: string[] = []
    const pages = Math.ceil(expected.length / PAGE_SIZE)
    let previous: string[] = []
    for (let n = 1; n <= pages; n++) {
      const size = n < pages ? PAGE_SIZE : expected.length - PAGE_SIZE * (pages - 1)
      // A link followed after hydration renders the next page once its data is in: wait for its cards.
      await expect
        .poll(async () => {
          const shown = await cardHandles(page)
          return shown.length === size && !shown.some((handle) => previous.includes(handle))
        }, { timeout: 15_000 })
        .toBe(true)
      const handles = await cardHandles(page)
      expect(handles.length, `page ${n}`).toBe(size)
      const badges = await productsSection(page)
        .getByRole("img", { name: /sao OCOP$/ })
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label")))
      expect(badges.length, `page ${n}`).toBe(handles.length)
      for (const badge of badges) expect(badge, `page ${n}`).toMatch(/^[345] sao OCOP$/)
      seen.push(...handles)
      previous = handles
      if (n < pages) {
        await productsSection(page).getByRole("link", { name: /Trang sau/ }).click()
        await page.waitForURL(new RegExp(`/tinh/66\\?page=${n + 1}$`))
      }
    }
    expect(seen.sort()).toEqual([...expected].sort())
    for (const handle of lapsed) expect(seen, handle).not.toContain(handle)
    expect(problems).toEqual([])
    await context.close()
  })

  it("says the same in English, with English links, and a province without products says it has none", async () => {
    const expected = await showable("66")
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)

    await page.goto(`${stack.storefront_url}/en/tinh/66`)
    expect(await page.locator("h1").innerText()).toBe(`OCOP products of ${await provinceName("66")}`)
    expect(await page.locator("html").getAttribute("lang")).toBe("en")
    await expect.poll(() => page.getByText(`${expected.length} OCOP products`).count()).toBeGreaterThan(0)
    expect(await page.getByText("Only products with a valid OCOP certificate of 3 stars or more.").count()).toBe(1)
    const handles = await cardHandles(page)
    expect(handles).toHaveLength(Math.min(PAGE_SIZE, expected.length))
    for (const handle of handles) expect(expected).toContain(handle)
    const hrefs = await productsSection(page).locator("article a[href*='/san-pham/']").evaluateAll((links) => links.map((l) => l.getAttribute("href")))
    for (const href of hrefs) expect(href).toMatch(/^\/en\/san-pham\//)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width)
    await shot(page, "dak-lak-en")

    // Hồ Chí Minh City has no product in the seed: its page is there, and says so in both languages.
    expect(await showable("79")).toEqual([])
    const hcmc = await provinceName("79")
    await page.goto(`${stack.storefront_url}/en/tinh/79`)
    expect(await page.locator("h1").innerText()).toBe(`OCOP products of ${hcmc}`)
    expect(await page.getByText(`No OCOP product of ${hcmc} is on sale here yet.`).count()).toBe(1)
    expect(await cardHandles(page)).toEqual([])
    await page.goto(`${stack.storefront_url}/tinh/79`)
    expect(await page.getByText(`Chưa có sản phẩm OCOP nào của ${hcmc} trên Chợ OCOP.`).count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it("answers 404 for a code no province has, in both languages", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    for (const url of ["/tinh/99", "/en/tinh/99", "/tinh/abc", "/tinh/6"]) {
      const response = await page.goto(`${stack.storefront_url}${url}`)
      expect(response?.status(), url).toBe(404)
    }
    await shot(page, "unknown")
    await context.close()
  })
})

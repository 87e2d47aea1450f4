/**
 * The product page as shoppers on the big marketplaces know it (issue 21, "expected"): more of the same group,
 * the products she opened before (in the page's language), a delivery estimate for her province that works
 * without JavaScript too, and a share button. In Debian's chromium at 390 px against the stack `npm test`
 * started; screenshots go to docs/screenshots/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { readStack, storeGet, storeRequest } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const screenshots = path.join(here, "../../docs/screenshots")
const PHONE = { width: 390, height: 844 }
const run = Date.now().toString(36)

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshots, `product-${name}-390.png`), fullPage: true })

async function hydrated(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __remixRouter?: unknown }).__remixRouter !== undefined, undefined, { timeout: 30_000 })
  await page.waitForLoadState("networkidle")
}

/** The first two products of the group with the most products, as the group's own list orders them, with English titles. */
async function twoOfOneGroup() {
  const { body } = await storeGet(stack, "/store/ocop/products?limit=100")
  const counts = new Map<string, number>()
  for (const card of body.products) counts.set(card.ocop.group, (counts.get(card.ocop.group) ?? 0) + 1)
  const [group] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  const cards = (await storeGet(stack, `/store/ocop/products?group=${group}&limit=5`)).body.products
  const english = await storeGet(stack, `/store/ocop/products?handle=${cards[0].handle},${cards[1].handle}&locale=en`)
  const titleEn = (handle: string) => english.body.products.find((card: any) => card.handle === handle).title as string
  return {
    first: { handle: cards[0].handle as string, title: cards[0].title as string, titleEn: titleEn(cards[0].handle) },
    second: { handle: cards[1].handle as string, title: cards[1].title as string, titleEn: titleEn(cards[1].handle) },
  }
}

describe("the product page", () => {
  it("shows more of the same group, and the products opened before in the page's language", async () => {
    const { first, second } = await twoOfOneGroup()
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/san-pham/${first.handle}`)
    await hydrated(page)
    const related = page.getByRole("region", { name: "Sản phẩm cùng nhóm" })
    await related.waitFor()
    expect(await related.getByRole("link", { name: second.title }).count()).toBeGreaterThan(0)
    expect(await related.getByRole("link", { name: first.title, exact: true }).count()).toBe(0)
    // Nothing seen before the first product: no "recently viewed".
    expect(await page.getByRole("region", { name: "Sản phẩm bạn đã xem" }).count()).toBe(0)

    await page.goto(`${stack.storefront_url}/san-pham/${second.handle}`)
    await hydrated(page)
    const recent = page.getByRole("region", { name: "Sản phẩm bạn đã xem" })
    await recent.waitFor()
    expect(await recent.getByRole("link").allInnerTexts()).toEqual([first.title])
    await shot(page, "related-recent")

    // The same list on an English page names the product in English.
    await page.goto(`${stack.storefront_url}/en/san-pham/${second.handle}`)
    await hydrated(page)
    const recentEn = page.getByRole("region", { name: "Recently viewed" })
    await recentEn.waitFor()
    expect(await recentEn.getByRole("link").allInnerTexts()).toEqual([first.titleEn])
    expect(problems).toEqual([])
    await context.close()
  })

  it("estimates delivery to the shopper's province, with and without JavaScript", async () => {
    const { first } = await twoOfOneGroup()
    const zones = (await storeGet(stack, "/store/ocop/delivery-zones")).body.delivery_zones
    const price = (code: string) => `${new Intl.NumberFormat("vi-VN").format(zones.find((z: any) => z.code === code).price.amount)}\u00a0₫`

    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/san-pham/${first.handle}`)
    await hydrated(page)
    const delivery = page.getByRole("region", { name: "Giao hàng" })
    expect(await delivery.textContent()).toContain(price("dak_lak"))
    await delivery.getByLabel("Giao đến").selectOption({ label: "Thành phố Hồ Chí Minh" })
    expect(await delivery.textContent()).toContain(price("rest_of_vietnam"))
    expect(await delivery.textContent()).toContain("3–5 ngày làm việc")
    // With JavaScript the choice answers at once: no button to press.
    expect(await delivery.getByRole("button").count()).toBe(0)
    await delivery.screenshot({ path: path.join(screenshots, "product-delivery-estimate-390.png") })
    expect(problems).toEqual([])
    await context.close()

    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await plain.goto(`${stack.storefront_url}/en/san-pham/${first.handle}`)
    const section = plain.getByRole("region", { name: "Delivery" })
    await section.getByLabel("Deliver to").selectOption({ label: "Tỉnh Khánh Hoà" })
    await section.getByRole("button", { name: "Show the fee" }).click()
    await plain.waitForURL((url) => url.searchParams.get("giao-den") === "56")
    const text = await plain.getByRole("region", { name: "Delivery" }).textContent()
    expect(text).toContain(new Intl.NumberFormat("en-GB").format(zones.find((z: any) => z.code === "neighbours").price.amount))
    expect(text).toContain("2–3 working days")
    await noScript.close()
  })

  it("shares the page through the phone's share sheet, or copies its link", async () => {
    const { first } = await twoOfOneGroup()
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: stack.storefront_url })
    const { page, problems } = await openPage(context)
    // The share sheet as the page calls it: what it was given is kept to be read back.
    await page.addInitScript(() => {
      ;(navigator as any).share = (data: unknown) => {
        ;(window as any).__shared = data
        return Promise.resolve()
      }
    })
    await page.goto(`${stack.storefront_url}/san-pham/${first.handle}`)
    await hydrated(page)
    await page.getByRole("button", { name: "Chia sẻ" }).click()
    const shared = await page.evaluate(() => (window as any).__shared)
    expect(shared).toMatchObject({ title: first.title, url: `${stack.storefront_url}/san-pham/${first.handle}` })
    expect(shared.text).toMatch(/sản phẩm OCOP \d sao/)
    // Its preview picture is the product's.
    const image = await page.locator('meta[property="og:image"]').getAttribute("content")
    expect(image).toBeTruthy()

    // Without a share sheet (a desktop browser), the link is copied.
    await page.evaluate(() => {
      ;(navigator as any).share = undefined
    })
    await page.getByRole("button", { name: "Chia sẻ" }).click()
    await page.getByText("Đã chép đường dẫn.").waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${stack.storefront_url}/san-pham/${first.handle}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it("keeps a product among the customer's favourites from its page, after logging in, and lists it on her account", async () => {
    const { first } = await twoOfOneGroup()
    const email = `yeu-thich.${run}@example.vn`
    const password = "mat-khau-yeu-thich-1"
    const registration = await storeRequest(stack, "POST", "/auth/customer/emailpass/register", { body: { email, password } })
    await storeRequest(stack, "POST", "/store/customers", { body: { email, first_name: "Lan", last_name: "Trần" }, token: registration.token })

    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/san-pham/${first.handle}`)
    await hydrated(page)
    // A visitor is sent to log in, and comes back to the product.
    await page.getByRole("button", { name: "Yêu thích", exact: true }).click()
    await page.waitForURL((url) => url.pathname === "/tai-khoan/dang-nhap")
    await page.getByLabel("E-mail").fill(email)
    await page.getByLabel("Mật khẩu").fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL((url) => url.pathname === `/san-pham/${first.handle}`)
    await hydrated(page)
    const heart = page.getByRole("button", { name: "Yêu thích", exact: true })
    // Pressed or not is known once the page runs and has asked whether the product is hers.
    await expect.poll(() => heart.getAttribute("aria-pressed"), { timeout: 10_000 }).toBe("false")
    await heart.click()
    await page.getByRole("button", { name: "Đã yêu thích" }).waitFor()
    await expect.poll(() => page.getByRole("button", { name: "Đã yêu thích" }).getAttribute("aria-pressed")).toBe("true")
    // Kept on the account: the page opened again knows it.
    await page.reload()
    await hydrated(page)
    await page.getByRole("button", { name: "Đã yêu thích" }).waitFor()
    await page.screenshot({ path: path.join(screenshots, "product-favourite-390.png") })

    await page.goto(`${stack.storefront_url}/tai-khoan/yeu-thich`)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("Sản phẩm yêu thích")
    expect(await page.getByRole("link", { name: first.title }).count()).toBe(1)
    await shot(page, "account-favourites")
    await page.getByRole("button", { name: `Bỏ ${first.title} khỏi danh sách` }).click()
    await page.getByText("Đã bỏ sản phẩm khỏi danh sách yêu thích.").waitFor()
    expect(await page.getByRole("link", { name: first.title }).count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })
})

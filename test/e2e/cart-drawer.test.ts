/**
 * The cart drawer, in Debian's chromium against the stack `npm test` started, on a phone first: adding on a
 * product page opens it with the product in; its buttons change the cart (the header's count and the subtotal
 * follow); Escape and the close button put it away and give focus back; the header's cart opens it from any
 * page, and its links lead to the cart page and checkout. On the cart page itself, and without JavaScript, the
 * header's cart is a plain link to the cart page. In English too. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { productWithOneVariantInStock, readStack } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
const PHONE = { width: 390, height: 844 }

let browser: Browser
let product: { handle: string; title: string; price: number }

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
  product = await productWithOneVariantInStock(stack)
})

afterAll(async () => {
  await browser?.close()
})

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
const cartCount = (page: Page) => page.getByTestId("cart-count").innerText()

/** The drawer's pictures loaded (they start loading when it opens), for a screenshot that shows them. */
async function picturesLoaded(page: Page) {
  await page.getByRole("dialog").locator("img").evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map((image) =>
        image.complete ? null : new Promise((resolve) => image.addEventListener("load", resolve, { once: true }))
      )
    )
  )
}

/** Once hydrated: the forms say they are posted by a fetcher (`via`), so clicks stay on the page. */
async function openHydrated(page: Page, url: string) {
  await page.goto(url, { waitUntil: "networkidle" })
  await page.locator("input[name=via]").first().waitFor({ state: "attached" })
}

describe("the cart drawer on a phone", () => {
  it("opens with the product just added, changes quantities in place, and closes back to where the shopper was", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await openHydrated(page, `${stack.storefront_url}/san-pham/${product.handle}`)

    await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
    const drawer = page.getByRole("dialog", { name: /Giỏ hàng/ })
    await expect.poll(() => drawer.getByTestId("cart-line").count(), { timeout: 15_000 }).toBe(1)
    expect(await drawer.getByTestId("cart-line").innerText()).toContain(product.title)
    expect(await drawer.getByTestId("drawer-subtotal").innerText()).toBe(vnd(product.price))
    expect(await cartCount(page)).toBe("1")
    // A modal: focus is inside it, and the page behind does not scroll.
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true)
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("hidden")
    await picturesLoaded(page)
    await page.screenshot({ path: path.join(artifacts, "cart-drawer-390.png") })

    // + in the drawer: the line, the subtotal and the header's count follow.
    await drawer.getByRole("button", { name: `Thêm một ${product.title}` }).click()
    await expect.poll(() => drawer.getByLabel(`Số lượng ${product.title}`).inputValue(), { timeout: 15_000 }).toBe("2")
    await expect.poll(() => drawer.getByTestId("drawer-subtotal").innerText(), { timeout: 15_000 }).toBe(vnd(product.price * 2))
    await expect.poll(() => cartCount(page), { timeout: 15_000 }).toBe("2")

    // Escape puts it away; the page is where it was and scrolls again.
    await page.keyboard.press("Escape")
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)
    expect(new URL(page.url()).pathname).toBe(`/san-pham/${product.handle}`)
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).overflow)).not.toBe("hidden")

    // The header's cart opens it again, read afresh from the backend; closing gives focus back to the button.
    const cartButton = page.getByRole("link", { name: /Giỏ hàng: 2 sản phẩm/ })
    await cartButton.click()
    await expect.poll(() => drawer.getByLabel(`Số lượng ${product.title}`).inputValue(), { timeout: 15_000 }).toBe("2")
    await drawer.getByRole("button", { name: "Đóng giỏ hàng" }).click()
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Giỏ hàng: 2 sản phẩm")

    // On a wide screen it is a panel at the side, the page dimmed beside it; a click there closes it.
    await page.setViewportSize({ width: 1280, height: 900 })
    await cartButton.click()
    await drawer.getByTestId("cart-line").waitFor()
    await picturesLoaded(page)
    await page.screenshot({ path: path.join(artifacts, "cart-drawer-1280.png") })
    await page.mouse.click(100, 450)
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)
    await page.setViewportSize(PHONE)

    // Remove: the drawer says the cart is empty, the count is 0, and checkout is not offered.
    await cartButton.click()
    await drawer.getByRole("button", { name: `Xoá ${product.title} khỏi giỏ` }).click()
    await expect.poll(() => drawer.innerText(), { timeout: 15_000 }).toContain("Giỏ hàng đang trống.")
    await expect.poll(() => cartCount(page), { timeout: 15_000 }).toBe("0")
    expect(await drawer.getByRole("link", { name: "Thanh toán" }).count()).toBe(0)

    expect(problems).toEqual([])
    await context.close()
  })

  it("leads to checkout from any page, and on the cart page the header's cart is just the page", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await openHydrated(page, `${stack.storefront_url}/san-pham/${product.handle}`)
    await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
    const drawer = page.getByRole("dialog", { name: /Giỏ hàng/ })
    await drawer.getByTestId("cart-line").waitFor({ timeout: 15_000 })
    await drawer.getByRole("button", { name: "Đóng giỏ hàng" }).click()

    // From the home page: the drawer, then its "View cart" link, and the drawer is gone with the page it was on.
    await page.getByRole("link", { name: "Chợ OCOP Đắk Lắk" }).click()
    await page.waitForURL(`${stack.storefront_url}/`)
    await page.getByRole("link", { name: /Giỏ hàng: 1 sản phẩm/ }).click()
    await drawer.getByTestId("cart-line").waitFor({ timeout: 15_000 })
    await drawer.getByRole("link", { name: "Xem giỏ hàng" }).click()
    await page.waitForURL(/\/gio-hang$/)
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)
    await expect.poll(() => page.getByTestId("cart-line").count()).toBe(1)

    // Here the header's cart is a link to this page: no drawer repeating it.
    await page.getByRole("link", { name: /Giỏ hàng: 1 sản phẩm/ }).click()
    await page.waitForLoadState("networkidle")
    expect(await page.getByRole("dialog").count()).toBe(0)

    // Checkout from the drawer.
    await page.goBack()
    await page.waitForURL(`${stack.storefront_url}/`)
    // The address changes at once; the page (and the header with it) once the home page's data is in.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 15_000 }).not.toBe("Giỏ hàng")
    await page.getByRole("link", { name: /Giỏ hàng: 1 sản phẩm/ }).click()
    await drawer.getByRole("link", { name: "Thanh toán" }).click()
    await page.waitForURL(/\/thanh-toan\?buoc=lien-he$/)
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)

    expect(problems).toEqual([])
    await context.close()
  })

  it("speaks English on the English pages", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await openHydrated(page, `${stack.storefront_url}/en/san-pham/${product.handle}`)
    await page.getByRole("button", { name: "Add to cart", exact: true }).click()
    const drawer = page.getByRole("dialog", { name: /Cart/ })
    await drawer.getByTestId("cart-line").waitFor({ timeout: 15_000 })
    const text = await drawer.innerText()
    for (const words of ["Subtotal", "View cart", "Check out"]) expect(text).toContain(words)
    expect(await drawer.getByRole("button", { name: "Close the cart" }).count()).toBe(1)
    await drawer.getByRole("link", { name: "View cart" }).click()
    await page.waitForURL(/\/en\/gio-hang$/)
    expect(problems).toEqual([])
    await context.close()
  })
})

describe("without JavaScript", () => {
  it("the header's cart is a link to the cart page", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/san-pham/${product.handle}`)
    await page.getByRole("link", { name: /Giỏ hàng: 0 sản phẩm/ }).click()
    await page.waitForURL(/\/gio-hang$/)
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Giỏ hàng")
    await context.close()
  })
})

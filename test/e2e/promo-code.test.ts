/**
 * Promo codes in a real browser on a phone (390 px), against the seeded stack `npm test` started (issue 21): a
 * shopper types a code that does not exist and is told so, then the ended Mid-Autumn code (seeded as
 * TRUNGTHU2026) and is told it has expired, then the Tết code (TET2027, 10 % off the items, valid until
 * 20 February 2027: seed/src/load/promotions.ts), whose discount is a line of its own in the cart, the checkout's
 * review and the order's confirmation (and its mail). The same in English, and without JavaScript. Screenshots
 * go to test/artifacts/promo-*.png.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { launchChromium, openPage } from "../support/browser"
import { atStep } from "../support/checkout"
import { productWithOneVariantInStock, readStack } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
const PHONE = { width: 390, height: 844 }
const DAK_LAK = "66"

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
const vndInEnglish = (amount: number) => `${new Intl.NumberFormat("en-GB").format(amount)}\u00a0₫ (VND)`
const tenPercent = (amount: number) => Math.round(amount / 10)
/** A label and its amount side by side read as one line, whatever spaces the layout puts between them. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").replace(/\s*−\s*/g, " −").trim()

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `promo-${name}.png`), fullPage: true })
}

/** The product in the cart from its page, once the page's scripts run (or as a plain form without them). */
async function addToCart(page: Page, prefix: string, button: string) {
  await page.goto(`${stack.storefront_url}${prefix}/san-pham/${product.handle}`, { waitUntil: "networkidle" })
  await page.getByRole("button", { name: button, exact: true }).click()
}

/** Types a code in the box and applies it. */
async function applyCode(page: Page, label: string, apply: string, code: string) {
  await page.getByLabel(label).fill(code)
  await page.getByRole("button", { name: apply, exact: true }).click()
}

const promoMessage = (page: Page) => page.getByTestId("promo-code").locator("[role=alert], [role=status]")

describe("a shopper with a promo code, on a phone", () => {
  it("is told an unknown code and an expired one, and gets 10 % off with TET2027 in the cart, the review and the confirmation", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/san-pham/${product.handle}`, { waitUntil: "networkidle" })
    await page.locator("input[name=via]").first().waitFor({ state: "attached" })
    await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
    await page.getByRole("dialog").getByTestId("cart-line").waitFor({ timeout: 15_000 })
    await page.getByRole("dialog").getByRole("link", { name: "Xem giỏ hàng" }).click()
    await page.waitForURL(/\/gio-hang$/)
    await page.getByLabel("Mã khuyến mãi").waitFor()
    const pageLoads: string[] = []
    page.on("framenavigated", (frame) => frame === page.mainFrame() && pageLoads.push(frame.url()))

    await applyCode(page, "Mã khuyến mãi", "Áp dụng", "khongco")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toBe("Mã KHONGCO không tồn tại. Hãy kiểm tra lại từng chữ.")
    await applyCode(page, "Mã khuyến mãi", "Áp dụng", "trungthu2026")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toBe("Mã TRUNGTHU2026 đã hết hạn.")
    expect(await page.getByTestId("discount-line").count()).toBe(0)
    await shot(page, "01-expired-vi")

    await applyCode(page, "Mã khuyến mãi", "Áp dụng", " tet2027 ")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toBe("Đã áp dụng mã TET2027.")
    const discount = tenPercent(product.price)
    await expect
      .poll(() => page.getByTestId("discount-line").innerText().then(oneLine), { timeout: 15_000 })
      .toBe(oneLine(`Giảm giá (TET2027) −${vnd(discount)}`))
    expect(await page.getByTestId("cart-subtotal").innerText()).toBe(vnd(product.price - discount))
    expect(await page.getByRole("button", { name: "Bỏ mã TET2027" }).count()).toBe(1)
    // All in place: the fetcher posted, the page did not load again.
    expect(pageLoads).toEqual([])
    await shot(page, "02-cart-tet2027-vi")

    // The header's drawer, from any page, shows the discount too.
    await page.goto(`${stack.storefront_url}/san-pham`, { waitUntil: "networkidle" })
    await page.locator("input[name=via]").first().waitFor({ state: "attached" })
    await page.getByRole("link", { name: /Giỏ hàng/ }).click()
    const drawer = page.getByRole("dialog", { name: /Giỏ hàng/ })
    await expect.poll(() => drawer.getByTestId("discount-line").count(), { timeout: 15_000 }).toBe(1)
    expect(await drawer.getByTestId("drawer-subtotal").innerText()).toBe(vnd(product.price - discount))
    await drawer.getByRole("link", { name: "Thanh toán" }).click()

    await atStep(page, "lien-he", "Liên hệ")
    await page.getByLabel("E-mail").fill("tet.e2e@example.vn")
    await page.getByLabel("Họ và tên").fill("H'Hen Niê")
    await page.getByLabel("Số điện thoại di động").fill("0905 222 333")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "giao-hang", "Nhận hàng")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "dia-chi", "Địa chỉ")
    await page.getByLabel("Tỉnh, thành phố").selectOption(DAK_LAK)
    await page.locator(`datalist#ward-names option[value="Phường Buôn Ma Thuột"]`).waitFor({ state: "attached", timeout: 10_000 })
    await page.getByLabel("Xã, phường, đặc khu").fill("Phường Buôn Ma Thuột")
    await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("5 Phan Bội Châu")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "thanh-toan", "Thanh toán")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")

    const total = product.price - discount + 20_000
    const review = page.locator("section[aria-labelledby=step-heading]")
    expect(oneLine(await review.getByTestId("checkout-discount").innerText())).toBe(oneLine(`Giảm giá (TET2027) −${vnd(discount)}`))
    expect(await review.getByRole("button", { name: "Bỏ mã TET2027" }).count()).toBe(1)
    expect(await page.getByTestId("checkout-total").last().innerText()).toBe(vnd(total))
    await shot(page, "03-review-vi")

    // Taken off and put back on the review step: the total follows, and the step stays the review.
    await review.getByRole("button", { name: "Bỏ mã TET2027" }).click()
    await expect.poll(() => page.getByTestId("checkout-total").last().innerText(), { timeout: 15_000 }).toBe(vnd(product.price + 20_000))
    await applyCode(page, "Mã khuyến mãi", "Áp dụng", "TET2027")
    await expect.poll(() => page.getByTestId("checkout-total").last().innerText(), { timeout: 15_000 }).toBe(vnd(total))
    await atStep(page, "xac-nhan", "Xác nhận")

    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/^Đơn hàng #\d+$/)
    const body = oneLine(await page.locator("main").innerText())
    expect(body).toContain(oneLine(`Giảm giá (TET2027) −${vnd(discount)}`))
    expect(body).toContain(oneLine(vnd(total)))
    await shot(page, "04-confirmation-vi")

    const orderId = new URL(page.url()).pathname.split("/").pop()!
    let mail: ReturnType<typeof readOutbox>[number] | undefined
    await expect
      .poll(() => (mail = readOutbox(stack.mail_dir).find((m) => m.template === "ocop-order-placed" && m.data?.order_id === orderId)), { timeout: 15_000 })
      .toBeDefined()
    expect(mail!.text).toContain(`Giảm giá (TET2027): −${vnd(discount)}`)
    expect(mail!.text).toContain(`Discount (TET2027): −${vndInEnglish(discount)}`)
    expect(problems).toEqual([])
    await context.close()
  })

  it("reads the same in English", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/en/san-pham/${product.handle}`, { waitUntil: "networkidle" })
    await page.locator("input[name=via]").first().waitFor({ state: "attached" })
    await page.getByRole("button", { name: "Add to cart", exact: true }).click()
    await page.getByRole("dialog").getByTestId("cart-line").waitFor({ timeout: 15_000 })
    await page.goto(`${stack.storefront_url}/en/gio-hang`, { waitUntil: "networkidle" })
    // Hydrated: a line's quantity needs no "Update" button once the page's scripts run.
    await expect.poll(() => page.getByRole("button", { name: "Update", exact: true }).count(), { timeout: 15_000 }).toBe(0)

    await applyCode(page, "Promo code", "Apply", "NOPE-2027")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toBe("There is no code NOPE-2027. Please check it letter by letter.")
    await applyCode(page, "Promo code", "Apply", "TRUNGTHU2026")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toBe("Code TRUNGTHU2026 has expired.")
    await applyCode(page, "Promo code", "Apply", "t!")
    await expect.poll(() => promoMessage(page).innerText(), { timeout: 15_000 }).toContain("A promo code is 3–32 letters")
    await applyCode(page, "Promo code", "Apply", "tet2027")
    const discount = tenPercent(product.price)
    await expect
      .poll(() => page.getByTestId("discount-line").innerText().then(oneLine), { timeout: 15_000 })
      .toBe(oneLine(`Discount (TET2027) −${vndInEnglish(discount)}`))
    expect(await page.getByTestId("cart-subtotal").innerText()).toBe(vndInEnglish(product.price - discount))
    await shot(page, "05-cart-tet2027-en")
    expect(problems).toEqual([])
    await context.close()
  })

  it("works without JavaScript: a plain form, a new page with the answer", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await addToCart(page, "", "Thêm vào giỏ")
    await page.waitForURL(/\/gio-hang\?added=1$/)
    await applyCode(page, "Mã khuyến mãi", "Áp dụng", "trungthu2026")
    await page.waitForLoadState("load")
    expect(await promoMessage(page).innerText()).toBe("Mã TRUNGTHU2026 đã hết hạn.")
    await applyCode(page, "Mã khuyến mãi", "Áp dụng", "TET2027")
    await page.waitForLoadState("load")
    expect(await promoMessage(page).innerText()).toBe("Đã áp dụng mã TET2027.")
    const discount = tenPercent(product.price)
    expect(oneLine(await page.getByTestId("discount-line").innerText())).toBe(oneLine(`Giảm giá (TET2027) −${vnd(discount)}`))
    await page.getByRole("button", { name: "Bỏ mã TET2027" }).click()
    await page.waitForLoadState("load")
    expect(await promoMessage(page).innerText()).toBe("Đã bỏ mã TET2027.")
    expect(await page.getByTestId("discount-line").count()).toBe(0)
    await context.close()
  })
})

/** A shopper's way through the storefront's checkout in the browser, as the browser tests walk it. */
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { BrowserContext, Page } from "playwright-core"
import { startFakeStripe } from "../../backend/integration-tests/support/fake-stripe"

const standIn = path.join(path.dirname(fileURLToPath(import.meta.url)), "stripe-js-standin.js")

const DAK_LAK = "66"
const BUON_MA_THUOT_WARD_NAME = "Phường Buôn Ma Thuột"

export type Contact = { email: string; name: string; phone: string }

const stepHeading = (page: Page) => page.locator("#step-heading")

/**
 * On the checkout step `slug` with its form on screen (React commits a navigation after the URL changes). Waits
 * without `expect`, so set-up hooks can walk the steps too.
 */
export async function atStep(page: Page, slug: string, heading: string) {
  await page.waitForURL(new RegExp(`buoc=${slug}`))
  await stepHeading(page).filter({ hasText: new RegExp(`^${heading}$`) }).waitFor({ timeout: 15_000 })
}

/** The product in the cart (through the drawer), contact, home delivery, an address in Buôn Ma Thuột: on to the payment step. */
export async function toPaymentStep(page: Page, storefrontUrl: string, handle: string, contact: Contact) {
  await page.goto(`${storefrontUrl}/san-pham/${handle}`, { waitUntil: "networkidle" })
  await page.locator("input[name=via]").first().waitFor({ state: "attached" })
  await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
  await page.getByRole("dialog").getByTestId("cart-line").waitFor({ timeout: 15_000 })
  await page.getByRole("dialog").getByRole("link", { name: "Thanh toán" }).click()
  await atStep(page, "lien-he", "Liên hệ")
  await page.getByLabel("E-mail").fill(contact.email)
  await page.getByLabel("Họ và tên").fill(contact.name)
  await page.getByLabel("Số điện thoại di động").fill(contact.phone)
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await atStep(page, "giao-hang", "Nhận hàng")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await atStep(page, "dia-chi", "Địa chỉ")
  await page.getByLabel("Tỉnh, thành phố").selectOption(DAK_LAK)
  await page.locator(`datalist#ward-names option[value="${BUON_MA_THUOT_WARD_NAME}"]`).waitFor({ state: "attached", timeout: 10_000 })
  await page.getByLabel("Xã, phường, đặc khu").fill(BUON_MA_THUOT_WARD_NAME)
  await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("40 Y Jút")
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await atStep(page, "thanh-toan", "Thanh toán")
}

/**
 * Stripe cannot be reached from here: the browser's requests for Stripe.js get our stand-in
 * (stripe-js-standin.js) and its calls to api.stripe.com reach the fake Stripe server at `fakeUrl`. The URLs stay
 * Stripe's, so the page's Content-Security-Policy is exercised as with the real script.
 */
export async function routeStripeToStandIn(context: BrowserContext, fakeUrl: string) {
  await context.route(/^https:\/\/js\.stripe\.com\//, (route) =>
    route.fulfill({ path: standIn, contentType: "text/javascript; charset=utf-8" })
  )
  await context.route(/^https:\/\/api\.stripe\.com\//, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace("https://api.stripe.com", fakeUrl) })
    await route.fulfill({ response })
  })
}

/** The fake Stripe server of the stack `npm test` started, listening on the port the backend was given. */
export function startTheStacksFakeStripe() {
  const port = Number(process.env.OCOP_FAKE_STRIPE_PORT)
  if (!(port > 0)) throw new Error("No fake Stripe port: run this through `npm test`, which sets OCOP_FAKE_STRIPE_PORT.")
  return startFakeStripe({ port, webhookSecret: process.env.OCOP_FAKE_STRIPE_WEBHOOK_SECRET ?? "" })
}

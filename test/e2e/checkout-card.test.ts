/**
 * Paying by card with Stripe's Payment Element, in Debian's chromium on a phone, against the stack `npm test`
 * started, whose backend runs Medusa's Stripe provider against a fake Stripe server (Stripe cannot be reached
 * from here; backend/integration-tests/support/fake-stripe.ts). This file starts that server on the port the
 * stack was given, and serves a stand-in for Stripe.js (test/support/stripe-js-standin.js) in place of
 * js.stripe.com, with api.stripe.com routed to the same fake: the storefront's own code loads "Stripe.js" with the
 * publishable key, mounts the Payment Element with the client secret of the PaymentIntent Medusa created, confirms
 * it from the browser, and places the order, which Medusa authorises against the intent the browser confirmed;
 * Stripe's webhook then arrives twice without a second order, and the admin's capture is sent to Stripe once.
 * What this cannot show: Stripe's real script and card iframe, 3-D Secure.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { atStep, routeStripeToStandIn, startTheStacksFakeStripe, toPaymentStep as toPaymentStepOf } from "../support/checkout"
import { productWithOneVariantInStock, readStack } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
const PHONE = { width: 390, height: 844 }
const EMAIL = `y.bi.card.${Date.now().toString(36)}@example.vn`

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

/** A phone whose requests to Stripe's script and API reach the stand-in and the fake server. */
async function phoneWithStripe(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PHONE })
  await routeStripeToStandIn(context, fake.url)
  return context
}

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
const toPaymentStep = (page: Page, email: string) =>
  toPaymentStepOf(page, stack.storefront_url, product.handle, { email, name: "Y Bi Niê", phone: "0905 765 432" })

describe("a shopper paying by card", () => {
  it("sees a declined card refused without an order, then pays with a working card and gets the order", async () => {
    const context = await phoneWithStripe()
    const { page, problems } = await openPage(context)
    await toPaymentStep(page, EMAIL)

    await page.getByRole("radio", { name: /Visa/ }).check()
    await page.screenshot({ path: path.join(artifacts, "checkout-card-01-payment.png"), fullPage: true })
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")

    // The Payment Element, mounted by the storefront with the client secret of the intent Medusa created.
    const cardNumber = page.getByLabel("Số thẻ")
    await cardNumber.waitFor({ timeout: 15_000 })
    const total = Number((await page.getByTestId("checkout-total").last().innerText()).replace(/\D/g, ""))
    expect(total).toBe(product.price + 20000)
    const intent = [...fake.intents.values()].find((candidate) => candidate.status === "requires_payment_method" && candidate.amount === total)
    // VND has no minor unit: Stripe is asked for the amount in đồng, not in hundredths.
    expect(intent, `an intent of ${total} VND at Stripe`).toBeDefined()
    expect(intent!.currency).toBe("vnd")
    expect(intent!.capture_method).toBe("manual")

    // Stripe's test card that is always declined: the message beside the form, no order, the intent still open.
    await cardNumber.fill("4000 0000 0000 0002")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await expect.poll(() => page.getByRole("alert").allInnerTexts(), { timeout: 15_000 }).toContain("Ngân hàng đã từ chối thẻ này. Hãy dùng thẻ khác hoặc chọn cách thanh toán khác.")
    expect(new URL(page.url()).searchParams.get("buoc")).toBe("xac-nhan")
    expect(fake.intents.get(intent!.id)!.status).toBe("requires_payment_method")
    await page.screenshot({ path: path.join(artifacts, "checkout-card-02-declined.png"), fullPage: true })

    // A working card: the browser confirms the intent at "Stripe", then the order is placed and authorised.
    await cardNumber.fill("4242 4242 4242 4242")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    // React commits the client-side navigation after the URL changes: wait for the order's own heading.
    await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText(), { timeout: 15_000 }).toMatch(/\d+/)
    const confirmation = await page.locator("main").innerText()
    expect(confirmation).toContain(vnd(total))
    // Authorised, not yet charged: said as such, not "unpaid".
    expect(confirmation).toContain("Thẻ đã được chấp nhận; tiền chỉ được trừ khi đơn hàng được gửi đi.")
    await page.screenshot({ path: path.join(artifacts, "checkout-card-03-confirmation.png"), fullPage: true })
    expect(fake.intents.get(intent!.id)!.status).toBe("requires_capture")

    // The backend holds an order authorised by that intent, for that amount, captured by nobody yet.
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const payments = await adminGet(`/admin/orders/${orderId}?fields=id,total,payment_status,*payment_collections.payments`)
    expect(payments.order.total).toBe(total)
    expect(payments.order.payment_status).toBe("authorized")
    const payment = payments.order.payment_collections[0].payments[0]
    expect(payment.provider_id).toBe("pp_stripe_stripe")
    expect(payment.data.id).toBe(intent!.id)
    expect(payment.captured_at ?? null).toBeNull()

    // Confirmed in the browser only: Medusa never confirmed it with the secret key.
    const confirms = fake.requests.filter((request) => request.path === `/v1/payment_intents/${intent!.id}/confirm`)
    expect(confirms).toHaveLength(2)

    // Stripe's webhook for the confirmed card arrives after the order (twice, as Stripe may send it): no second order.
    for (let i = 0; i < 2; i++) {
      const event = fake.event("payment_intent.amount_capturable_updated", fake.intents.get(intent!.id)!)
      const hook = await fetch(`${stack.backend_url}/hooks/payment/stripe_stripe`, { method: "POST", headers: event.headers, body: event.payload })
      expect(hook.status).toBe(200)
    }
    // The admin captures it: Stripe is asked once, and the order is paid.
    const captured = await adminPost(`/admin/payments/${payment.id}/capture`, {})
    expect(captured.payment.captured_at).toBeTruthy()
    expect(fake.intents.get(intent!.id)!.status).toBe("succeeded")
    expect(fake.intents.get(intent!.id)!.amount_received).toBe(total)
    const after = await adminGet(`/admin/orders/${orderId}?fields=id,payment_status`)
    expect(after.order.payment_status).toBe("captured")
    const orders = await adminGet(`/admin/orders?q=${encodeURIComponent(EMAIL)}&fields=id`)
    expect(orders.orders.map((order: { id: string }) => order.id)).toEqual([orderId])

    expect(problems).toEqual([])
    await context.close()
  })
})

async function adminToken() {
  const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  return ((await login.json()) as { token: string }).token
}

async function adminGet(pathname: string) {
  const answer = await fetch(`${stack.backend_url}${pathname}`, { headers: { authorization: `Bearer ${await adminToken()}` } })
  expect(answer.status).toBe(200)
  return (await answer.json()) as any
}

async function adminPost(pathname: string, body: unknown) {
  const answer = await fetch(`${stack.backend_url}${pathname}`, {
    method: "POST",
    headers: { authorization: `Bearer ${await adminToken()}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  })
  const json = (await answer.json()) as any
  expect(answer.status, JSON.stringify(json)).toBe(200)
  return json
}

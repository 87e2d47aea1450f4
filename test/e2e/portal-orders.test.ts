/**
 * A producer sends an order from the seller portal on a phone (issue 17), against the stack `npm test` started:
 * a shopper buys the seeded cooperative's product (cash on delivery, home delivery); the seeded owner signs in,
 * finds the new order under Orders, opens it, marks it packed, then shipped with the carrier and a tracking
 * number (refused first without one); the shopper's mail links to her order page, which shows the parcel on its
 * way with that tracking number, in Vietnamese and in English. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { launchChromium, openPage } from "../support/browser"
import { placeOrderOfTheCooperative as placeOrder } from "../support/orders"
import { readStack } from "../support/stack"

const stack = readStack()
const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "../artifacts")
const run = Date.now().toString(36)
const PHONE = { width: 390, height: 844 }

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}-390.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: path.join(artifacts, `${name}-1280.png`), fullPage: true })
  await page.setViewportSize(PHONE)
}

/** The shopper's mail about this parcel's step, once it is written. */
async function parcelMail(email: string, step: string) {
  let found: any = null
  await expect
    .poll(() => (found = readOutbox(stack.mail_dir).find((mail) => mail.template === "ocop-parcel-progress" && mail.to === email && mail.data.step === step) ?? null), { timeout: 15_000 })
    .not.toBeNull()
  return found
}

describe("the seller portal's orders on a phone", () => {
  it("lets the demo owner open a new order, mark it packed and shipped with a tracking number, and the shopper's order page shows it", async () => {
    const shopperEmail = `khach.${run}@example.vn`
    const order = await placeOrder(stack, shopperEmail)

    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`, { waitUntil: "networkidle" })
    await page.getByLabel("E-mail").fill(stack.producer_email)
    await page.getByLabel("Mật khẩu").fill(stack.producer_password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
    // The overview counts what waits for the producer (the address changes a moment before the page is drawn).
    await expect.poll(() => page.getByRole("link", { name: /^Mới đặt: \d+$/ }).count(), { timeout: 10_000 }).toBe(1)
    await screenshot(page, "portal-home-orders")

    await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Đơn hàng" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/don-hang")
    // Other tests' shoppers may buy from the cooperative meanwhile: this order's card, wherever it is on the first page.
    const newest = page.locator("article").filter({ has: page.getByRole("heading", { name: `Đơn #${order.display_id}`, exact: true }) })
    await expect.poll(() => newest.count(), { timeout: 10_000 }).toBe(1)
    expect(await newest.innerText()).toContain("Mới đặt")
    await screenshot(page, "portal-orders")

    await newest.getByRole("link", { name: `Đơn #${order.display_id}` }).click()
    await page.waitForURL((url) => url.pathname === `/kenh-nguoi-ban/don-hang/${order.id}`)
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 10_000 }).toBe(`Đơn #${order.display_id}`)
    for (const words of [order.title, "Nguyễn Thị Lan", "12 Lê Duẩn", "Thu tiền khi giao", "Phí sàn"]) expect(await page.locator("main").innerText()).toContain(words)
    await screenshot(page, "portal-order")

    await page.getByRole("button", { name: "Đã đóng gói" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã ghi: đã đóng gói.")
    // The shipment needs its tracking number: refused beside the field first.
    await page.getByLabel("Đơn vị vận chuyển").fill("Giao Hàng Nhanh")
    await page.getByRole("button", { name: "Đã gửi đi" }).click()
    await expect.poll(() => page.getByText("Mã vận đơn có 4–40 chữ, số, dấu chấm hoặc gạch ngang.").count(), { timeout: 10_000 }).toBe(1)
    await page.getByLabel("Mã vận đơn").fill("ghn5812345678")
    await page.getByRole("button", { name: "Đã gửi đi" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã ghi: đã gửi đi. Người mua đã nhận thư kèm mã vận đơn.")
    expect(await page.getByTestId("tracking").innerText()).toBe("Giao Hàng Nhanh, mã vận đơn GHN5812345678")
    await screenshot(page, "portal-order-shipped")
    expect(problems).toEqual([])
    await context.close()

    // The shopper follows her mail's link: her parcel is on its way, with the carrier and tracking number.
    const mail = await parcelMail(shopperEmail, "shipped")
    expect(mail.text).toContain("Mã vận đơn: GHN5812345678")
    const shopper = await browser.newContext({ viewport: PHONE })
    const { page: orderPage, problems: orderProblems } = await openPage(shopper)
    await orderPage.goto(mail.data.link, { waitUntil: "networkidle" })
    const parcel = orderPage.getByTestId("parcel")
    expect(await parcel.count()).toBe(1)
    const text = await parcel.innerText()
    for (const words of [`Kiện #${order.display_id}`, "Đang giao", "Đơn vị vận chuyển: Giao Hàng Nhanh", "Mã vận đơn: GHN5812345678"]) expect(text).toContain(words)
    await screenshot(orderPage, "order-parcel-shipped")
    const english = new URL(mail.data.link)
    english.pathname = `/en${english.pathname}`
    await orderPage.goto(english.toString(), { waitUntil: "networkidle" })
    const englishText = await orderPage.getByTestId("parcel").innerText()
    for (const words of [`Parcel #${order.display_id}`, "On its way", "Carrier: Giao Hàng Nhanh", "Tracking number: GHN5812345678"]) expect(englishText).toContain(words)
    await screenshot(orderPage, "order-parcel-shipped-en")
    expect(orderProblems).toEqual([])
    await shopper.close()
  })

  it("marks an order packed without JavaScript, in English", async () => {
    const order = await placeOrder(stack, `khach.nojs.${run}@example.vn`)
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("E-mail").fill(stack.producer_email)
    await page.getByLabel("Password").fill(stack.producer_password)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/en/kenh-nguoi-ban", { timeout: 15_000 })
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/don-hang?tinh-trang=placed`)
    expect(await page.getByRole("link", { name: `Order #${order.display_id}` }).count()).toBe(1)
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/don-hang/${order.id}`)
    await page.getByRole("button", { name: "Packed" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Recorded: packed.")
    expect(await page.getByRole("button", { name: "Shipped" }).count()).toBe(1)
    await screenshot(page, "portal-order-packed-en")
    await context.close()
  })
})

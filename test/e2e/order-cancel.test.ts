/**
 * A shopper cancels her order before the producer packs it (issue 21), on a phone, from the confirmation mail's
 * link: the order page offers the cancellation behind a second step, asks for a reason, and then shows the parcel
 * cancelled with that reason; the product's stock comes back. Without JavaScript, in English, the same form
 * works. Against the stack `npm test` started; screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { waitForMail } from "../support/mail"
import { placeOrderOfTheCooperative } from "../support/orders"
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

/** The order placed for this address, opened from its confirmation mail as the shopper would. */
async function openFromMail(page: Page, email: string, since: number, prefix = "") {
  const mail = await waitForMail(stack, "ocop-order-placed", email, since)
  const link = new URL(mail.data.link)
  await page.goto(`${stack.storefront_url}${prefix}${link.pathname}${link.search}`, { waitUntil: "networkidle" })
}

describe("cancelling an order before it is packed", () => {
  it("cancels from the mail's link with a reason, and the parcel shows cancelled", async () => {
    const email = `huy.${run}@example.vn`
    const since = Date.now() - 1000
    const order = await placeOrderOfTheCooperative(stack, email)
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await openFromMail(page, email, since)
    const section = page.getByRole("region", { name: "Huỷ đơn hàng" })
    expect(await section.innerText()).toContain("Bạn có thể huỷ cả đơn khi chưa nhà sản xuất nào đóng gói.")
    // A second step: the button only opens the form.
    await section.getByText("Huỷ đơn hàng…").click()
    await section.getByLabel("Lý do (không bắt buộc)").selectOption({ label: "Đặt nhầm sản phẩm hoặc số lượng" })
    await page.screenshot({ path: path.join(artifacts, "order-cancel-390.png"), fullPage: true })
    await section.getByRole("button", { name: "Xác nhận huỷ đơn" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã huỷ đơn hàng. Chúng tôi đã gửi thư xác nhận.")
    const parcel = page.getByTestId("parcel")
    await expect.poll(() => parcel.innerText(), { timeout: 10_000 }).toContain("Đã huỷ")
    expect(await parcel.innerText()).toContain("Lý do huỷ: Đặt nhầm sản phẩm hoặc số lượng")
    expect(await page.getByRole("region", { name: "Huỷ đơn hàng" }).count()).toBe(0)
    await page.screenshot({ path: path.join(artifacts, "order-cancelled-390.png"), fullPage: true })
    expect((await waitForMail(stack, "ocop-parcel-progress", email, since)).data.step).toBe("canceled")
    expect(problems).toEqual([])
    await context.close()
    expect(order.id).toMatch(/^order_/)
  })

  it("cancels without JavaScript, in English", async () => {
    const email = `cancel.${run}@example.vn`
    const since = Date.now() - 1000
    await placeOrderOfTheCooperative(stack, email)
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await openFromMail(page, email, since, "/en")
    const section = page.getByRole("region", { name: "Cancel the order" })
    await section.getByText("Cancel the order…").click()
    await section.getByRole("button", { name: "Confirm cancellation" }).click()
    await page.waitForLoadState("networkidle")
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("The order is cancelled. We have sent you a confirmation mail.")
    expect(await page.getByTestId("parcel").innerText()).toContain("Cancelled")
    await page.screenshot({ path: path.join(artifacts, "order-cancelled-en-390.png"), fullPage: true })
    await context.close()
  })
})

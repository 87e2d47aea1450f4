/**
 * A purchase that follows a fair's QR code, in Debian's chromium on a phone (390 px) against the stack `npm test`
 * started and its seed: a buyer opens the booth's QR link of the fair running today, goes on to a product the
 * booth shows, adds it to the cart and checks out with cash on delivery; the order carries the fair and booth,
 * and the fair's figures in the admin (API and screen, 1280 px) count the scan and the attributed order. The fair's
 * page offers its PDF catalogue and prints without the site's frame. Screenshots go to test/artifacts/.
 */
import { execFileSync } from "node:child_process"
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

let browser: Browser
let adminToken: string

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
  const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  adminToken = ((await login.json()) as { token: string }).token
})

afterAll(async () => {
  await browser?.close()
})

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })

async function asAdmin(pathname: string) {
  const response = await fetch(`${stack.backend_url}${pathname}`, { headers: { authorization: `Bearer ${adminToken}` } })
  return (await response.json()) as any
}

/** The fair on today, a booth there that shows a product in stock, and the fair's id in the admin. */
async function todaysBooth() {
  const { body } = await storeGet(stack, "/store/ocop/fairs?when=current")
  for (const summary of body.fairs) {
    const { body: detail } = await storeGet(stack, `/store/ocop/fairs/${summary.handle}`)
    for (const booth of detail.fair.booths) {
      for (const product of booth.products) {
        const { body: full } = await storeGet(stack, `/store/ocop/products/${product.handle}`)
        if (full.product.variants.some((v: any) => v.in_stock)) {
          const { fairs } = await asAdmin(`/admin/ocop/fairs?limit=100`)
          const id = fairs.find((f: any) => f.handle === detail.fair.handle).id
          return { fair: detail.fair, id, booth, product }
        }
      }
    }
  }
  throw new Error("no current fair with a booth showing a product in stock")
}

const stepHeading = (page: Page) => page.locator("#step-heading")
async function atStep(page: Page, slug: string, heading: string) {
  await page.waitForURL(new RegExp(`buoc=${slug}`))
  await expect.poll(() => stepHeading(page).innerText(), { timeout: 15_000 }).toBe(heading)
}

describe("a purchase from a fair's QR code", () => {
  it("opens a booth's QR link, buys a product it shows with cash on delivery, and the fair's figures count the order", async () => {
    const { fair, id, booth, product } = await todaysBooth()
    const before = (await asAdmin(`/admin/ocop/fairs/${id}`)).fair.figures
    // A network of its own (the storefront passes the address on): a booth's scans count once per network per
    // 30 minutes, and the other browser tests scan the same booths from the loopback.
    const network = `198.51.${1 + Math.floor(Math.random() * 250)}.7`
    const context = await browser.newContext({ viewport: PHONE, extraHTTPHeaders: { "x-forwarded-for": network } })
    const { page, problems } = await openPage(context)

    // The booth's code opens its page, marked as scanned; the page offers the products it shows.
    await page.goto(`${stack.storefront_url}/hoi-cho/${fair.handle}/gian-hang/${booth.number}?nguon=qr`, { waitUntil: "networkidle" })
    await expect.poll(() => page.locator("h1").innerText()).toContain(booth.producer.name)
    const cookies = await context.cookies()
    expect(cookies.find((c) => c.name === "ocop_fair")).toMatchObject({ httpOnly: true, sameSite: "Lax" })
    await shot(page, "fair-attribution-01-booth-qr-390")
    // The scan is counted without the page waiting for it.
    await expect.poll(async () => (await asAdmin(`/admin/ocop/fairs/${id}`)).fair.figures.scans.total, { timeout: 15_000 }).toBeGreaterThanOrEqual(before.scans.total + 1)

    await page.locator("main article").filter({ hasText: product.title }).first().getByRole("link").first().click()
    await page.waitForURL((url) => url.pathname === `/san-pham/${product.handle}`)
    await expect.poll(() => page.locator("h1").innerText()).toBe(product.title)
    // The wholesale enquiry names the booth the buyer came from.
    expect(await page.getByText(`Người bán có mặt tại gian hàng ${booth.number}, ${fair.name}.`).count()).toBe(1)
    await page.locator("form input[name=via]").first().waitFor({ state: "attached" })
    await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
    // Added once the action answered (its cookie names the cart), not when the count shows it optimistically.
    await page.getByText("✓ Đã thêm vào giỏ hàng.").waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByTestId("cart-count").innerText(), { timeout: 15_000 }).toBe("1")
    await shot(page, "fair-attribution-02-product-added-390")

    await page.goto(`${stack.storefront_url}/gio-hang`, { waitUntil: "networkidle" })
    await shot(page, "fair-attribution-03-cart-390")
    const toCheckout = page.getByRole("link", { name: "Tiến hành thanh toán" })
    expect(await toCheckout.count(), await page.locator("main").innerText()).toBe(1)
    await toCheckout.click()
    await atStep(page, "lien-he", "Liên hệ")
    await page.getByLabel("E-mail").fill("khach.hoicho@example.vn")
    await page.getByLabel("Họ và tên").fill("Trần Văn Hội")
    await page.getByLabel("Số điện thoại di động").fill("0905 765 432")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "giao-hang", "Nhận hàng")
    await page.getByRole("radio", { name: /Giao hàng tận nơi/ }).check()
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "dia-chi", "Địa chỉ")
    await page.getByLabel("Tỉnh, thành phố").selectOption("66")
    await expect.poll(() => page.locator('datalist#ward-names option[value="Phường Buôn Ma Thuột"]').count(), { timeout: 10_000 }).toBe(1)
    await page.getByLabel("Xã, phường, đặc khu").fill("Phường Buôn Ma Thuột")
    await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("5 Y Jút")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "thanh-toan", "Thanh toán")
    expect(await page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).isChecked()).toBe(true)
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/^Đơn hàng #\d+$/)
    await shot(page, "fair-attribution-04-order-390")
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    expect(problems).toEqual([])
    await context.close()

    // The order carries the fair and booth; the fair's figures count it with its value.
    const { order } = await asAdmin(`/admin/orders/${orderId}?fields=id,total,metadata`)
    expect(order.metadata).toMatchObject({ fair_handle: fair.handle, fair_booth: booth.number })
    const after = (await asAdmin(`/admin/ocop/fairs/${id}`)).fair.figures
    expect(after.orders.count).toBe(before.orders.count + 1)
    expect(after.orders.value).toBe(before.orders.value + Number(order.total))
    expect(after.orders.by_booth.find((b: any) => b.number === booth.number).count).toBeGreaterThanOrEqual(1)

    // The organiser's screen shows it.
    const desk = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await desk.goto(`${stack.backend_url}/app/login`)
    await desk.fill('input[name="email"]', stack.admin_email)
    await desk.fill('input[name="password"]', stack.admin_password)
    await desk.click('button[type="submit"]')
    await desk.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
    await desk.goto(`${stack.backend_url}/app/ocop/fairs/${id}`)
    const cell = desk.getByText("Đơn hàng từ hội chợ", { exact: true })
    await cell.waitFor({ timeout: 60_000 })
    expect(await cell.locator("xpath=..").innerText()).toContain(`${after.orders.count} ·`)
    expect(await desk.getByText("Lượt quét mã QR", { exact: true }).locator("xpath=..").innerText()).toContain(String(after.scans.total))
    // The admin scrolls inside its own frame: the figures are pictured where they are.
    await cell.scrollIntoViewIfNeeded()
    await desk.screenshot({ path: path.join(artifacts, "fair-attribution-05-admin-figures-1280.png") })
    await desk.close()
  })

  it("offers the fair's PDF catalogue and prints the fair's page without the site's header, search or forms", async () => {
    const { fair } = await todaysBooth()
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/hoi-cho/${fair.handle}`, { waitUntil: "networkidle" })
    const link = page.getByRole("link", { name: "Tải catalogue (PDF)" })
    expect(await link.getAttribute("href")).toBe(`/hoi-cho/${fair.handle}/catalogue.pdf`)
    const pdf = await context.request.get(`${stack.storefront_url}/hoi-cho/${fair.handle}/catalogue.pdf`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()["content-type"]).toBe("application/pdf")
    const file = path.join(artifacts, "fair-catalogue-seed.pdf")
    fs.writeFileSync(file, await pdf.body())
    // A long name wraps on its card: the words are read across the line break.
    const text = execFileSync("pdftotext", [file, "-"]).toString().replace(/\s+/g, " ")
    expect(text).toContain(fair.name)
    for (const booth of fair.booths) for (const product of booth.products) expect(text).toContain(product.title)
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "3", file, path.join(artifacts, "fair-catalogue-seed")])

    // In English the same address gives English names.
    const english = await context.request.get(`${stack.storefront_url}/en/hoi-cho/${fair.handle}/catalogue.pdf`)
    fs.writeFileSync(file, await english.body())
    expect(execFileSync("pdftotext", [file, "-"]).toString()).toContain("Booths by zone")

    // Printed: no header, navigation, search or enquiry form; the exhibitors are there.
    await page.emulateMedia({ media: "print" })
    expect(await page.locator("header").first().isVisible()).toBe(false)
    expect(await page.getByRole("search").isVisible()).toBe(false)
    expect(await page.getByRole("link", { name: "Tải catalogue (PDF)" }).isVisible()).toBe(false)
    expect(await page.locator(`#gian-hang-${fair.booths[0].number}`).isVisible()).toBe(true)
    const printed = path.join(artifacts, "fair-page-print.pdf")
    await page.pdf({ path: printed, format: "A4", printBackground: true })
    execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", printed, path.join(artifacts, "fair-page-print")])
    const printedText = execFileSync("pdftotext", [printed, "-"]).toString().replace(/\s+/g, " ")
    expect(printedText).toContain(fair.name)
    expect(printedText).not.toContain("Gửi yêu cầu")
    expect(problems).toEqual([])
    await context.close()
  })
})

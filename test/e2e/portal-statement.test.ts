/**
 * The producer's money in the seller portal on a phone (issue 17), against the stack `npm test` started: a
 * shopper buys the seeded cooperative's product; its owner's overview charts the month's sales; the Statement tab
 * lists the order with its commission, downloads the month as CSV, and takes the account the platform pays into
 * (refused first with a number that is not one). In English too. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
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

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}-390.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.screenshot({ path: path.join(artifacts, `${name}-1280.png`), fullPage: true })
  await page.setViewportSize(PHONE)
}

async function signIn(page: Page, prefix = "") {
  await page.goto(`${stack.storefront_url}${prefix}/kenh-nguoi-ban/dang-nhap`, { waitUntil: "networkidle" })
  await page.getByLabel("E-mail").fill(stack.producer_email)
  await page.getByLabel(prefix ? "Password" : "Mật khẩu").fill(stack.producer_password)
  await page.getByRole("button", { name: prefix ? "Sign in" : "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === `${prefix}/kenh-nguoi-ban`, { timeout: 15_000 })
}

describe("the seller portal's statement on a phone", () => {
  it("charts the month's sales, lists the order with its commission, downloads the CSV and takes the payout account", async () => {
    const order = await placeOrderOfTheCooperative(stack, `sao-ke.${run}@example.vn`)
    const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true })
    const { page, problems } = await openPage(context)
    await signIn(page)

    // The overview: this month's sales as a chart with its summary in words.
    const chart = page.locator("figure").filter({ hasText: "Doanh số tháng này" })
    await expect.poll(() => chart.innerText(), { timeout: 10_000 }).toMatch(/Doanh số [\d.]+\u00a0₫ trong \d+ đơn; ngày cao nhất \d\d\/\d\d/)
    expect(await chart.locator("svg rect").count()).toBeGreaterThanOrEqual(28)
    await screenshot(page, "portal-home-chart")

    await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Sao kê" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/sao-ke")
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 10_000 }).toBe(`Sao kê tháng ${month.slice(5)}/${month.slice(0, 4)}`)
    for (const label of ["Doanh số tiền hàng", "Hoa hồng sàn", "Vận chuyển đã thu (COD)", "Còn lại"]) expect(await page.locator("dl").innerText()).toContain(label)
    // Other tests' shoppers buy from the cooperative too: this order is among the month's, on some page of it.
    let found = false
    for (let n = 1; n <= 20 && !found; n++) {
      if (n > 1) await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/sao-ke?thang=${month}&page=${n}`, { waitUntil: "networkidle" })
      found = (await page.getByRole("link", { name: `Đơn #${order.display_id}`, exact: true }).count()) === 1
      if (!found && (await page.getByRole("link", { name: "Trang sau" }).count()) === 0) break
    }
    expect(found).toBe(true)
    const line = page.locator("li").filter({ has: page.getByRole("link", { name: `Đơn #${order.display_id}`, exact: true }) })
    expect(await line.innerText()).toMatch(/Tiền mặt khi nhận · Chưa thu tiền/)
    expect(await line.innerText()).toMatch(/Hoa hồng [\d.]+\u00a0₫/)
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/sao-ke`, { waitUntil: "networkidle" })

    // The month as CSV, for the bookkeeper.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải sao kê (CSV)" }).click()])
    expect(download.suggestedFilename()).toBe(`sao-ke-${stack.producer_handle}-${month}.csv`)
    const csv = fs.readFileSync((await download.path())!, "utf8")
    expect(csv.startsWith("\uFEFFngay_dat,ma_don,trang_thai")).toBe(true)
    expect(csv).toContain(`,${order.display_id},mới đặt,`)

    // The payout account: a number that is not one is refused in Vietnamese, then the real one is kept.
    const account = page.getByRole("region", { name: "Tài khoản nhận tiền" })
    await account.getByLabel("Ngân hàng").selectOption({ label: "Co-opBank" })
    await account.getByLabel("Số tài khoản").fill("12")
    await account.getByLabel("Tên chủ tài khoản (như trên thẻ)").fill("Hợp tác xã thử nghiệm")
    await account.getByRole("button", { name: "Lưu tài khoản" }).click()
    await expect.poll(() => page.getByRole("alert").innerText(), { timeout: 10_000 }).toContain("Số tài khoản gồm 6 đến 19 chữ số")
    await account.getByLabel("Số tài khoản").fill(`9704 46${run.replace(/\D/g, "").padEnd(6, "0").slice(0, 6)}`)
    await account.getByRole("button", { name: "Lưu tài khoản" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã lưu tài khoản nhận tiền.")
    // (The notice can show a moment before the page's data is read again: wait for the account, not the notice.)
    await expect.poll(() => account.innerText(), { timeout: 10_000 }).toContain("Co-opBank · 970446")
    expect(await account.innerText()).toContain("HOP TAC XA THU NGHIEM")
    await screenshot(page, "portal-statement")
    expect(problems).toEqual([])
    await context.close()
  })

  it("reads the statement in English", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await signIn(page, "/en")
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/sao-ke`, { waitUntil: "networkidle" })
    expect(await page.locator("h1").innerText()).toMatch(/^Statement for \d\d\/\d{4}$/)
    for (const label of ["Sales", "Platform commission", "Collected by couriers (cash)", "Balance", "Download statement (CSV)", "Payout account"]) {
      expect(await page.locator("main").innerText()).toContain(label)
    }
    expect(await page.locator("dl").innerText()).toMatch(/[\d,]+\u00a0₫ \(VND\)/)
    await screenshot(page, "portal-statement-en")
    expect(problems).toEqual([])
    await context.close()
  })
})

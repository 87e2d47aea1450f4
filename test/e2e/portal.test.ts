/**
 * The seller portal in a real browser (Debian's chromium through playwright-core) on a phone, against the stack
 * `npm test` started: the programme's admin invites a cooperative's owner, who follows the mailed link, sets a
 * password and lands in the portal; changes a product's price and stock, which the shop then sells at; invites
 * and withdraws a staff member; signs out, and the portal is closed to that browser. Also the seeded owner's
 * sign-in without JavaScript, and in English. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { waitForMail } from "../support/mail"
import { readStack, storeGet } from "../support/stack"

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

async function asAdmin(method: string, pathname: string, body?: unknown) {
  const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  const { token } = (await login.json()) as { token: string }
  const response = await fetch(`${stack.backend_url}${pathname}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as any
}

/** A certified product of the seeded cooperative with a variant in stock, as the shop lists it. */
async function cooperativeProduct() {
  const { body } = await storeGet(stack, `/store/ocop/products?producer=${stack.producer_handle}&limit=20`)
  for (const card of body.products) {
    const { body: detail } = await storeGet(stack, `/store/ocop/products/${card.handle}`)
    const variant = detail.product.variants.find((v: any) => v.in_stock)
    if (detail.product.variants.length === 1 && variant) return { handle: card.handle as string, title: card.title as string, id: detail.product.id as string }
  }
  throw new Error(`no single-variant product in stock for ${stack.producer_handle}`)
}

describe("the seller portal on a phone", () => {
  it("takes an invited owner from the mail to her cooperative's products, prices and stock, and her team", async () => {
    const { producers } = await asAdmin("GET", `/admin/ocop/producers?q=${encodeURIComponent(stack.producer_handle)}&limit=1`)
    const producer = producers[0]
    const email = `chu.${run}@example.vn`
    const since = Date.now() - 1000
    await asAdmin("POST", `/admin/ocop/producers/${producer.id}/members/invites`, { email, role: "owner" })
    const mail = await waitForMail(stack, "ocop-producer-invite", email, since)
    const link = new URL(mail.data.link)
    expect(link.origin).toBe(new URL(stack.storefront_url).origin)

    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(link.toString(), { waitUntil: "networkidle" })
    expect(await page.locator("h1").innerText()).toBe("Nhận lời mời")
    expect(await page.getByText(`Bạn được mời làm chủ tài khoản của ${producer.name} với e-mail ${email}.`).count()).toBe(1)
    await screenshot(page, "portal-invite")
    // Refused beside the fields first: no name, a short password.
    await page.getByLabel("Mật khẩu").fill("ngan")
    await page.getByRole("button", { name: "Nhận lời mời" }).click()
    await expect.poll(() => page.getByText("Hãy nhập họ tên.").count(), { timeout: 10_000 }).toBe(1)
    expect(await page.getByText("Mật khẩu cần ít nhất 8 ký tự.").count()).toBe(1)
    await page.getByLabel("Họ và tên").fill("H'Hoa Byă")
    await page.getByLabel("Mật khẩu").fill("mat-khau-hoa-1")
    await page.getByRole("button", { name: "Nhận lời mời" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
    expect(await page.getByRole("status").innerText()).toBe("Chào mừng bạn đến Kênh người bán.")
    expect(await page.locator("h1").innerText()).toBe(producer.name)
    await screenshot(page, "portal-home")

    // A new price and stock for one product; the shop sells at the new price.
    const product = await cooperativeProduct()
    await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Sản phẩm" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/san-pham")
    await screenshot(page, "portal-products")
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham/${product.id}`, { waitUntil: "networkidle" })
    expect(await page.locator("h1").innerText()).toBe(product.title)
    await page.getByLabel("Giá (đồng)").fill("1.5")
    await page.getByRole("button", { name: "Lưu giá và tồn kho" }).click()
    await expect.poll(() => page.getByText("Giá là số đồng nguyên, từ 1.000 ₫ đến 100.000.000 ₫.").count(), { timeout: 10_000 }).toBe(1)
    await page.getByLabel("Giá (đồng)").fill("137.000")
    await page.getByLabel("Tồn kho").fill("25")
    await page.getByRole("button", { name: "Lưu giá và tồn kho" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã lưu.")
    expect(await page.getByLabel("Giá (đồng)").inputValue()).toBe("137.000")
    expect(await page.getByLabel("Tồn kho").inputValue()).toBe("25")
    await screenshot(page, "portal-product-saved")
    await expect
      .poll(async () => (await storeGet(stack, `/store/ocop/products/${product.handle}`)).body.product.price.amount, { timeout: 15_000 })
      .toBe(137_000)

    // The team: a staff member invited, listed, withdrawn.
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/doi-ngu`, { waitUntil: "networkidle" })
    await page.getByLabel("E-mail").fill(`nv.${run}@example.vn`)
    await page.getByRole("button", { name: "Gửi lời mời" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã gửi lời mời.")
    expect(await page.getByText(`nv.${run}@example.vn`).count()).toBe(1)
    await screenshot(page, "portal-team")
    await page.getByRole("button", { name: "Huỷ lời mời" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã huỷ lời mời.")
    expect(await page.getByText("Không có lời mời nào đang chờ.").count()).toBe(1)

    // Signing out closes the portal to this browser; the used link opens nothing again.
    await page.getByRole("button", { name: "Đăng xuất" }).click()
    await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/dang-nhap")
    // The address changes a moment before the new page is drawn: the team page's own message may still show.
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Bạn đã đăng xuất khỏi Kênh người bán.")
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham`)
    expect(new URL(page.url()).pathname).toBe("/kenh-nguoi-ban/dang-nhap")
    const used = await fetch(link.toString())
    expect(used.status).toBe(400)
    expect(await used.text()).toContain("Lời mời đã được dùng hoặc đã bị huỷ.")
    expect(problems).toEqual([])
    await context.close()
  })

  it("signs the seeded owner in without JavaScript, and in English; a wrong password is refused in the page's language", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/dang-nhap`)
    await page.getByLabel("E-mail").fill(stack.producer_email)
    await page.getByLabel("Password").fill("not-the-password")
    await page.getByRole("button", { name: "Sign in" }).click()
    await expect.poll(() => page.getByRole("alert").innerText(), { timeout: 10_000 }).toContain("Wrong e-mail or password")
    await page.getByLabel("Password").fill(stack.producer_password)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.waitForURL((url) => url.pathname === "/en/kenh-nguoi-ban", { timeout: 15_000 })
    expect(await page.getByRole("navigation", { name: "Seller portal" }).getByRole("link").allInnerTexts()).toEqual(["Overview", "Orders", "Products", "Buyers' enquiries", "Reviews", "Team", "Profile", "OCOP stamps", "Statement"])
    await screenshot(page, "portal-home-en")
    await context.close()
  })
})

/**
 * A producer's place at the programme's sales points in the seller portal on a phone (issue 17,
 * docs/decisions/044), against the stack `npm test` started: the seeded cooperative's owner opens a certified
 * product, asks to sell it at a kiosk where it is not yet (without JavaScript: a plain form), and sees the request
 * waiting; the programme approves it, and the portal and the store's sales-point page both list the product there.
 * Then in English. Screenshots go to test/artifacts/.
 */
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

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}-390.png`), fullPage: true })
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

async function signIn(page: Page, prefix = "") {
  await page.goto(`${stack.storefront_url}${prefix}/kenh-nguoi-ban/dang-nhap`, { waitUntil: "networkidle" })
  await page.getByLabel("E-mail").fill(stack.producer_email)
  await page.getByLabel(prefix ? "Password" : "Mật khẩu").fill(stack.producer_password)
  await page.getByRole("button", { name: prefix ? "Sign in" : "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === `${prefix}/kenh-nguoi-ban`, { timeout: 15_000 })
}

/** A certified product of the seeded cooperative, as the shop lists it (so showable today). */
async function cooperativeProduct() {
  const { body } = await storeGet(stack, `/store/ocop/products?producer=${stack.producer_handle}&limit=1`)
  const card = body.products[0]
  const { body: detail } = await storeGet(stack, `/store/ocop/products/${card.handle}`)
  return { id: detail.product.id as string, handle: card.handle as string, title: card.title as string }
}

describe("the seller portal's sales points on a phone", () => {
  it("asks to sell a certified product at a kiosk without JavaScript, sees it waiting, and sees it there once approved", async () => {
    const product = await cooperativeProduct()
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await signIn(page)
    await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham/${product.id}`)
    const section = page.locator('section[aria-labelledby="sales-points"]')
    expect(await section.getByRole("heading", { name: "Điểm bán", exact: true }).count()).toBe(1)
    expect(await section.getByRole("heading", { name: "Đang bán tại" }).count()).toBe(1)

    // Sent without a choice: refused beside the field.
    await section.getByRole("button", { name: "Gửi yêu cầu bày bán" }).click()
    await expect.poll(() => page.getByText("Hãy chọn điểm bán.").count(), { timeout: 10_000 }).toBe(1)

    // The first kiosk offered: one where the product is not, nor waiting.
    const select = section.locator('select[name="sales_point_id"]')
    expect(await section.locator("label", { hasText: "Điểm bán" }).getAttribute("for")).toBe(await select.getAttribute("id"))
    const [choice] = await select.locator("option").evaluateAll((options) =>
      options.filter((o) => (o as HTMLOptionElement).value).map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent ?? "" }))
    )
    expect(choice, "a sales point the product is not at").toBeTruthy()
    await select.selectOption(choice!.id)
    await page.getByRole("button", { name: "Gửi yêu cầu bày bán" }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã gửi yêu cầu. Ban quản lý sẽ duyệt.")
    const waiting = section.locator("li").filter({ hasText: `Bán tại ${choice!.name}` })
    expect(await waiting.innerText()).toContain("đang chờ duyệt")
    // Not offered again while it waits.
    expect(await select.locator(`option[value="${choice!.id}"]`).count()).toBe(0)
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, "portal-assortment-pending")
    await section.screenshot({ path: path.join(artifacts, "portal-assortment-section-390.png") })

    // The programme approves it in the review queue: the portal and the store's sales point list it there.
    const { product_changes } = await asAdmin("GET", `/admin/ocop/product-changes?kind=sales_point_add&product_id=${product.id}`)
    const request = product_changes.find((c: any) => c.sales_point?.id === choice!.id)
    expect(request).toMatchObject({ status: "pending", producer: { handle: stack.producer_handle } })
    expect((await asAdmin("POST", `/admin/ocop/product-changes/${request.id}/approve`, {})).product_change.status).toBe("approved")
    await page.reload()
    const soldAt = section.locator("li").filter({ hasText: choice!.name })
    expect(await soldAt.getByRole("button", { name: `Xin thôi bán tại ${choice!.name}` }).count()).toBe(1)
    const { body: place } = await storeGet(stack, `/store/ocop/sales-points/${request.sales_point.handle}`)
    expect(place.sales_point.products.map((p: any) => p.handle)).toContain(product.handle)

    // Asking to take it off again waits too; the programme refuses, saying why, and it stays.
    await soldAt.getByRole("button", { name: `Xin thôi bán tại ${choice!.name}` }).click()
    await expect.poll(() => page.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã gửi yêu cầu. Ban quản lý sẽ duyệt.")
    expect(await section.locator("li").filter({ hasText: `Thôi bán tại ${choice!.name}` }).innerText()).toContain("đang chờ duyệt")
    const removal = (await asAdmin("GET", `/admin/ocop/product-changes?kind=sales_point_remove&product_id=${product.id}`)).product_changes[0]
    await asAdmin("POST", `/admin/ocop/product-changes/${removal.id}/reject`, { reason: "Điểm bán còn hàng bán tốt" })
    await context.close()
  })

  it("reads in English with JavaScript on, without a console error", async () => {
    const product = await cooperativeProduct()
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await signIn(page, "/en")
    await page.goto(`${stack.storefront_url}/en/kenh-nguoi-ban/san-pham/${product.id}`, { waitUntil: "networkidle" })
    const section = page.locator('section[aria-labelledby="sales-points"]')
    expect(await section.getByRole("heading", { name: "Sales points", exact: true }).count()).toBe(1)
    expect(await section.getByRole("heading", { name: "Sold at" }).count()).toBe(1)
    expect(await section.getByRole("heading", { name: "Ask to sell it at a sales point" }).count()).toBe(1)
    // (Sales points keep their Vietnamese names; the words around them are English.)
    expect(await section.innerText()).not.toMatch(/portal\.|đang chờ duyệt|Xin thôi bán|Gửi yêu cầu/)
    await section.screenshot({ path: path.join(artifacts, "portal-assortment-section-en-390.png") })
    expect(problems).toEqual([])
    await context.close()
  })
})

/**
 * The OCOP admin extensions in a real browser on the started stack: the pages and the product card render, no
 * page of the dashboard throws, and Medusa's draft orders page is translated (plugin admin code once got a second
 * react-router and react-i18next without the dashboard's context; see docs/decisions/005-admin-api.md).
 */
import { createRequire } from "node:module"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { readStack } from "../support/stack"

const require = createRequire(import.meta.url)
const { chromium } = require("playwright-core") as typeof import("playwright-core")

const stack = readStack()
let browser: Browser
let page: Page
const pageErrors: string[] = []

async function adminToken() {
  const response = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  await page.goto(`${stack.backend_url}/app/login`)
  await page.fill('input[name="email"]', stack.admin_email)
  await page.fill('input[name="password"]', stack.admin_password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
})

afterAll(async () => {
  await browser?.close()
})

describe("the OCOP admin", () => {
  it("lists the OCOP overview, producers and sales points under the sidebar's OCOP entry", async () => {
    await page.goto(`${stack.backend_url}/app/ocop`)
    await expect(page.getByRole("heading", { name: "Chương trình OCOP" }).waitFor()).resolves.toBeUndefined()
    await page.getByRole("link", { name: "Chủ thể", exact: true }).click()
    await page.getByRole("heading", { name: "Chủ thể OCOP" }).waitFor()
    await page.getByRole("link", { name: "Điểm bán", exact: true }).click()
    await page.getByRole("heading", { name: "Điểm bán OCOP" }).waitFor()
    expect(pageErrors).toEqual([])
  })

  it("shows the OCOP card on a product's page", async () => {
    const token = await adminToken()
    const response = await fetch(`${stack.backend_url}/admin/products?limit=1&fields=id`, { headers: { authorization: `Bearer ${token}` } })
    const { products } = (await response.json()) as { products: { id: string }[] }
    expect(products.length).toBe(1)
    await page.goto(`${stack.backend_url}/app/products/${products[0].id}`)
    const card = page.getByTestId("ocop-widget")
    await card.waitFor({ timeout: 30_000 })
    expect(await card.getByRole("heading", { name: "Chứng nhận OCOP" }).count()).toBe(1)
    expect(pageErrors).toEqual([])
  })

  it("keeps Medusa's own plugin pages working and translated beside ours (draft orders)", async () => {
    await page.goto(`${stack.backend_url}/app/draft-orders`)
    await page.getByRole("heading", { name: /draft orders/i }).first().waitFor({ timeout: 30_000 })
    expect(pageErrors).toEqual([])
  })
})

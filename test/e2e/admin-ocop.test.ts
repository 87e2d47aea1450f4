/**
 * The OCOP admin extensions in a real browser on the started stack: the pages and the product card render, no
 * page of the dashboard throws, and Medusa's draft orders page is translated (plugin admin code once got a second
 * react-router and react-i18next without the dashboard's context; see docs/decisions/005-admin-api.md).
 */
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { waitForMail } from "../support/mail"
import { placeOrderOfTheCooperative } from "../support/orders"
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

  it("creates a producer through its form, finds it by name without accents, saves a change and deletes it", async () => {
    const token = await adminToken()
    const seeded = (await (await fetch(`${stack.backend_url}/admin/ocop/producers?limit=1`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      producers: { ward_code: string }[]
    }
    const tag = Math.random().toString(36).slice(2, 7)
    const name = `HTX Thử nghiệm Bộ khung ${tag}`

    await page.goto(`${stack.backend_url}/app/ocop/producers/create`)
    await page.getByLabel("Tên chủ thể").fill(name)
    // A new record's handle follows its name, folded.
    expect(await page.getByLabel("Mã (handle)").inputValue()).toBe(`htx-thu-nghiem-bo-khung-${tag}`)
    await page.getByLabel("Người đại diện").fill("Y Thử Niê")
    await page.getByLabel("Điện thoại").fill("0905 214 386")
    await page.getByLabel("Mã xã/phường").fill(seeded.producers[0]!.ward_code)
    await page.getByLabel("Địa chỉ hiện nay").fill("Thôn 1, tỉnh Đắk Lắk")
    await page.getByLabel("Địa chỉ ghi trên giấy chứng nhận").fill("Thôn 1, huyện Krông Bông, tỉnh Đắk Lắk")
    await page.getByRole("button", { name: "Tạo chủ thể" }).click()
    await page.waitForURL(/\/ocop\/producers\/ocprod_/, { timeout: 30_000 })
    await page.getByRole("heading", { name }).waitFor()

    await page.getByLabel("Người đại diện").fill("H'Thử Niê")
    await page.getByRole("button", { name: "Lưu", exact: true }).click()
    await page.getByText("Đã lưu; thẻ sản phẩm trên cửa hàng đã cập nhật").waitFor()

    await page.goto(`${stack.backend_url}/app/ocop/producers`)
    await page.getByPlaceholder("Tìm theo tên").fill(`thu nghiem bo khung ${tag}`)
    await page.getByRole("cell", { name }).click()
    await page.getByRole("heading", { name }).waitFor()
    expect(await page.getByLabel("Người đại diện").inputValue()).toBe("H'Thử Niê")

    await page.getByRole("button", { name: "Thao tác" }).click()
    await page.getByRole("menuitem", { name: "Xoá" }).click()
    await page.getByRole("button", { name: "Xoá" }).click()
    await page.waitForURL((url) => url.pathname.endsWith("/ocop/producers"), { timeout: 30_000 })
    await page.getByText("Đã xoá chủ thể").waitFor()
    expect(pageErrors).toEqual([])
  })

  it("shows the API's refusal above a sales point's form, in both languages, and creates nothing", async () => {
    await page.goto(`${stack.backend_url}/app/ocop/sales-points/create`)
    await page.getByLabel("Tên điểm bán").fill("Ki ốt thử số sai")
    await page.getByLabel("Địa chỉ hiện nay").fill("Chợ thử, tỉnh Đắk Lắk")
    await page.getByLabel("Địa chỉ theo địa giới cũ").fill("Chợ thử, huyện Krông Bông, tỉnh Đắk Lắk")
    await page.getByLabel("Mã xã/phường").fill("24448")
    await page.getByLabel("Vĩ độ").fill("12.5")
    await page.getByLabel("Kinh độ").fill("108.3")
    await page.getByLabel("Giờ mở cửa", { exact: true }).fill("07:00–21:00")
    await page.getByLabel("Điện thoại").fill("12345")
    await page.getByRole("button", { name: "Tạo điểm bán" }).click()
    const refusal = page.getByRole("alert").filter({ hasText: "Số điện thoại" })
    await refusal.waitFor()
    expect(await refusal.textContent()).toMatch(/Số điện thoại không hợp lệ.*not a Vietnamese mobile number/)
    expect(new URL(page.url()).pathname).toMatch(/\/ocop\/sales-points\/create$/)
    expect(pageErrors).toEqual([])
  })

  it("runs a producer from its page: invites its first owner by e-mail, sets its commission, lists its orders by state", async () => {
    const token = await adminToken()
    const asAdmin = async (path: string) => (await (await fetch(`${stack.backend_url}${path}`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
    const producer = (await asAdmin(`/admin/ocop/producers?q=${encodeURIComponent(stack.producer_handle)}&limit=1`)).producers[0]
    const tag = Math.random().toString(36).slice(2, 7)
    const order = await placeOrderOfTheCooperative(stack, `khach.admin.${tag}@example.vn`)
    await page.goto(`${stack.backend_url}/app/ocop/producers/${producer.id}`)
    await page.getByRole("heading", { name: "Đội ngũ trên Kênh người bán" }).waitFor({ timeout: 30_000 })

    // The invitation goes by mail to the person, and waits in the list until answered or withdrawn.
    const email = `chu.admin.${tag}@example.vn`
    const since = Date.now() - 1000
    await page.getByLabel("Mời bằng e-mail").fill(email)
    await page.getByRole("button", { name: "Gửi lời mời" }).click()
    await page.getByText(`Đã gửi lời mời tới ${email}`).waitFor()
    expect((await waitForMail(stack, "ocop-producer-invite", email, since)).data.link).toContain("/kenh-nguoi-ban/")
    const pending = page.getByText(new RegExp(`${email.replace(/\./g, "\\.")} · Chủ tài khoản`))
    await pending.waitFor()
    await page.screenshot({ path: path.join(path.dirname(fileURLToPath(import.meta.url)), "../artifacts/admin-producer-team-1280.png"), fullPage: true })
    await page.getByRole("button", { name: `Rút lời mời ${email}` }).click()
    await page.getByText("Đã rút lời mời").waitFor()
    await expect.poll(() => pending.count(), { timeout: 10_000 }).toBe(0)
    // A bad address is the API's refusal, in both languages.
    await page.getByLabel("Mời bằng e-mail").fill("khong-phai-email@")
    await page.getByRole("button", { name: "Gửi lời mời" }).click()
    await expect.poll(() => page.getByLabel("Mời bằng e-mail").evaluate((input) => (input as HTMLInputElement).validity.valid)).toBe(false)

    // The producer's own commission, then back to the platform's default.
    await page.getByLabel("Tỷ lệ mới (%)").fill("7,5")
    await page.getByRole("button", { name: "Lưu tỷ lệ" }).click()
    await page.getByText(/^7,5% trên tiền hàng · tỷ lệ thoả thuận riêng/).waitFor()
    expect((await asAdmin(`/admin/ocop/producers/${producer.id}/commission`)).commission).toEqual({ rate: 7.5, source: "producer" })
    await page.getByRole("button", { name: "Về tỷ lệ mặc định" }).click()
    await page.getByText(/trên tiền hàng · tỷ lệ mặc định của sàn/).waitFor()

    // The order just placed is among the new ones, and opens Medusa's order page.
    await page.getByRole("heading", { name: "Đơn hàng", exact: true }).waitFor()
    await page.getByRole("combobox", { name: "Lọc theo tình trạng" }).click()
    await page.getByRole("option", { name: "mới đặt" }).click()
    const link = page.getByRole("link", { name: `#${order.display_id}`, exact: true })
    await link.waitFor({ timeout: 15_000 })
    expect(await page.getByText("đã giao", { exact: true }).count()).toBe(0)
    await link.click()
    await page.waitForURL((url) => url.pathname.endsWith(`/orders/${order.id}`), { timeout: 30_000 })
    expect(pageErrors).toEqual([])
  })

  it("keeps Medusa's own plugin pages working and translated beside ours (draft orders)", async () => {
    await page.goto(`${stack.backend_url}/app/draft-orders`)
    await page.getByRole("heading", { name: /draft orders/i }).first().waitFor({ timeout: 30_000 })
    expect(pageErrors).toEqual([])
  })
})

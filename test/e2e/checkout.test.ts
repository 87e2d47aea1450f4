/**
 * Buying, in a real browser (Debian's chromium through playwright-core) on a phone (390 px) against the stack
 * `npm test` started: a guest adds from a product card, changes the quantity in the cart, checks out with
 * cash on delivery to Phường Buôn Ma Thuột (tỉnh Đắk Lắk since July 2025) and gets an order number; another
 * picks up at a kiosk and pays by VietQR, in English, and sees the QR code; a shopper without JavaScript gets
 * the ward list by a round trip; the admin API sees the orders. Every step is photographed into
 * test/artifacts/checkout-*.png.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { orderTokenHeaders } from "../support/browser"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
const PHONE = { width: 390, height: 844 }
const DAK_LAK = "66"

let browser: Browser
const placed: { id: string; display_id: number; how: string }[] = []

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
})

afterAll(async () => {
  await browser?.close()
})

async function openPage(context: BrowserContext) {
  const page = await context.newPage()
  const problems: string[] = []
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(message.text())
  })
  return { page, problems }
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `checkout-${name}.png`), fullPage: true })
}

const vnd = (amount: number) => new Intl.NumberFormat("vi-VN", { style: "currency", currency: "VND" }).format(amount)
const vndInEnglish = (amount: number) => `${new Intl.NumberFormat("en-GB").format(amount)}\u00a0₫ (VND)`

/** The step's heading: the form the shopper is on. */
const stepHeading = (page: Page) => page.locator("#step-heading")

/**
 * On the step `slug`, its form rendered: React commits a client-side navigation after the URL changes
 * (startTransition), so the URL alone does not mean the new step is on screen.
 */
async function atStep(page: Page, slug: string, heading: string) {
  await page.waitForURL(new RegExp(`buoc=${slug}`))
  await expect.poll(() => stepHeading(page).innerText(), { timeout: 15_000 }).toBe(heading)
}

describe("a guest on a phone", () => {
  it("adds from a product card, changes the quantity, and checks out with cash on delivery to Buôn Ma Thuột", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)

    // Once the page's scripts run: a click before hydration posts the plain form (the no-JavaScript path, tested below).
    await page.goto(`${stack.storefront_url}/san-pham`, { waitUntil: "networkidle" })
    const firstCard = page.locator("article").first()
    const title = (await firstCard.locator("h3").innerText()).trim()
    // Hydrated: the card's form says it is a fetcher's (`via`), so the click stays on the page.
    await firstCard.locator("input[name=via]").waitFor({ state: "attached" })
    await firstCard.getByRole("button", { name: `Thêm ${title} vào giỏ` }).click()
    await expect.poll(() => page.getByTestId("cart-count").innerText(), { timeout: 15_000 }).toBe("1")
    await expect.poll(() => firstCard.getByRole("button").innerText(), { timeout: 15_000 }).toBe("✓ Đã thêm")
    // The card stayed where it was: no navigation to the cart.
    expect(new URL(page.url()).pathname).toBe("/san-pham")
    await firstCard.scrollIntoViewIfNeeded()
    await page.screenshot({ path: path.join(artifacts, "checkout-01-card-added.png") })

    // The header's cart opens the drawer; the cart page is one link further.
    await page.getByRole("link", { name: /Giỏ hàng/ }).click()
    const drawer = page.getByRole("dialog", { name: /Giỏ hàng/ })
    await expect.poll(() => drawer.getByTestId("cart-line").count(), { timeout: 15_000 }).toBe(1)
    await drawer.getByRole("link", { name: "Xem giỏ hàng" }).click()
    await page.waitForURL(/\/gio-hang$/)
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0)
    await expect.poll(() => page.getByTestId("cart-line").count()).toBe(1)
    const unit = await page.getByTestId("line-total").innerText()
    await page.getByRole("button", { name: `Thêm một ${title}` }).click()
    await expect.poll(() => page.getByTestId("cart-count").innerText(), { timeout: 15_000 }).toBe("2")
    const unitPrice = Number(unit.replace(/\D/g, ""))
    await expect.poll(() => page.getByTestId("line-total").innerText()).toBe(vnd(unitPrice * 2))
    // Survives a reload: the cart lives in Medusa behind a cookie.
    await page.reload()
    await expect.poll(() => page.getByLabel(`Số lượng ${title}`).inputValue()).toBe("2")
    await shot(page, "02-cart")

    await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
    await page.waitForURL(/\/thanh-toan\?buoc=lien-he$/)
    await expect.poll(() => stepHeading(page).innerText()).toBe("Liên hệ")

    // Wrong input is refused beside the fields, by the server (the form has noValidate).
    await page.getByLabel("E-mail").fill("lan@")
    await page.getByLabel("Họ và tên").fill("Nguyễn Thị Lan")
    await page.getByLabel("Số điện thoại di động").fill("0123")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await expect.poll(() => page.locator("[data-field-error=phone]").count(), { timeout: 10_000 }).toBe(1)
    expect(await page.locator("[data-field-error=email]").innerText()).toContain("e-mail hợp lệ")
    expect(await page.locator("[data-field-error=phone]").innerText()).toContain("0905 123 456")
    await shot(page, "03-contact-errors")

    await page.getByLabel("E-mail").fill("lan.e2e@example.vn")
    await page.getByLabel("Số điện thoại di động").fill("0905 123 456")
    await shot(page, "04-contact")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "giao-hang", "Nhận hàng")

    // Home delivery is the default; it is priced once the address says the province.
    const home = page.getByRole("radio", { name: /Giao hàng tận nơi/ })
    expect(await home.isChecked()).toBe(true)
    await shot(page, "05-delivery")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "dia-chi", "Địa chỉ")

    // With JavaScript the ward suggestions come from the provinces route as soon as the province is chosen:
    // typed without accents, the ward is found.
    await page.getByLabel("Tỉnh, thành phố").selectOption(DAK_LAK)
    await expect.poll(() => page.locator('datalist#ward-names option[value="Phường Buôn Ma Thuột"]').count(), { timeout: 10_000 }).toBe(1)
    await page.getByLabel("Xã, phường, đặc khu").fill("phuong buon ma thuot")
    await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("12 Lê Duẩn")
    await shot(page, "06-address")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "thanh-toan", "Thanh toán")
    expect(await page.getByTestId("checkout-total").last().innerText()).toBe(vnd(unitPrice * 2 + 20000))

    const cod = page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ })
    expect(await cod.isChecked()).toBe(true)
    expect(await page.getByRole("radio", { name: /VietQR/ }).count()).toBe(1)
    // The test stack has Stripe configured (against a fake Stripe server): cards are offered too, never the default.
    expect(await page.getByRole("radio", { name: /Visa/ }).count()).toBe(1)
    await shot(page, "07-payment")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")

    const review = await page.locator("section[aria-labelledby=step-heading]").innerText()
    for (const text of ["lan.e2e@example.vn", "0905 123 456", "12 Lê Duẩn, Phường Buôn Ma Thuột, Tỉnh Đắk Lắk", "Thanh toán khi nhận hàng"]) {
      expect(review).toContain(text)
    }
    const total = await page.getByTestId("checkout-total").last().innerText()
    expect(total).toBe(vnd(unitPrice * 2 + 20000))
    await shot(page, "08-review")
    await page.getByRole("button", { name: "Đặt hàng" }).click()

    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/^Đơn hàng #\d+$/)
    const heading = await page.locator("h1").innerText()
    expect(heading).toMatch(/^Đơn hàng #\d+$/)
    const body = await page.locator("main").innerText()
    expect(body).toContain(title)
    expect(body).toContain("Giao hàng tận nơi")
    expect(body).toContain("Thanh toán khi nhận hàng: trả tiền mặt")
    expect(body).not.toContain("Chưa thanh toán")
    expect(body).toContain(vnd(unitPrice * 2 + 20000))
    expect(await page.getByTestId("cart-count").innerText()).toBe("0")
    await shot(page, "09-confirmation-cod")
    placed.push({ id: new URL(page.url()).pathname.split("/").pop()!, display_id: Number(heading.replace(/\D/g, "")), how: "cod" })

    // The same link in another browser: the order's number and status, and how its shopper opens it; no address.
    const stranger = await browser.newContext({ viewport: PHONE })
    const strangerPage = await stranger.newPage()
    const answer = await strangerPage.goto(page.url(), { waitUntil: "networkidle" })
    expect(answer!.status()).toBe(403)
    expect(await strangerPage.locator("h1").innerText()).toBe(heading)
    const seen = await strangerPage.locator("main").innerText()
    expect(seen).toContain("Trạng thái: đang xử lý")
    for (const secret of ["12 Lê Duẩn", "0905", "lan.e2e@example.vn", title]) expect(seen).not.toContain(secret)
    await shot(strangerPage, "09b-order-seen-by-a-stranger")
    // The confirmation mail's link opens it there, and leaves the token out of the address bar.
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    let mail: { data: Record<string, unknown> } | undefined
    await expect
      .poll(() => (mail = readOutbox(stack.mail_dir).find((m) => m.template === "ocop-order-placed" && m.data?.order_id === orderId)), { timeout: 15_000 })
      .toBeDefined()
    const mailed = await strangerPage.goto(String(mail!.data.link).replace(/^https?:\/\/[^/]+/, stack.storefront_url), { waitUntil: "networkidle" })
    expect(mailed!.status()).toBe(200)
    expect(new URL(strangerPage.url()).search).toBe("")
    expect(await strangerPage.locator("main").innerText()).toContain("12 Lê Duẩn")
    await stranger.close()

    expect(problems).toEqual([])
    await context.close()
  })

  it("picks up at a kiosk and pays by VietQR, in English, and the confirmation shows the QR code", async () => {
    const { body: points } = await storeGet(stack, "/store/ocop/sales-points?type=kiosk_cluster")
    let product: { handle: string; title: string } | undefined
    let kiosk: { handle: string; name: string } | undefined
    for (const point of points.sales_points) {
      const { body } = await storeGet(stack, `/store/ocop/products?sales_point=${point.handle}&limit=5`)
      for (const candidate of body.products) {
        const { body: detail } = await storeGet(stack, `/store/ocop/products/${candidate.handle}`)
        if (detail.product.variants.some((v: any) => v.in_stock)) {
          product = candidate
          kiosk = point
          break
        }
      }
      if (product) break
    }
    expect(product, "a product in stock at a kiosk cluster").toBeDefined()

    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/en/san-pham/${product!.handle}`, { waitUntil: "networkidle" })
    await page.locator("input[name=via]").first().waitFor({ state: "attached" })
    await page.getByRole("button", { name: "Add to cart", exact: true }).click()
    // The count goes up at once; the message says the backend has it.
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Added to your cart." }).count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByTestId("cart-count").innerText()).toBe("1")

    await page.goto(`${stack.storefront_url}/en/thanh-toan`)
    await page.waitForURL(/\/en\/thanh-toan\?buoc=lien-he$/)
    await page.getByLabel("E-mail").fill("minh.e2e@example.vn")
    await page.getByLabel("Full name").fill("Trần Văn Minh")
    await page.getByLabel("Mobile phone number").fill("+84 385 123 456")
    await page.getByRole("button", { name: "Continue" }).click()
    await atStep(page, "giao-hang", "Delivery")

    // Only points that carry everything in the cart, each with its address and hours.
    const pickupPoints = page.getByTestId("pickup-point")
    await expect.poll(() => pickupPoints.count()).toBeGreaterThan(0)
    const kioskOption = pickupPoints.filter({ hasText: kiosk!.name })
    expect(await kioskOption.count()).toBe(1)
    expect(await kioskOption.innerText()).toContain("Opening hours")
    await kioskOption.locator("input[type=radio]").check()
    await shot(page, "10-delivery-pickup-en")
    await page.getByRole("button", { name: "Continue" }).click()
    // A pickup needs no home address: straight on to payment, four steps in all.
    await atStep(page, "thanh-toan", "Payment")
    expect(await page.getByRole("navigation", { name: "Checkout steps" }).getByText("Address").count()).toBe(0)
    await page.getByRole("radio", { name: /Bank transfer \(VietQR\)/ }).check()
    await page.getByRole("button", { name: "Continue" }).click()
    await atStep(page, "xac-nhan", "Review")
    const review = await page.locator("section[aria-labelledby=step-heading]").innerText()
    expect(review).toContain(`Pickup at ${kiosk!.name}`)
    expect(review).toContain("Bank transfer (VietQR)")
    await shot(page, "11-review-pickup-en")
    await page.getByRole("button", { name: "Place order" }).click()

    await page.waitForURL(/\/en\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/^Order #\d+$/)
    const orderId = new URL(page.url()).pathname.split("/").pop()!
    const { body: payment } = await storeGet(stack, `/store/ocop/orders/${orderId}/payment`, await orderTokenHeaders(context, orderId))
    const vietqr = payment.payment.vietqr
    expect(vietqr.reference).toBe(`OCOP ${payment.payment.display_id}`)
    const qr = page.getByTestId("vietqr")
    expect(await qr.locator("svg").count()).toBe(1)
    expect(await qr.getAttribute("aria-label")).toBe(`VietQR code to transfer ${vndInEnglish(vietqr.amount)} with reference ${vietqr.reference}`)
    const body = await page.locator("main").innerText()
    expect(body).toContain(`Order #${payment.payment.display_id}`)
    expect(body).toContain(vietqr.account_number)
    expect(body).toContain("Free")
    expect(body).toContain(`Pickup at ${kiosk!.name}`)
    expect(body).toContain("Opening hours")
    await shot(page, "12-confirmation-vietqr-en")
    placed.push({ id: orderId, display_id: payment.payment.display_id, how: "pickup+vietqr" })

    expect(problems).toEqual([])
    await context.close()
  })
})

describe("a registered customer", () => {
  it("logs in, checks out with the details of the account filled in, and finds the order in the history", async () => {
    const run = Date.now().toString(36)
    const email = `khach.${run}@example.vn`
    const password = `mat-khau-${run}`
    const api = async (pathname: string, body: unknown, token?: string) => {
      const response = await fetch(`${stack.backend_url}${pathname}`, {
        method: "POST",
        headers: {
          "x-publishable-api-key": stack.publishable_key,
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      })
      expect(response.status, pathname).toBeLessThan(300)
      return (await response.json()) as any
    }
    const { token } = await api("/auth/customer/emailpass/register", { email, password })
    await api("/store/customers", { email, first_name: "Thị Hoa", last_name: "Trần", phone: "+84905123456" }, token)

    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/tai-khoan/dang-nhap`)
    await page.getByLabel("E-mail").fill(email)
    await page.getByLabel("Mật khẩu").fill(password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.getByRole("button", { name: "Đăng xuất" }).waitFor({ timeout: 15_000 })

    // Added after logging in: the new cart is the customer's from the start.
    // Once the page's scripts run: a click before hydration posts the plain form (the no-JavaScript path, tested below).
    await page.goto(`${stack.storefront_url}/san-pham`, { waitUntil: "networkidle" })
    const firstCard = page.locator("article").first()
    const title = (await firstCard.locator("h3").innerText()).trim()
    // Hydrated: the card's form says it is a fetcher's (`via`), so the click stays on the page.
    await firstCard.locator("input[name=via]").waitFor({ state: "attached" })
    await firstCard.getByRole("button", { name: `Thêm ${title} vào giỏ` }).click()
    await expect.poll(() => firstCard.getByRole("button").innerText(), { timeout: 15_000 }).toBe("✓ Đã thêm")

    await page.goto(`${stack.storefront_url}/thanh-toan`)
    await atStep(page, "lien-he", "Liên hệ")
    expect(await page.getByLabel("E-mail").inputValue()).toBe(email)
    expect(await page.getByLabel("Họ và tên").inputValue()).toBe("Trần Thị Hoa")
    expect(await page.getByLabel("Số điện thoại di động").inputValue()).toBe("0905 123 456")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "giao-hang", "Nhận hàng")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "dia-chi", "Địa chỉ")
    await page.getByLabel("Tỉnh, thành phố").selectOption(DAK_LAK)
    await expect.poll(() => page.locator("datalist#ward-names option").count(), { timeout: 10_000 }).toBeGreaterThan(50)
    await page.getByLabel("Xã, phường, đặc khu").fill("Phường Buôn Ma Thuột")
    await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("40 Hai Bà Trưng")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "thanh-toan", "Thanh toán")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "xac-nhan", "Xác nhận")
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 15_000 }).toMatch(/^Đơn hàng #\d+$/)
    const number = (await page.locator("h1").innerText()).replace(/\D/g, "")

    await page.goto(`${stack.storefront_url}/tai-khoan/don-hang`)
    await expect.poll(() => page.locator("main").innerText(), { timeout: 15_000 }).toContain(`#${number}`)
    expect(await page.locator("main").innerText()).toContain(title)
    await shot(page, "14-history-after-checkout")
    expect(problems).toEqual([])
    await context.close()
  })
})

describe("a shopper without JavaScript", () => {
  it("adds from a card, lands on the cart, and gets the ward list of the chosen province by a round trip", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/san-pham`)
    const firstCard = page.locator("article").first()
    const title = (await firstCard.locator("h3").innerText()).trim()
    await firstCard.getByRole("button", { name: `Thêm ${title} vào giỏ` }).click()
    await page.waitForURL(/\/gio-hang\?added=1$/)
    expect(await page.getByRole("status").innerText()).toContain("Đã thêm vào giỏ hàng.")
    expect(await page.getByTestId("cart-count").innerText()).toBe("1")

    await page.getByRole("link", { name: "Tiến hành thanh toán" }).click()
    await page.getByLabel("E-mail").fill("khong.js@example.vn")
    await page.getByLabel("Họ và tên").fill("Hoàng Thị Mai")
    await page.getByLabel("Số điện thoại di động").fill("0779123456")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "giao-hang", "Nhận hàng")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "dia-chi", "Địa chỉ")
    await page.getByLabel("Tỉnh, thành phố").selectOption(DAK_LAK)
    await page.getByLabel("Số nhà, tên đường, thôn, buôn").fill("7 Nguyễn Tất Thành")
    await page.getByRole("button", { name: "Hiện xã, phường của tỉnh này" }).click()
    await page.waitForLoadState()
    // The province's wards as the field's suggestions, by name.
    const names = await page.locator("datalist#ward-names option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
    expect(names).toContain("Phường Buôn Ma Thuột")
    expect(names.length).toBe(102)
    // What was typed is still there.
    expect(await page.getByLabel("Số nhà, tên đường, thôn, buôn").inputValue()).toBe("7 Nguyễn Tất Thành")
    await shot(page, "13-address-without-js")
    await page.getByLabel("Xã, phường, đặc khu").fill("Buôn Ma Thuột")
    await page.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(page, "thanh-toan", "Thanh toán")
    await context.close()
  })
})

describe("the admin", () => {
  it("sees both orders placed in the browser", async () => {
    expect(placed.map((order) => order.how)).toEqual(["cod", "pickup+vietqr"])
    const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
    })
    const { token } = (await login.json()) as { token: string }
    for (const order of placed) {
      const answer = await fetch(`${stack.backend_url}/admin/orders/${order.id}?fields=id,display_id,email,*shipping_methods`, {
        headers: { authorization: `Bearer ${token}` },
      })
      expect(answer.status).toBe(200)
      const { order: seen } = (await answer.json()) as any
      expect(seen.display_id).toBe(order.display_id)
      expect(seen.email).toBe(order.how === "cod" ? "lan.e2e@example.vn" : "minh.e2e@example.vn")
    }
    const list = await fetch(`${stack.backend_url}/admin/orders?fields=id&limit=100`, { headers: { authorization: `Bearer ${token}` } })
    const ids = ((await list.json()) as any).orders.map((o: any) => o.id)
    for (const order of placed) expect(ids).toContain(order.id)
  })
})

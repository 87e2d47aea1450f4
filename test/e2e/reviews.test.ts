/**
 * Buyers' reviews in a real browser on a phone (issue 21): a customer whose order of the seeded cooperative's
 * product was delivered writes a review on the private review page (stars as radio buttons, two photos) and finds
 * it on the public product page with the average and the photos; the producer answers in the seller portal and the answer shows under
 * the review. Screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { verifyEmail } from "../support/mail"
import { photoPng } from "../support/photos"
import { readStack, storeGet, storeRequest } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
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
}

const store = (method: string, pathname: string, options?: { body?: unknown; token?: string }) => storeRequest(stack, method, pathname, options)

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
  const answer = (await response.json()) as any
  if (response.status >= 400) throw new Error(`${method} ${pathname} → ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

/** A certified product of the seeded cooperative with one variant in stock and no review yet. */
async function cooperativeProduct() {
  const { body } = await storeGet(stack, `/store/ocop/products?producer=${stack.producer_handle}&limit=20`)
  for (const card of body.products) {
    if (card.rating.count > 0) continue
    const { body: detail } = await storeGet(stack, `/store/ocop/products/${card.handle}`)
    const variant = detail.product.variants.find((v: any) => v.in_stock)
    if (variant) return { handle: card.handle as string, title: card.title as string, variantId: variant.id as string }
  }
  throw new Error(`no product in stock without reviews for ${stack.producer_handle}`)
}

const ADDRESS = {
  first_name: "Thị Lan",
  last_name: "Nguyễn",
  phone: "0905 123 456",
  address_1: "12 Lê Duẩn",
  city: "Phường Buôn Ma Thuột",
  province: "66",
  country_code: "vn",
  metadata: { ward_code: "24133" },
}

/** Registered, e-mail verified, one bag bought with cash on delivery, and the parcel delivered by the producer. */
async function buyerWithADeliveredOrder(variantId: string) {
  const email = `danh-gia.${run}@example.vn`
  const password = "mat-khau-lan-1"
  const registration = await store("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await store("POST", "/store/customers", { body: { email, first_name: "Thị Lan", last_name: "Nguyễn" }, token: registration.token })
  await verifyEmail(stack, email)
  const { token } = await store("POST", "/auth/customer/emailpass", { body: { email, password } })
  const { cart } = await store("POST", "/store/carts", { body: { region_id: stack.region_id }, token })
  await store("POST", `/store/carts/${cart.id}/line-items`, { body: { variant_id: variantId, quantity: 1 }, token })
  await store("POST", `/store/carts/${cart.id}`, { body: { email, shipping_address: ADDRESS, billing_address: ADDRESS }, token })
  const { shipping_options } = await store("GET", `/store/shipping-options?cart_id=${cart.id}`, { token })
  const home = (shipping_options as any[]).find((option) => option.service_zone?.fulfillment_set?.type !== "pickup")
  await store("POST", `/store/carts/${cart.id}/shipping-methods`, { body: { option_id: home.id }, token })
  const { payment_collection } = await store("POST", "/store/payment-collections", { body: { cart_id: cart.id }, token })
  await store("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { body: { provider_id: "pp_system_default" }, token })
  const completed = await store("POST", `/store/carts/${cart.id}/complete`, { token })
  expect(completed.type).toBe("order")
  // The producer packs and ships it; the carrier hands it over (Medusa's admin fulfilment routes).
  const { order } = await asAdmin("GET", `/admin/orders/${completed.order.id}?fields=id,items.id`)
  const { order: fulfilled } = await asAdmin("POST", `/admin/orders/${order.id}/fulfillments?fields=fulfillments.id`, {
    items: order.items.map((item: any) => ({ id: item.id, quantity: 1 })),
  })
  await asAdmin("POST", `/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillments[0].id}/mark-as-delivered`)
  return { email, password }
}

describe("buyers' reviews on a phone", () => {
  it("a buyer reviews a delivered product, the page shows it with the average, and the producer's answer shows under it", async () => {
    const product = await cooperativeProduct()
    const buyer = await buyerWithADeliveredOrder(product.variantId)

    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/tai-khoan/dang-nhap`)
    await page.getByLabel("E-mail").fill(buyer.email)
    await page.getByLabel("Mật khẩu").fill(buyer.password)
    await page.getByRole("button", { name: "Đăng nhập" }).click()
    await page.waitForURL((url) => url.pathname === "/tai-khoan", { timeout: 15_000 })

    // The public page has no review yet; its link leads to the private page that knows what she may review.
    await page.goto(`${stack.storefront_url}/san-pham/${product.handle}`)
    const section = page.locator("#danh-gia")
    await expect.poll(() => section.getByText("Chưa có đánh giá nào").count(), { timeout: 10_000 }).toBe(1)
    await section.getByRole("link", { name: "Viết đánh giá" }).click()
    await page.waitForURL((url) => url.pathname === `/san-pham/${product.handle}/danh-gia`, { timeout: 15_000 })
    await expect.poll(() => page.locator("h1").innerText(), { timeout: 10_000 }).toBe(`Đánh giá ${product.title}`)
    expect(await page.getByText("Tên hiển thị: “Lan N.”").count()).toBe(1)

    // Nothing chosen: refused beside the stars, nothing posted.
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await expect.poll(() => page.locator("#rating-error").innerText(), { timeout: 10_000 }).toBe("Hãy chọn từ 1 đến 5 sao.")
    await page.getByRole("radio", { name: "5 sao" }).check()
    await page.getByLabel("Nhận xét").fill("Cà phê thơm, rang vừa, đóng gói kỹ. Sẽ mua lại!")
    // A file named like a photo that is not one: the backend judges it by its bytes; what she wrote is kept.
    const picker = page.getByLabel("Thêm ảnh", { exact: true })
    await picker.setInputFiles({ name: "goi-ca-phe.png", mimeType: "image/png", buffer: Buffer.from("khong phai anh") })
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await expect.poll(() => page.locator("#field-photos-error").innerText().catch(() => ""), { timeout: 15_000 }).toBe("Chỉ nhận ảnh JPEG, PNG hoặc WebP.")
    expect(await page.getByLabel("Nhận xét").inputValue()).toBe("Cà phê thơm, rang vừa, đóng gói kỹ. Sẽ mua lại!")
    expect(await page.getByRole("radio", { name: "5 sao" }).isChecked()).toBe(true)
    await picker.setInputFiles([
      { name: "IMG_2041.png", mimeType: "image/png", buffer: photoPng(360, [92, 58, 30], [180, 130, 80]) },
      { name: "IMG_2042.png", mimeType: "image/png", buffer: photoPng(360, [46, 98, 52], [214, 170, 84]) },
    ])
    await expect.poll(() => page.getByText("Đã chọn 2 ảnh").count()).toBe(1)
    await screenshot(page, "review-write")
    await page.getByRole("button", { name: "Gửi đánh giá" }).click()
    await expect.poll(() => page.getByText("Cảm ơn bạn! Đánh giá đã được đăng.").count(), { timeout: 15_000 }).toBe(1)
    expect(await page.getByText("Bạn đã đánh giá mọi lần mua sản phẩm này.").count()).toBe(1)

    await page.getByRole("link", { name: "Quay lại trang sản phẩm" }).click()
    await page.waitForURL((url) => url.pathname === `/san-pham/${product.handle}`, { timeout: 15_000 })
    await expect.poll(() => section.innerText(), { timeout: 10_000 }).toContain("Cà phê thơm, rang vừa")
    expect(await section.innerText()).toContain("Lan N.")
    expect(await section.innerText()).toContain("5,0")
    expect(await section.innerText()).toContain("1 đánh giá")
    // Her two photos under her words, each opening the photo full size.
    const photos = section.getByRole("list", { name: "2 ảnh của người mua" }).getByRole("img")
    expect(await photos.count()).toBe(2)
    await photos.first().scrollIntoViewIfNeeded()
    await expect.poll(() => photos.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth)), { timeout: 10_000 }).toEqual([360, 360])
    const full = await section.getByRole("link", { name: "Ảnh 1 của Lan N., mở cỡ lớn" }).getAttribute("href")
    const served = await fetch(full!)
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "image/png"])
    expect(await page.getByRole("img", { name: "Người mua chấm 5,0 trên 5 sao, 1 đánh giá" }).count()).toBeGreaterThan(0)
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}")
    expect([jsonLd, ...(jsonLd["@graph"] ?? [])].find((node: any) => node["@type"] === "Product")?.aggregateRating).toMatchObject({ ratingValue: 5, reviewCount: 1 })
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, "review-on-product-page")
    expect(problems).toEqual([])
    await context.close()

    // The producer answers in the seller portal.
    const portal = await browser.newContext({ viewport: PHONE })
    const { page: seller, problems: sellerProblems } = await openPage(portal)
    await seller.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`)
    await seller.getByLabel("E-mail").fill(stack.producer_email)
    await seller.getByLabel("Mật khẩu").fill(stack.producer_password)
    await seller.getByRole("button", { name: "Đăng nhập" }).click()
    await seller.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
    await seller.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Đánh giá" }).click()
    await seller.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/danh-gia", { timeout: 15_000 })
    const card = seller.getByRole("article").filter({ hasText: "Cà phê thơm, rang vừa" })
    await card.getByLabel("Trả lời công khai").fill("Cảm ơn chị Lan đã tin dùng sản phẩm của HTX!")
    await card.getByRole("button", { name: "Gửi trả lời" }).click()
    await expect.poll(() => seller.getByRole("status").innerText().catch(() => ""), { timeout: 15_000 }).toContain("Đã đăng câu trả lời")
    expect(await seller.getByRole("article").filter({ hasText: "Cà phê thơm, rang vừa" }).getByText("Cảm ơn chị Lan đã tin dùng").count()).toBe(1)
    await screenshot(seller, "review-portal-answered")
    expect(sellerProblems).toEqual([])
    await portal.close()

    // Anyone now reads the answer under the review.
    const visitor = await browser.newContext({ viewport: PHONE })
    const { page: guest } = await openPage(visitor)
    await guest.goto(`${stack.storefront_url}/san-pham/${product.handle}#danh-gia`)
    const reviews = guest.locator("#danh-gia")
    await expect.poll(() => reviews.innerText(), { timeout: 10_000 }).toContain("Cảm ơn chị Lan đã tin dùng")
    await reviews.scrollIntoViewIfNeeded()
    await screenshot(guest, "review-with-answer")
    // The same in English, under the same slug.
    await guest.goto(`${stack.storefront_url}/en/san-pham/${product.handle}#danh-gia`)
    await expect.poll(() => reviews.innerText(), { timeout: 10_000 }).toContain("1 review")
    expect(await reviews.innerText()).toContain("Buyers' reviews")
    expect(await reviews.innerText()).toContain("1 star\n")
    expect(await reviews.innerText()).toMatch(/Reply from .+\s+Cảm ơn chị Lan/)
    expect(await guest.getByRole("img", { name: "Buyers rate it 5.0 out of 5 stars, 1 review" }).count()).toBeGreaterThan(0)
    expect(await reviews.getByRole("list", { name: "2 photos from the buyer" }).getByRole("img").count()).toBe(2)
    await reviews.scrollIntoViewIfNeeded()
    await screenshot(guest, "review-with-answer-en")
    await visitor.close()
  })
})

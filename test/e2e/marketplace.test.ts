/**
 * The marketplace from end to end (issue 17's "done when"), in Debian's chromium: the programme's admin invites a
 * producer's owner from the producer's page in the dashboard; she sets her password from the mail's link and
 * changes a product's price and stock on her phone; a shopper buys from two producers in one cart and gets one
 * confirmation; each producer sees only its own order and sends it with a tracking number; the shopper's order
 * page shows both parcels on their way; the new owner's statement shows the sale and its commission.
 * Against the stack `npm test` started; screenshots go to test/artifacts/.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { launchChromium, openPage } from "../support/browser"
import { atStep } from "../support/checkout"
import { waitForMail } from "../support/mail"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), "../artifacts")
const run = Date.now().toString(36)
const PHONE = { width: 390, height: 844 }
const vnd = (amount: number) => `${amount.toLocaleString("de-DE")}\u00a0₫`

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

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

type Listing = { producer: { id: string; handle: string; name: string }; product: { id: string; handle: string; title: string; price: number } }

/** A certified product with a single variant in stock, of the producer with this handle; null when it has none. */
async function productOf(producer: { id: string; handle: string; name: string }): Promise<Listing | null> {
  const { body } = await storeGet(stack, `/store/ocop/products?producer=${producer.handle}&limit=20`)
  for (const card of body.products ?? []) {
    const { body: detail } = await storeGet(stack, `/store/ocop/products/${card.handle}`)
    const variant = detail.product.variants.find((v: any) => v.in_stock)
    if (detail.product.variants.length === 1 && variant) {
      return { producer, product: { id: detail.product.id, handle: card.handle, title: detail.product.title, price: Number(detail.product.price.amount) } }
    }
  }
  return null
}

/** The seeded cooperative (its demo owner signs in) and another producer whose owner the admin invites. */
async function twoProducers(): Promise<[Listing, Listing]> {
  const { producers } = await asAdmin("GET", "/admin/ocop/producers?limit=100")
  const seeded = producers.find((p: any) => p.handle === stack.producer_handle)
  const first = await productOf(seeded)
  if (!first) throw new Error(`no single-variant product in stock for ${stack.producer_handle}`)
  for (const other of producers) {
    if (other.handle === stack.producer_handle) continue
    const listing = await productOf(other)
    if (listing) return [first, listing]
  }
  throw new Error("no second producer with a single-variant product in stock")
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `marketplace-${name}-390.png`), fullPage: true })
}

async function signIn(context: BrowserContext, email: string, password: string) {
  const { page, problems } = await openPage(context)
  await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`, { waitUntil: "networkidle" })
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
  return { page, problems }
}

/** Adds a product to the cart from its page, once the page's scripts run, and waits for the drawer to list `lines`. */
async function addToCart(page: Page, handle: string, lines: number) {
  await page.goto(`${stack.storefront_url}/san-pham/${handle}`, { waitUntil: "networkidle" })
  await page.locator("input[name=via]").first().waitFor({ state: "attached" })
  await page.getByRole("button", { name: "Thêm vào giỏ", exact: true }).click()
  await expect.poll(() => page.getByRole("dialog").getByTestId("cart-line").count(), { timeout: 15_000 }).toBe(lines)
}

/** From the portal's order list to the order, then packed and shipped with this tracking number. */
async function sendParcel(page: Page, parcel: { order_id: string; display_id: number }, carrier: string, tracking: string) {
  await page.getByRole("navigation", { name: "Kênh người bán" }).getByRole("link", { name: "Đơn hàng" }).click()
  await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/don-hang")
  const card = page.locator("article").filter({ has: page.getByRole("heading", { name: `Đơn #${parcel.display_id}`, exact: true }) })
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1)
  await card.getByRole("link", { name: `Đơn #${parcel.display_id}` }).click()
  await page.waitForURL((url) => url.pathname === `/kenh-nguoi-ban/don-hang/${parcel.order_id}`)
  await page.getByRole("button", { name: "Đã đóng gói" }).click()
  await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã ghi: đã đóng gói.")
  await page.getByLabel("Đơn vị vận chuyển").fill(carrier)
  await page.getByLabel("Mã vận đơn").fill(tracking)
  await page.getByRole("button", { name: "Đã gửi đi" }).click()
  await expect.poll(() => page.getByRole("status").innerText(), { timeout: 15_000 }).toBe("Đã ghi: đã gửi đi. Người mua đã nhận thư kèm mã vận đơn.")
}

describe("the marketplace from end to end", () => {
  it("invites an owner → she reprices → one cart from two producers → each sends its own parcel → the shopper sees both → the statement shows the sale", async () => {
    const [seeded, invited] = await twoProducers()

    // 1. The admin invites the producer's owner from its page in the dashboard.
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const admin = await desk.newPage()
    await admin.goto(`${stack.backend_url}/app/login`)
    await admin.fill('input[name="email"]', stack.admin_email)
    await admin.fill('input[name="password"]', stack.admin_password)
    await admin.click('button[type="submit"]')
    await admin.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 60_000 })
    await admin.goto(`${stack.backend_url}/app/ocop/producers/${invited.producer.id}`)
    const ownerEmail = `chu.cho.${run}@example.vn`
    const since = Date.now() - 1000
    await admin.getByLabel("Mời bằng e-mail").fill(ownerEmail)
    await admin.getByRole("button", { name: "Gửi lời mời" }).click()
    await admin.getByText(`Đã gửi lời mời tới ${ownerEmail}`).waitFor({ timeout: 15_000 })
    await desk.close()

    // 2. She opens the mail's link on her phone and sets her password.
    const mail = await waitForMail(stack, "ocop-producer-invite", ownerEmail, since)
    const ownerContext = await browser.newContext({ viewport: PHONE })
    const { page: owner, problems: ownerProblems } = await openPage(ownerContext)
    await owner.goto(mail.data.link, { waitUntil: "networkidle" })
    await owner.getByLabel("Họ và tên").fill("H'Lan Niê")
    await owner.getByLabel("Mật khẩu").fill(`mat-khau-${run}`)
    await owner.getByRole("button", { name: "Nhận lời mời" }).click()
    await owner.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
    await expect.poll(() => owner.locator("h1").innerText(), { timeout: 10_000 }).toBe(invited.producer.name)

    // 3. A new price and stock for one of her products; the shop sells at the new price.
    const newPrice = invited.product.price + 1000
    await owner.goto(`${stack.storefront_url}/kenh-nguoi-ban/san-pham/${invited.product.id}`, { waitUntil: "networkidle" })
    await owner.getByLabel("Giá (đồng)").fill(newPrice.toLocaleString("de-DE"))
    await owner.getByLabel("Tồn kho").fill("30")
    await owner.getByRole("button", { name: "Lưu giá và tồn kho" }).click()
    await expect.poll(() => owner.getByRole("status").innerText(), { timeout: 10_000 }).toBe("Đã lưu.")
    await expect
      .poll(async () => (await storeGet(stack, `/store/ocop/products/${invited.product.handle}`)).body.product.price.amount, { timeout: 15_000 })
      .toBe(newPrice)

    // 4. A shopper buys both producers' products in one cart, cash on delivery at home: one purchase, two parcels.
    const shopperEmail = `khach.cho.${run}@example.vn`
    const shopperContext = await browser.newContext({ viewport: PHONE })
    const { page: shopper, problems: shopperProblems } = await openPage(shopperContext)
    await addToCart(shopper, seeded.product.handle, 1)
    await addToCart(shopper, invited.product.handle, 2)
    await shopper.getByRole("dialog").getByRole("link", { name: "Thanh toán" }).click()
    await atStep(shopper, "lien-he", "Liên hệ")
    await shopper.getByLabel("E-mail").fill(shopperEmail)
    await shopper.getByLabel("Họ và tên").fill("Nguyễn Thị Hoa")
    await shopper.getByLabel("Số điện thoại di động").fill("0905 214 386")
    await shopper.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(shopper, "giao-hang", "Nhận hàng")
    await shopper.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(shopper, "dia-chi", "Địa chỉ")
    await shopper.getByLabel("Tỉnh, thành phố").selectOption("66")
    await shopper.locator('datalist#ward-names option[value="Phường Buôn Ma Thuột"]').waitFor({ state: "attached", timeout: 10_000 })
    await shopper.getByLabel("Xã, phường, đặc khu").fill("Phường Buôn Ma Thuột")
    await shopper.getByLabel("Số nhà, tên đường, thôn, buôn").fill("40 Y Jút")
    await shopper.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(shopper, "thanh-toan", "Thanh toán")
    await shopper.getByRole("button", { name: "Tiếp tục" }).click()
    await atStep(shopper, "xac-nhan", "Xác nhận")
    await screenshot(shopper, "review")
    await shopper.getByRole("button", { name: "Đặt hàng" }).click()
    await shopper.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    await expect.poll(() => shopper.getByTestId("parcel").count(), { timeout: 15_000 }).toBe(2)
    expect(await shopper.locator("main").innerText()).toContain("Đơn hàng gồm 2 kiện.")
    await screenshot(shopper, "confirmation")

    const purchase = (await asAdmin("GET", `/admin/ocop/orders/${new URL(shopper.url()).pathname.split("/").pop()}/purchase`)).order_group
    const parcelOf = (listing: Listing) => purchase.parcels.find((p: any) => p.producer?.id === listing.producer.id) as { order_id: string; display_id: number }
    const [seededParcel, invitedParcel] = [parcelOf(seeded), parcelOf(invited)]
    expect(seededParcel && invitedParcel).toBeTruthy()
    // The confirmation is the purchase's: its number, both producers' lines, one total.
    expect(await shopper.locator("h1").innerText()).toBe(`Đơn hàng #${purchase.display_id}`)
    const confirmation = await shopper.locator("main").innerText()
    for (const title of [seeded.product.title, invited.product.title]) expect(confirmation).toContain(title)
    expect(confirmation).toMatch(new RegExp(`Tổng cộng\\s+${vnd(purchase.totals.total).replaceAll(".", "\\.")}`))
    expect(purchase.totals.item_total).toBe(seeded.product.price + newPrice)
    // One confirmation mail for the purchase, not one per parcel.
    await expect.poll(() => readOutbox(stack.mail_dir).filter((m) => m.template === "ocop-order-placed" && m.to === shopperEmail).length, { timeout: 15_000 }).toBe(1)

    // 5. Each producer sees its own parcel only, and sends it with a tracking number.
    await sendParcel(owner, invitedParcel, "Viettel Post", `VTP${run.toUpperCase()}`)
    await owner.goto(`${stack.storefront_url}/kenh-nguoi-ban/don-hang`, { waitUntil: "networkidle" })
    expect(await owner.getByRole("heading", { name: `Đơn #${seededParcel.display_id}`, exact: true }).count()).toBe(0)
    const other = await owner.goto(`${stack.storefront_url}/kenh-nguoi-ban/don-hang/${seededParcel.order_id}`)
    expect(other!.status()).toBe(404)
    await screenshot(owner, "other-producers-order")

    const seededContext = await browser.newContext({ viewport: PHONE })
    const { page: seededOwner, problems: seededProblems } = await signIn(seededContext, stack.producer_email, stack.producer_password)
    await sendParcel(seededOwner, seededParcel, "Giao Hàng Nhanh", `GHN${run.toUpperCase()}`)
    expect(seededProblems).toEqual([])
    await seededContext.close()

    // 6. The shopper's order page: both parcels on their way, each with its own tracking number.
    await shopper.reload({ waitUntil: "networkidle" })
    const parcels = shopper.getByTestId("parcel")
    const texts = await parcels.allInnerTexts()
    expect(texts).toHaveLength(2)
    const parcelText = (display: number) => texts.find((text) => text.includes(`Kiện #${display}`)) ?? ""
    for (const words of ["Đang giao", "Đơn vị vận chuyển: Viettel Post", `Mã vận đơn: VTP${run.toUpperCase()}`, invited.producer.name]) expect(parcelText(invitedParcel.display_id)).toContain(words)
    for (const words of ["Đang giao", "Đơn vị vận chuyển: Giao Hàng Nhanh", `Mã vận đơn: GHN${run.toUpperCase()}`, seeded.producer.name]) expect(parcelText(seededParcel.display_id)).toContain(words)
    await screenshot(shopper, "both-parcels-shipped")
    expect(shopperProblems).toEqual([])
    await shopperContext.close()

    // 7. The new owner's statement of the month: the sale, at the new price, and the platform's commission on it.
    await owner.goto(`${stack.storefront_url}/kenh-nguoi-ban/sao-ke`, { waitUntil: "networkidle" })
    await owner.locator("h1").filter({ hasText: /^Sao kê tháng/ }).waitFor({ timeout: 10_000 })
    // Other tests' shoppers may buy from this producer too: the order is on some page of the month.
    const link = owner.getByRole("link", { name: `Đơn #${invitedParcel.display_id}`, exact: true })
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)
    for (let n = 2; n <= 20 && (await link.count()) === 0 && (await owner.getByRole("link", { name: "Trang sau" }).count()) > 0; n++) {
      await owner.goto(`${stack.storefront_url}/kenh-nguoi-ban/sao-ke?thang=${month}&page=${n}`, { waitUntil: "networkidle" })
    }
    const line = owner.locator("li").filter({ has: link })
    expect(await line.count()).toBe(1)
    const sale = await line.innerText()
    expect(sale).toContain(vnd(newPrice))
    expect(sale).toMatch(/Hoa hồng [1-9][\d.]*\u00a0₫/)
    await screenshot(owner, "statement")
    expect(ownerProblems).toEqual([])
    await ownerContext.close()
  })
})

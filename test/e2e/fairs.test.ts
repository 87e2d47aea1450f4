/**
 * Trade fairs in a real browser (Debian's chromium) on a phone, against the stack `npm test` started and its seed:
 * a buyer opens the fair that runs today, finds a booth by searching the fair, opens the booth's QR code link as a
 * phone camera would, and sends an enquiry; the product's page names the booth in "where to buy"; the producer
 * signs in to the seller portal, sees the enquiry waiting and records a signed contract with its value; the fair's
 * figures move. The same pages in English. Screenshots go to test/artifacts/.
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
const buyer = `Phan Thị Diễm ${Date.now().toString(36)}`

let browser: Browser

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(artifacts, `${name}-390.png`), fullPage: true })
}

async function asAdmin(pathname: string) {
  const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  const { token } = (await login.json()) as { token: string }
  return (await (await fetch(`${stack.backend_url}${pathname}`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
}

/** The fair on today and the seeded cooperative's booth there, as the Store API answers them. */
async function todaysBooth() {
  const { body } = await storeGet(stack, "/store/ocop/fairs?when=current")
  for (const summary of body.fairs) {
    const { body: detail } = await storeGet(stack, `/store/ocop/fairs/${summary.handle}`)
    const booth = detail.fair.booths.find((b: any) => b.producer?.handle === stack.producer_handle && b.products.length)
    if (booth) return { fair: detail.fair, booth }
  }
  throw new Error(`no current fair with a booth of ${stack.producer_handle}`)
}

describe("a trade fair on a phone", () => {
  it("takes a buyer from the fair's page to a booth's QR link and an enquiry, and the producer to a signed contract", async () => {
    const { fair, booth } = await todaysBooth()
    const product = booth.products[0]
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)

    // The fairs page lists it as on now; the fair's page shows its floor plan and exhibitors.
    await page.goto(`${stack.storefront_url}/hoi-cho`, { waitUntil: "networkidle" })
    const onNow = page.getByRole("region", { name: "Đang diễn ra" })
    await onNow.getByRole("link", { name: fair.name, exact: true }).click()
    await page.waitForURL((url) => url.pathname === `/hoi-cho/${fair.handle}`)
    await expect.poll(() => page.locator("h1").innerText()).toBe(fair.name)
    await expect.poll(() => page.getByRole("group", { name: "Sơ đồ gian hàng" }).getByRole("link").count()).toBe(fair.booths.length)

    // Searching the fair for the product finds its booth (without accents, as people type on a phone).
    const word = product.title.split(" ")[0].normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d")
    const floor = page.getByRole("region", { name: "Sơ đồ gian hàng" })
    await floor.getByRole("searchbox", { name: "Tìm trong hội chợ" }).fill(word)
    await floor.getByRole("button", { name: "Tìm" }).click()
    await page.waitForURL((url) => url.searchParams.get("tim") === word)
    await expect.poll(() => floor.getByRole("status").innerText()).toMatch(/gian hàng khớp với/)
    await shot(page, "fair-search")
    const card = page.locator(`#gian-hang-${booth.number}`)
    expect(await card.innerText()).toContain(booth.producer.name)
    await card.getByRole("link", { name: "Xem gian hàng, hỏi mua" }).click()
    await page.waitForURL((url) => url.pathname === `/hoi-cho/${fair.handle}/gian-hang/${booth.number}`)

    // The booth's QR code carries its own address, marked as scanned: that is what a camera opens.
    const qr = page.getByRole("img", { name: `Mã QR mở trang gian hàng ${booth.number}` })
    await expect.poll(() => qr.locator("svg").count()).toBe(1)
    const scanned = await qr.getAttribute("data-qr-url")
    expect(scanned).toBe(`${stack.storefront_url}/hoi-cho/${fair.handle}/gian-hang/${booth.number}?nguon=qr`)
    await page.goto(scanned!, { waitUntil: "networkidle" })
    await shot(page, "fair-booth-qr")

    // The enquiry, checked before it is sent, then sent.
    const form = page.getByRole("region", { name: "Hỏi mua, báo giá sỉ" })
    await form.getByLabel("Họ tên").fill(buyer)
    await form.getByLabel("Số điện thoại").fill("0912 34")
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click()
    await expect.poll(() => form.getByRole("alert").innerText()).toContain("Chưa gửi được")
    expect(await form.locator('[data-field-error="phone"]').innerText()).toContain("Nhập số di động Việt Nam")
    await form.getByLabel("Số điện thoại").fill("0912 345 678")
    await form.getByLabel("Cửa hàng, công ty (nếu có)").fill("Cửa hàng Đặc sản Tây Nguyên, Đà Nẵng")
    await form.getByLabel("Số lượng dự kiến").fill("300 kg mỗi tháng")
    await form.getByLabel("Lời nhắn").fill("Xin báo giá sỉ và lịch giao hàng.")
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click()
    await expect.poll(() => form.getByRole("status").innerText(), { timeout: 15_000 }).toContain(`Đã gửi yêu cầu đến ${booth.producer.name}`)
    await shot(page, "fair-enquiry-sent")

    // While the fair runs, the product's page names the booth where it can be bought.
    await page.goto(`${stack.storefront_url}/san-pham/${product.handle}`, { waitUntil: "networkidle" })
    const whereToBuy = page.getByRole("region", { name: "Mua ở đâu" })
    expect(await whereToBuy.innerText()).toContain(`Gian hàng ${booth.number} tại ${fair.name}`)
    expect(problems).toEqual([])
    await context.close()

    // The producer sees it waiting in the seller portal and records the contract.
    const seller = await browser.newContext({ viewport: PHONE })
    const portal = await openPage(seller)
    const p = portal.page
    await p.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`)
    await p.getByLabel("E-mail").fill(stack.producer_email)
    await p.getByLabel("Mật khẩu").fill(stack.producer_password)
    await p.getByRole("button", { name: "Đăng nhập" }).click()
    await p.waitForURL((url) => url.pathname === "/kenh-nguoi-ban")
    await p.getByRole("link", { name: "Khách hỏi mua" }).first().click()
    await p.waitForURL((url) => url.pathname === "/kenh-nguoi-ban/khach-hoi-mua")
    const lead = p.getByRole("article").filter({ hasText: buyer })
    expect(await lead.innerText()).toMatch(/Gửi hôm nay, đang chờ bạn liên hệ|Đã chờ/)
    expect(await lead.innerText()).toContain("Quét mã QR gian hàng")
    await shot(p, "portal-leads")
    await lead.getByRole("link", { name: "Xem và cập nhật" }).click()
    await p.waitForURL(/\/kenh-nguoi-ban\/khach-hoi-mua\/tlead_/)
    await p.getByLabel("Trạng thái").selectOption({ label: "Đã ký hợp đồng" })
    await p.getByLabel("Giá trị hợp đồng (đồng)").fill("150.000.000")
    await p.getByLabel("Ghi chú (không bắt buộc)").fill("Ký hợp đồng giao hàng 12 tháng.")
    await p.getByRole("button", { name: "Lưu" }).click()
    await expect.poll(() => p.getByRole("status").first().innerText()).toContain("Đã ghi lại kết quả.")
    const page2 = await p.locator("main").innerText()
    expect(page2).toContain("Giá trị hợp đồng: 150.000.000\u00a0₫")
    expect(page2).toContain("Hợp đồng đã ký: khách hỏi mua này đã hoàn tất.")
    await shot(p, "portal-lead-contract")
    expect(portal.problems).toEqual([])

    // The organiser's figures see it.
    const id = p.url().split("/").pop()!
    const { trade_lead } = await asAdmin(`/admin/ocop/trade-leads/${id}`)
    expect(trade_lead).toMatchObject({ status: "contract_signed", contract_value: 150_000_000, source: "booth_qr", booth: { number: booth.number } })
    expect(trade_lead.events.map((e: any) => e.status)).toEqual(["new", "contract_signed"])
    const admin = await asAdmin(`/admin/ocop/fairs?when=current&limit=100`)
    const figures = (await asAdmin(`/admin/ocop/fairs/${admin.fairs.find((f: any) => f.handle === fair.handle).id}`)).fair.figures
    expect(figures.contracts.count).toBeGreaterThanOrEqual(1)
    await seller.close()
  })

  it("shows the fairs, a fair and a booth in English under /en, with the same slugs", async () => {
    const { fair, booth } = await todaysBooth()
    const context = await browser.newContext({ viewport: PHONE })
    const { page, problems } = await openPage(context)
    await page.goto(`${stack.storefront_url}/en/hoi-cho`, { waitUntil: "networkidle" })
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("OCOP fairs")
    expect(await page.getByRole("region", { name: "On now" }).innerText()).toContain("See the fair")
    await page.goto(`${stack.storefront_url}/en/hoi-cho/${fair.handle}`, { waitUntil: "networkidle" })
    expect(await page.getByRole("heading", { name: "Floor plan" }).count()).toBe(1)
    await page.goto(`${stack.storefront_url}/en/hoi-cho/${fair.handle}/gian-hang/${booth.number}?nguon=qr`, { waitUntil: "networkidle" })
    expect(await page.locator("h1").innerText()).toContain(`Booth ${booth.number}`)
    expect(await page.getByRole("region", { name: "Enquire, ask for a wholesale price" }).getByRole("button", { name: "Send the enquiry" }).count()).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })

  it("takes an enquiry without JavaScript: the form posts to the enquiry page, which says it was sent", async () => {
    const { fair, booth } = await todaysBooth()
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${stack.storefront_url}/hoi-cho/${fair.handle}/gian-hang/${booth.number}?nguon=qr`)
    const form = page.getByRole("region", { name: "Hỏi mua, báo giá sỉ" })
    await form.getByLabel("Họ tên").fill(`${buyer} (không JS)`)
    await form.getByLabel("E-mail").fill("khong-js@example.vn")
    await form.getByRole("button", { name: "Gửi yêu cầu" }).click()
    await page.waitForURL((url) => url.pathname === "/hoi-mua" && url.searchParams.get("da-gui") === "1")
    expect(await page.getByRole("status").innerText()).toContain(`Đã gửi yêu cầu đến ${booth.producer.name}`)
    await context.close()
  })
})

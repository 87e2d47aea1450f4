/**
 * The lookup and the stamps in Debian's chromium on a 390 px phone, against the stack `npm test` started (issue
 * 20): a shopper looks up a valid, an expiring, an expired, a revoked and an unknown certificate number and sees
 * five different answers, in words and colour; a revoked product's old page answers 410 with a link to its
 * certificate; a stamp scanned once says so, and the same stamp scanned from another place (another network, a
 * shared location 1 000 km away), then again and again, warns that it may be copied. In Vietnamese and English.
 * Screenshots go to docs/screenshots/ (verify-*.png), where the README shows them.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { readStack, storeGet } from "../support/stack"

const stack = readStack()
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../docs/screenshots")
const PHONE = { width: 390, height: 844 }
const BUON_MA_THUOT = { latitude: 12.6675, longitude: 108.0378 }
const HA_NOI = { latitude: 21.0285, longitude: 105.8542 }
/** A phone's browser: headless chromium's own user agent says "HeadlessChrome", which the stamp page takes for a crawler. */
const PHONE_BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"

let browser: Browser
const contexts: BrowserContext[] = []
/** One certificate number of each state the seed holds, found through the lookup's own search. */
const numbers: Record<"valid" | "expiring" | "expired" | "revoked", string> = { valid: "", expiring: "", expired: "", revoked: "" }
let revokedHandle = ""

beforeAll(async () => {
  fs.mkdirSync(screenshots, { recursive: true })
  browser = await launchChromium()
  const { status, body } = await storeGet(stack, "/store/ocop/certifications?q=OCOP&limit=100")
  expect(status).toBe(200)
  for (const certification of body.certifications) {
    const key = certification.status as keyof typeof numbers
    if (key in numbers && !numbers[key]) numbers[key] = certification.certificate_no
    if (certification.status === "revoked") revokedHandle = certification.product.handle
  }
  expect(numbers, "the seed holds a certificate of each state").toEqual({
    valid: expect.any(String),
    expiring: expect.any(String),
    expired: expect.any(String),
    revoked: expect.any(String),
  })
})

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => {})
  await browser?.close()
})

/** A phone on its own network (the storefront's proxy would write its address) and, when given, at a place. */
async function phone(address: string, place?: { latitude: number; longitude: number }) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    userAgent: PHONE_BROWSER,
    extraHTTPHeaders: { "x-forwarded-for": address },
    ...(place ? { geolocation: place, permissions: ["geolocation"] } : {}),
  })
  contexts.push(context)
  return openPage(context)
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true })
}

describe("looking a certificate up on a phone", () => {
  it("shows five different answers for a valid, an expiring, an expired, a revoked and an unknown number", async () => {
    const { page, problems } = await phone("203.0.113.20")
    const seen: Record<string, { status: string | null; heading: string; colour: string }> = {}
    for (const [state, number] of [...Object.entries(numbers), ["unknown", "OCOP-66-2019-999"]] as [string, string][]) {
      // Typed into the lookup as a shopper would, in lower case with spaces.
      await page.goto(`${stack.storefront_url}/tra-cuu`)
      await page.locator("#lookup-q").fill(number.toLowerCase().replace(/-/g, " "))
      await page.getByRole("button", { name: "Tra cứu" }).click()
      await page.waitForLoadState("networkidle")
      const box = page.locator("[data-status]").first()
      seen[state] = {
        status: await box.getAttribute("data-status"),
        heading: (await page.locator("#verdict").innerText()).trim(),
        colour: await box.evaluate((element) => getComputedStyle(element).backgroundColor),
      }
      await shoot(page, `verify-${state}`)
    }
    expect(seen.valid).toMatchObject({ status: "valid", heading: expect.stringContaining("Còn hiệu lực") })
    expect(seen.expiring).toMatchObject({ status: "expiring", heading: expect.stringContaining("Sắp hết hạn") })
    expect(seen.expired).toMatchObject({ status: "expired", heading: expect.stringContaining("Đã hết hạn") })
    expect(seen.revoked).toMatchObject({ status: "revoked", heading: expect.stringContaining("Đã bị thu hồi") })
    expect(seen.unknown).toMatchObject({ status: "unknown", heading: expect.stringContaining("Không tìm thấy") })
    expect(new Set(Object.values(seen).map((s) => s.heading)).size).toBe(5)
    expect(new Set(Object.values(seen).map((s) => s.colour)).size, JSON.stringify(seen)).toBe(5)
    // The unknown number is answered with the closest ones.
    await page.goto(`${stack.storefront_url}/tra-cuu/${numbers.valid.slice(0, -1)}9`)
    expect(await page.getByText("Có phải bạn muốn tìm:").count()).toBe(1)
    expect(problems).toEqual([])
  })

  it("says the same in English, under /en with the same slugs", async () => {
    const { page, problems } = await phone("203.0.113.21")
    const response = await page.goto(`${stack.storefront_url}/en/tra-cuu/${encodeURIComponent(numbers.expiring)}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator("#verdict").innerText()).toContain("Expiring soon")
    expect(await page.getByText(/expires in \d+ days/).count()).toBe(1)
    await shoot(page, "verify-expiring-en")
    const unknown = await page.goto(`${stack.storefront_url}/en/tra-cuu/OCOP-66-2019-999`)
    expect(unknown?.status()).toBe(404)
    expect(await page.locator("#verdict").innerText()).toContain("Not found")
    expect(problems).toEqual([])
  })

  it("answers a revoked product's old page with a 410 that says why and links to the certificate", async () => {
    const { page, problems } = await phone("203.0.113.22")
    const response = await page.goto(`${stack.storefront_url}/san-pham/${revokedHandle}`)
    expect(response?.status()).toBe(410)
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain("không còn được bày bán")
    expect(await page.getByText("đã bị thu hồi").count()).toBeGreaterThan(0)
    await shoot(page, "verify-product-gone")
    await page.getByRole("link", { name: "Xem chi tiết giấy chứng nhận" }).click()
    await page.locator("[data-status=revoked]").waitFor()
    const never = await page.goto(`${stack.storefront_url}/san-pham/khong-co-san-pham-nay`)
    expect(never?.status()).toBe(404)
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([])
  })
})

describe("scanning a stamp", () => {
  let code = ""

  beforeAll(async () => {
    const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
    })
    const { token } = (await login.json()) as { token: string }
    const db = new pg.Client({ connectionString: stack.database_url })
    await db.connect()
    const { rows } = await db.query("select certification_id from ocop_register_entry where certificate_no = $1", [numbers.valid])
    const issued = await fetch(`${stack.backend_url}/admin/ocop/certifications/${rows[0].certification_id}/stamp-batches`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ quantity: 2, note: "e2e" }),
    })
    expect(issued.status).toBe(201)
    const { stamp_batch } = (await issued.json()) as any
    const codes = await db.query("select code from ocop_stamp_code where batch_id = $1 order by serial", [stamp_batch.id])
    await db.end()
    const raw = codes.rows[0].code as string
    code = raw.match(/.{4}/g)!.join("-")
  })

  it("says when it was first checked and how often, then warns once the same code is scanned far away and again and again", async () => {
    const buyer = await phone("203.0.113.30", BUON_MA_THUOT)
    await buyer.page.goto(`${stack.storefront_url}/tra-cuu/tem/${code}`)
    expect(await buyer.page.getByTestId("stamp-checks").innerText()).toMatch(/Kiểm tra lần đầu ngày \d\d\/\d\d\/\d{4}, đã được kiểm tra 1 lần/)
    expect(await buyer.page.locator("[data-warning]").count()).toBe(0)
    await buyer.page.getByRole("button", { name: "Thêm vị trí của tôi" }).click()
    await buyer.page.getByText("Đã ghi nhận vị trí, cảm ơn bạn.").waitFor()
    expect(await buyer.page.locator("[data-warning]").count()).toBe(0)
    await shoot(buyer.page, "verify-stamp-first")

    // The same code on another package, 1 000 km away: first with a location shared, then from more networks.
    const copy = await phone("198.51.100.30", HA_NOI)
    await copy.page.goto(`${stack.storefront_url}/tra-cuu/tem/${code}`)
    expect(await copy.page.getByTestId("stamp-checks").innerText()).toContain("đã được kiểm tra 2 lần")
    await copy.page.getByRole("button", { name: "Thêm vị trí của tôi" }).click()
    await copy.page.locator("[data-warning=far_apart]").waitFor()
    for (const [i, address] of ["192.0.2.30", "100.64.1.30", "100.64.2.30", "100.64.3.30"].entries()) {
      const again = await phone(address)
      await again.page.goto(`${stack.storefront_url}/tra-cuu/tem/${code.toLowerCase()}`)
      expect(await again.page.getByTestId("stamp-checks").innerText()).toContain(`đã được kiểm tra ${i + 3} lần`)
      expect(await again.page.getByRole("alert").innerText()).toContain("Tem có thể đã bị sao chép")
      expect(again.problems).toEqual([])
    }
    await copy.page.reload()
    expect(await copy.page.getByTestId("stamp-checks").innerText()).toContain("đã được kiểm tra 6 lần")
    await shoot(copy.page, "verify-stamp-warning")
    const english = await phone("100.64.4.30")
    await english.page.goto(`${stack.storefront_url}/en/tra-cuu/tem/${code}`)
    expect(await english.page.getByRole("alert").innerText()).toContain("This stamp may be copied")
    expect(await english.page.getByTestId("stamp-checks").innerText()).toContain("checked 7 times")
    await shoot(english.page, "verify-stamp-warning-en")
    expect([...buyer.problems, ...copy.problems, ...english.problems]).toEqual([])
  })

  it("calls a code that was never issued a fake, and a malformed one not a code", async () => {
    const { page } = await phone("203.0.113.31")
    const fake = await page.goto(`${stack.storefront_url}/tra-cuu/tem/ZZZZ-ZZZZ-ZZZZ-ZZZZ`)
    expect(fake?.status()).toBe(404)
    expect(await page.locator("#verdict").innerText()).toContain("Không có tem này")
    const malformed = await page.goto(`${stack.storefront_url}/tra-cuu/tem/${encodeURIComponent("' OR 1=1 --")}`)
    expect(malformed?.status()).toBe(400)
  })
})

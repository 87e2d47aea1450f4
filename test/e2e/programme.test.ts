/**
 * The programme office in the admin, in Debian's chromium at 1280 px, on the seeded stack: the officer opens the
 * dashboard, picks 2021 and reads plan 76/KH-UBND's targets beside the actuals, prints it (a PDF, turned into a
 * picture by pdftoppm), opens the certificates expiring within 90 days, and imports a decision and confirms it.
 * Screenshots go to test/artifacts/ (those in docs/screenshots were taken from here).
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "../support/browser"
import { readStack } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, "../artifacts")
let browser: Browser
let page: Page
const pageErrors: string[] = []

beforeAll(async () => {
  fs.mkdirSync(artifacts, { recursive: true })
  browser = await launchChromium()
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

const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })

describe("the programme office", () => {
  it("opens the dashboard, picks 2021 and sees plan 76/KH-UBND's targets beside the actuals", async () => {
    await page.goto(`${stack.backend_url}/app/ocop/programme`)
    await page.getByRole("heading", { name: "Chương trình OCOP: mục tiêu và thực hiện" }).waitFor({ timeout: 60_000 })
    await page.getByTestId("programme-charts").waitFor({ timeout: 60_000 })
    await page.getByText(/Số liệu tính đến hôm nay/).waitFor()
    await shot("programme-dashboard-1280")
    // The admin scrolls inside its own frame: the charts are pictured as an element.
    const charts = page.getByTestId("programme-charts")
    await charts.scrollIntoViewIfNeeded()
    await page.locator(".recharts-bar-rectangle").first().waitFor({ timeout: 30_000 })
    await charts.screenshot({ path: path.join(artifacts, "programme-charts-1280.png") })

    await page.getByRole("combobox").first().click()
    await page.getByRole("option", { name: "Cuối năm 2021" }).click()
    await page.getByText("Số liệu tính đến 31/12/2021, từ lịch sử chứng nhận").waitFor({ timeout: 30_000 })
    const plan = page.getByTestId("programme-plan").filter({ has: page.getByRole("heading", { name: "Kế hoạch 76/KH-UBND (2021)" }) })
    await plan.waitFor()
    const row = plan.locator('tr[data-metric="products_3_star_provincial"]')
    expect(await row.textContent()).toMatch(/ít nhất 23 sản phẩm đạt 3 sao.*≥ 23.*0.*Không đạt/)
    expect(await plan.locator('tr[data-metric="producers_in_trade_promotion_percent"]').textContent()).toMatch(/Chưa có dữ liệu/)
    await plan.scrollIntoViewIfNeeded()
    await shot("programme-2021-1280")
    expect(pageErrors).toEqual([])
  })

  it("prints the dashboard on A4 without the admin's frame", async () => {
    const pdf = path.join(artifacts, "programme-print.pdf")
    await page.emulateMedia({ media: "print" })
    await page.pdf({ path: pdf, format: "A4", landscape: true, printBackground: true })
    await page.emulateMedia({ media: "screen" })
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, path.join(artifacts, "programme-print")])
    const picture = fs.readdirSync(artifacts).find((f) => /^programme-print-0*1\.png$/.test(f))
    expect(picture).toBeTruthy()
    // The pages flow out of the admin's scrolling frame: the three plans and the charts take several pages.
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1])).toBeGreaterThan(1)
    const text = execFileSync("pdftotext", [pdf, "-"]).toString()
    expect(text).toContain("Kế hoạch 76/KH-UBND (2021)")
    // The admin's sidebar (Medusa's "Orders", in English or Vietnamese) is not printed.
    expect(text).not.toMatch(/\bOrders\b|Đơn hàng/)
  })

  it("opens the certificates expiring within 90 days, sorted by expiry", async () => {
    await page.goto(`${stack.backend_url}/app/ocop/certifications`)
    await page.getByRole("heading", { name: "Sổ chứng nhận OCOP" }).waitFor({ timeout: 60_000 })
    expect(await page.getByLabel("Số ngày tới khi hết hạn").inputValue()).toBe("90")
    // The seed keeps one certificate 16 days from expiry, whatever day it runs.
    const row = page.getByRole("row").filter({ hasText: "Rượu cần Ê Đê H'Nhoi" })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.textContent()).toMatch(/còn 1[56] ngày/)
    await shot("certifications-expiring-1280")
    expect(pageErrors).toEqual([])
  })

  it("imports a decision, sees its preview and confirms it", async () => {
    const tag = Math.random().toString(36).slice(2, 7).toUpperCase()
    const columns = "ma_chung_nhan,so_quyet_dinh,co_quan_quyet_dinh,ngay_quyet_dinh,ngay_het_han,ten_san_pham,san_pham_handle,nhom,phan_nhom,bo_tieu_chi,diem,sao,cap,chu_the,loai_chu_the,nguoi_dai_dien,dien_thoai,email,ma_tinh,ma_xa,dia_chi,trang_thai"
    const csv = [
      columns,
      `OCOP-66-2026-${tag}1,2045/QĐ-UBND,,15/11/2026,,Cà phê thử ${tag},,food,coffee_cacao,1489/2025,64,3,province,HTX Nông nghiệp Cà phê Công bằng Ea Kiết,,,,,,,,valid`,
      `OCOP-66-2026-${tag}2,2045/QĐ-UBND,,15/11/2026,,Mật ong thử ${tag},,food,raw_preprocessed,1489/2025,65,4,province,HTX Nông nghiệp Cà phê Công bằng Ea Kiết,,,,,,,,valid`,
      `OCOP-66-2026-${tag}3,2045/QĐ-UBND,,15/11/2026,,Tiêu thử ${tag},,food,spices,1489/2025,58,3,province,HTX Không Có Thật,,,,,,,,valid`,
    ].join("\n")
    await page.goto(`${stack.backend_url}/app/ocop/certifications/import`)
    await page.getByRole("heading", { name: "Nhập quyết định công nhận" }).waitFor({ timeout: 60_000 })
    await page.getByLabel("Tệp quyết định").setInputFiles({ name: "quyet-dinh-2045.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") })
    await page.getByRole("button", { name: "Xem trước" }).click()
    const preview = page.getByTestId("import-preview")
    await preview.waitFor({ timeout: 30_000 })
    expect(await preview.textContent()).toMatch(/Mới 1 · gia hạn 0 · thay đổi 0 · không đổi 0 · lỗi 2/)
    expect(await preview.locator('tr[data-kind="error"]').count()).toBe(2)
    expect(await preview.textContent()).toContain("Điểm 65 tương ứng 3 sao, không phải 4 sao")
    expect(await preview.textContent()).toContain('Không có chủ thể "HTX Không Có Thật"')
    await shot("register-import-preview-1280")

    await page.getByRole("button", { name: "Xác nhận ghi 1 dòng vào sổ" }).click()
    await page.getByRole("status").filter({ hasText: "Đã ghi vào sổ: 1 dòng" }).waitFor({ timeout: 30_000 })
    await shot("register-import-confirmed-1280")

    const token = ((await (await fetch(`${stack.backend_url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
    })).json()) as { token: string }).token
    const found = (await (await fetch(`${stack.backend_url}/admin/ocop/certifications?q=OCOP-66-2026-${tag}`, { headers: { authorization: `Bearer ${token}` } })).json()) as any
    expect(found.certifications.map((c: any) => [c.certificate_no, c.product.title])).toEqual([[`OCOP-66-2026-${tag}1`, `Cà phê thử ${tag}`]])
    expect(pageErrors).toEqual([])
  })
})

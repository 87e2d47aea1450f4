/**
 * No storefront page carries a NUL byte. React 18 pads some of its stream's chunks with `\0` when a Vietnamese
 * character does not fit its buffer (facebook/react#26228); crawlers and link previews cut a page there. Every
 * route file in storefront/app/routes is walked here with real handles from the seeded stack (every product,
 * producer and sales point), in both languages, as a person's browser and as a crawler (which gets the whole
 * document at once), logged in, with a cart, through each checkout step and on the order it placed; the raw
 * bytes of each answer must hold no 0x00. A route file this test does not know fails it: add its URLs below.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import type { Browser, BrowserContext, Page } from "playwright-core"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium, openPage } from "../support/browser"
import { atStep, toPaymentStep } from "../support/checkout"
import { productWithOneVariantInStock, readStack, storeGet, storeRequest } from "../support/stack"

const stack = readStack()
const here = path.dirname(fileURLToPath(import.meta.url))
const routesDir = path.join(here, "../../storefront/app/routes")
const run = Date.now().toString(36)
const PERSON = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
const CRAWLER = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
const LANGUAGES = ["", "/en"]

let browser: Browser
let context: BrowserContext
let page: Page
let problems: string[]
let handles: { products: string[]; producers: string[]; salesPoints: string[]; provinces: string[] }
/** A certificate number of each state, the handles of products whose certificate lapsed, and one stamp. */
let register: { numbers: string[]; lapsed: string[]; stamp: string } = { numbers: [], lapsed: [], stamp: "" }
/** Every seeded fair with the numbers of its booths (past, current and upcoming). */
let fairs: { handle: string; booths: string[] }[] = []
let portalLeadId = ""
let portalProductId = ""
let addressId: string
let orderId: string

const store = (method: string, pathname: string, options?: { body?: unknown; token?: string }) => storeRequest(stack, method, pathname, options)

async function allHandles(pathname: string, key: string): Promise<string[]> {
  const { status, body } = await storeGet(stack, pathname)
  expect(status, pathname).toBe(200)
  const found = (body[key] as { handle: string }[]).map((entity) => entity.handle)
  expect(found.length, `${pathname} answers seeded ${key}`).toBeGreaterThan(0)
  return found
}

/** Each URL's raw bytes as a person and as a crawler, with the context's cookies (login, cart): the URLs holding a NUL. */
async function withNulBytes(urls: string[]): Promise<string[]> {
  const found: string[] = []
  for (const url of urls) {
    for (const userAgent of [PERSON, CRAWLER]) {
      const response = await context.request.get(`${stack.storefront_url}${url}`, { headers: { "user-agent": userAgent }, maxRedirects: 0 })
      expect(response.status(), `${url} answers without a server error`).toBeLessThan(500)
      const body = await response.body()
      const at = body.indexOf(0)
      if (at !== -1) found.push(`${url} (${userAgent === CRAWLER ? "crawler" : "person"}): NUL at byte ${at} of ${body.length}`)
    }
  }
  return found
}

const everyLanguage = (paths: string[]) => LANGUAGES.flatMap((prefix) => paths.map((pathname) => `${prefix}${pathname}`))

/** Every route file, and the URLs that reach it (in Vietnamese; `/en` is added for the language-prefixed ones). */
function urlsByRouteFile(): Record<string, string[]> {
  const { products, producers, salesPoints, provinces } = handles
  const steps = ["lien-he", "dia-chi", "giao-hang", "thanh-toan", "xac-nhan"]
  return {
    "($lang).tsx": ["/"],
    "($lang)._index.tsx": ["/"],
    "($lang).$.tsx": ["/khong-co-trang-nay"],
    "($lang).san-pham._index.tsx": ["/san-pham", "/san-pham?sao=4", "/san-pham?page=2", "/san-pham?sort=price"],
    "($lang).san-pham.$handle.tsx": [...products, ...register.lapsed].map((handle) => `/san-pham/${handle}`),
    "($lang).chu-the._index.tsx": ["/chu-the", "/chu-the?province=66", "/chu-the?province=01", "/chu-the?page=2"],
    "($lang).chu-the.$handle.tsx": producers.map((handle) => `/chu-the/${handle}`),
    "($lang).diem-ban._index.tsx": ["/diem-ban", "/diem-ban?province=66", "/diem-ban?province=79", "/diem-ban?page=2"],
    "($lang).diem-ban.$handle.tsx": salesPoints.map((handle) => `/diem-ban/${handle}`),
    // Every province's page (all 34, with products or not) and the list of them; a code no province has is a 404.
    "($lang).tinh._index.tsx": ["/tinh"],
    "($lang).tinh.$code.tsx": [...provinces.map((code) => `/tinh/${code}`), "/tinh/66?page=2", "/tinh/99", "/tinh/abc"],
    "($lang).tim-kiem.tsx": [`/tim-kiem?q=${encodeURIComponent("cà phê")}`, "/tim-kiem?q=mat%20ong", "/tim-kiem?q=zzzzqqq"],
    "($lang).tim-kiem.goi-y.ts": [`/tim-kiem/goi-y?q=${encodeURIComponent("cà phê")}`],
    "($lang).gio-hang.tsx": ["/gio-hang"],
    "($lang).thanh-toan.tsx": steps.map((step) => `/thanh-toan?buoc=${step}`),
    "($lang).tai-khoan._index.tsx": ["/tai-khoan"],
    "($lang).tai-khoan.dang-ky.tsx": ["/tai-khoan/dang-ky"],
    "($lang).tai-khoan.dang-nhap.tsx": ["/tai-khoan/dang-nhap"],
    "($lang).tai-khoan.dang-xuat.tsx": ["/tai-khoan/dang-xuat"],
    "($lang).tai-khoan.quen-mat-khau.tsx": ["/tai-khoan/quen-mat-khau"],
    "($lang).tai-khoan.dat-lai-mat-khau.tsx": ["/tai-khoan/dat-lai-mat-khau", `/tai-khoan/dat-lai-mat-khau?token=abc&email=nul.${run}%40example.vn`],
    "($lang).tai-khoan.mat-khau.tsx": ["/tai-khoan/mat-khau"],
    "($lang).tai-khoan.xac-minh.tsx": ["/tai-khoan/xac-minh", "/tai-khoan/xac-minh?t=cus_01NUL.1.x"],
    "($lang).tai-khoan.dia-chi._index.tsx": ["/tai-khoan/dia-chi"],
    "($lang).tai-khoan.dia-chi.moi.tsx": ["/tai-khoan/dia-chi/moi"],
    "($lang).tai-khoan.dia-chi.$id.tsx": [`/tai-khoan/dia-chi/${addressId}`],
    "($lang).tai-khoan.don-hang._index.tsx": ["/tai-khoan/don-hang"],
    "($lang).tai-khoan.don-hang.nhan.tsx": ["/tai-khoan/don-hang/nhan", "/tai-khoan/don-hang/nhan?token=abc"],
    // After the order is placed (see below): its page, and the same in the account.
    "($lang).don-hang.$id.tsx": [],
    "($lang).tai-khoan.don-hang.$id.tsx": [],
    // The seller portal, signed in as the seeded cooperative's owner (below).
    "($lang).kenh-nguoi-ban._index.tsx": ["/kenh-nguoi-ban"],
    "($lang).kenh-nguoi-ban.dang-nhap.tsx": ["/kenh-nguoi-ban/dang-nhap"],
    "($lang).kenh-nguoi-ban.dang-xuat.tsx": ["/kenh-nguoi-ban/dang-xuat"],
    "($lang).kenh-nguoi-ban.loi-moi.tsx": ["/kenh-nguoi-ban/loi-moi", "/kenh-nguoi-ban/loi-moi?token=pinv_01NUL.1.x"],
    "($lang).kenh-nguoi-ban.san-pham._index.tsx": ["/kenh-nguoi-ban/san-pham"],
    "($lang).kenh-nguoi-ban.san-pham.$id.tsx": [`/kenh-nguoi-ban/san-pham/${portalProductId}`],
    "($lang).kenh-nguoi-ban.san-pham.moi.tsx": ["/kenh-nguoi-ban/san-pham/moi"],
    "($lang).kenh-nguoi-ban.ho-so.tsx": ["/kenh-nguoi-ban/ho-so"],
    "($lang).kenh-nguoi-ban.doi-ngu.tsx": ["/kenh-nguoi-ban/doi-ngu"],
    "($lang).kenh-nguoi-ban.tem._index.tsx": ["/kenh-nguoi-ban/tem"],
    // A PDF, whose bytes hold NULs by design: not a page.
    "($lang).kenh-nguoi-ban.tem.$batch.ts": [],
    // The lookup: a certificate of each state, unknown and malformed numbers, a stamp, a fake one.
    "($lang).tra-cuu._index.tsx": ["/tra-cuu", `/tra-cuu?q=${encodeURIComponent("cà phê")}`, "/tra-cuu?q=zzzzqqq", "/tra-cuu?q=1378%2FQ%C4%90-UBND"],
    "($lang).tra-cuu.$number.tsx": [...register.numbers.map((n) => `/tra-cuu/${encodeURIComponent(n)}`), "/tra-cuu/OCOP-66-2019-999", "/tra-cuu/%3Cscript%3E"],
    "($lang).tra-cuu.tem.$code.tsx": [`/tra-cuu/tem/${register.stamp}`, "/tra-cuu/tem/ZZZZ-ZZZZ-ZZZZ-ZZZZ", "/tra-cuu/tem/bad"],
    "($lang).kenh-nguoi-ban.khach-hoi-mua._index.tsx": ["/kenh-nguoi-ban/khach-hoi-mua", "/kenh-nguoi-ban/khach-hoi-mua?trang-thai=new"],
    "($lang).kenh-nguoi-ban.khach-hoi-mua.$id.tsx": [`/kenh-nguoi-ban/khach-hoi-mua/${portalLeadId}`],
    // The fairs: every seeded fair, each of its booths (from its QR code too), a search within one, the enquiry page.
    "($lang).hoi-cho._index.tsx": ["/hoi-cho"],
    "($lang).hoi-cho.$handle._index.tsx": fairs.flatMap((fair) => [`/hoi-cho/${fair.handle}`, `/hoi-cho/${fair.handle}?tim=${encodeURIComponent("cà phê")}`]),
    "($lang).hoi-cho.$handle.gian-hang.$booth.tsx": fairs.flatMap((fair) => fair.booths.flatMap((n) => [`/hoi-cho/${fair.handle}/gian-hang/${n}`, `/hoi-cho/${fair.handle}/gian-hang/${n}?nguon=qr`])),
    "($lang).hoi-mua.tsx": [
      "/hoi-mua",
      `/hoi-mua?san-pham=${products[0]}&nguon=product_page`,
      ...fairs.slice(0, 1).flatMap((fair) => [`/hoi-mua?hoi-cho=${fair.handle}&nguon=fair_page`, `/hoi-mua?hoi-cho=${fair.handle}&gian-hang=${fair.booths[0]}&nguon=booth_qr&da-gui=1`]),
    ],
    // A fair's catalogue is a PDF, whose bytes hold NULs by design: not a page.
    "($lang).hoi-cho.$handle.catalogue[.]pdf.ts": [],
    // The portal's orders and reviews; an order's page is walked below, once the walk has placed one.
    "($lang).kenh-nguoi-ban.don-hang._index.tsx": ["/kenh-nguoi-ban/don-hang", "/kenh-nguoi-ban/don-hang?tinh-trang=placed"],
    "($lang).kenh-nguoi-ban.don-hang.$id.tsx": [],
    "($lang).kenh-nguoi-ban.danh-gia.tsx": ["/kenh-nguoi-ban/danh-gia"],
    "($lang).kenh-nguoi-ban.sao-ke._index.tsx": ["/kenh-nguoi-ban/sao-ke", "/kenh-nguoi-ban/sao-ke?thang=2026-12&page=2"],
    "($lang).kenh-nguoi-ban.sao-ke.tai-ve.ts": ["/kenh-nguoi-ban/sao-ke/tai-ve?thang=2026-12"],
    // A customer's own pages: the review form of a product (she has bought none: it says so) and her favourites.
    "($lang).san-pham.$handle_.danh-gia.tsx": [`/san-pham/${products[0]}/danh-gia`],
    "($lang).tai-khoan.yeu-thich.tsx": ["/tai-khoan/yeu-thich"],
    "api.phuong-xa.$province.ts": ["/api/phuong-xa/66", "/api/phuong-xa/79"],
    "api.san-pham.ts": [`/api/san-pham?handle=${products.slice(0, 3).join(",")}&lang=vi`, `/api/san-pham?handle=${products.slice(0, 3).join(",")}&lang=en`],
    "api.yeu-thich.ts": [`/api/yeu-thich?handle=${products[0]}`],
    "robots[.]txt.ts": ["/robots.txt"],
    "sitemap[.]xml.ts": ["/sitemap.xml"],
  }
}

beforeAll(async () => {
  handles = {
    products: await allHandles("/store/ocop/products?limit=100", "products"),
    producers: await allHandles("/store/ocop/producers?limit=100", "producers"),
    salesPoints: await allHandles("/store/ocop/sales-points?limit=100", "sales_points"),
    provinces: ((await storeGet(stack, "/store/ocop/provinces")).body.provinces as { code: string }[]).map((p) => p.code),
  }
  register = await registerAndStamp()
  const { body: listed } = await storeGet(stack, "/store/ocop/fairs?limit=100")
  for (const fair of listed.fairs as { handle: string }[]) {
    const { body } = await storeGet(stack, `/store/ocop/fairs/${fair.handle}`)
    fairs.push({ handle: fair.handle, booths: (body.fair.booths as { number: string }[]).map((booth) => booth.number) })
  }
  expect(fairs.length, "the seed's fairs").toBeGreaterThanOrEqual(3)

  // A customer with a saved address, logged in through the storefront's form.
  const email = `nul.${run}@example.vn`
  const password = `mat-khau-nul-${run}`
  const registration = await store("POST", "/auth/customer/emailpass/register", { body: { email, password } })
  await store("POST", "/store/customers", { body: { email, first_name: "Thị Hoa", last_name: "Nguyễn", phone: "+84905123456" }, token: registration.token })
  const { token } = await store("POST", "/auth/customer/emailpass", { body: { email, password } })
  const { customer } = await store("POST", "/store/customers/me/addresses?fields=addresses.id", {
    token,
    body: {
      first_name: "Thị Hoa",
      last_name: "Nguyễn",
      phone: "0905 123 456",
      address_1: "12 Lê Duẩn",
      city: "Phường Buôn Ma Thuột",
      province: "66",
      country_code: "vn",
      metadata: { ward_code: "24133" },
    },
  })
  addressId = customer.addresses[0].id

  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  ;({ page, problems } = await openPage(context))
  await page.goto(`${stack.storefront_url}/tai-khoan/dang-nhap`)
  await page.getByLabel("E-mail").fill(email)
  await page.getByLabel("Mật khẩu").fill(password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === "/tai-khoan", { timeout: 15_000 })

  // The same browser signed in to the seller portal too (its own cookie), with one of its products to open.
  await page.goto(`${stack.storefront_url}/kenh-nguoi-ban/dang-nhap`)
  await page.getByLabel("E-mail").fill(stack.producer_email)
  await page.getByLabel("Mật khẩu").fill(stack.producer_password)
  await page.getByRole("button", { name: "Đăng nhập" }).click()
  await page.waitForURL((url) => url.pathname === "/kenh-nguoi-ban", { timeout: 15_000 })
  const producerLogin = await store("POST", "/auth/producer/emailpass", { body: { email: stack.producer_email, password: stack.producer_password } })
  const { products: portalProducts } = await (
    await fetch(`${stack.backend_url}/producer/products?limit=1`, { headers: { authorization: `Bearer ${producerLogin.token}` } })
  ).json()
  portalProductId = portalProducts[0].id
  // A buyer's enquiry to that producer, so its page in the portal can be opened.
  const { body: card } = await storeGet(stack, `/store/ocop/products?producer=${stack.producer_handle}&limit=1`)
  const lead = await store("POST", "/store/ocop/trade-leads", {
    body: { buyer_name: "Trần Thị Ngọc Ánh", phone: "0912 555 777", product_handle: card.products[0].handle, note: "Cần báo giá sỉ cho cửa hàng đặc sản ở Đà Nẵng.", website: "" },
  })
  portalLeadId = lead.trade_lead.id

  // A cart with a product in it, taken through checkout to the review step, cash on delivery.
  const product = await productWithOneVariantInStock(stack)
  await toPaymentStep(page, stack.storefront_url, product.handle, { email, name: "Nguyễn Thị Hoa", phone: "0905 123 456" })
  await page.getByRole("radio", { name: /Thanh toán khi nhận hàng/ }).check()
  await page.getByRole("button", { name: "Tiếp tục" }).click()
  await atStep(page, "xac-nhan", "Xác nhận")
})

afterAll(async () => {
  await browser?.close()
})

/** The register's numbers through the lookup's search, and one stamp issued by the programme (its code from the database). */
async function registerAndStamp() {
  const { body } = await storeGet(stack, "/store/ocop/certifications?q=OCOP&limit=100")
  const certifications = body.certifications as { certificate_no: string; status: string; product: { handle: string } }[]
  const login = await store("POST", "/auth/user/emailpass", { body: { email: stack.admin_email, password: stack.admin_password } })
  const valid = certifications.find((c) => c.status === "valid")!
  const db = new pg.Client({ connectionString: stack.database_url })
  await db.connect()
  try {
    const { rows } = await db.query("select certification_id from ocop_register_entry where certificate_no = $1", [valid.certificate_no])
    const issued = await fetch(`${stack.backend_url}/admin/ocop/certifications/${rows[0].certification_id}/stamp-batches`, {
      method: "POST",
      headers: { authorization: `Bearer ${login.token}`, "content-type": "application/json" },
      body: JSON.stringify({ quantity: 1 }),
    })
    const { stamp_batch } = (await issued.json()) as { stamp_batch: { id: string } }
    const codes = await db.query("select code from ocop_stamp_code where batch_id = $1", [stamp_batch.id])
    return {
      // One certificate of each state: every answer is the same page drawn with other words.
      numbers: [...new Map(certifications.map((c) => [c.status, c.certificate_no])).values()],
      lapsed: [...new Set(certifications.filter((c) => c.status === "revoked" || c.status === "expired").map((c) => c.product.handle))],
      stamp: (codes.rows[0].code as string).match(/.{4}/g)!.join("-"),
    }
  } finally {
    await db.end()
  }
}

/** Some 250 pages four times each: half a minute alone, minutes on two cores shared with other builds (seen: over 120 s). */
const WALK_TIMEOUT_MS = 480_000

describe("every storefront page", () => {
  it("is walked by this test: each route file in storefront/app/routes has its URLs here", () => {
    const files = fs.readdirSync(routesDir).filter((file) => !/\.test\.tsx?$/.test(file))
    expect(Object.keys(urlsByRouteFile()).sort()).toEqual(files.sort())
  })

  it("carries no NUL byte, in both languages, for a person and a crawler, logged in with a cart", async () => {
    const urls = Object.entries(urlsByRouteFile()).flatMap(([file, paths]) => (file.startsWith("($lang)") ? everyLanguage(paths) : paths))
    expect(urls.length).toBeGreaterThan(200)
    expect(await withNulBytes(urls)).toEqual([])
  }, WALK_TIMEOUT_MS)

  it("carries no NUL byte on the order placed, nor on the same order in the account", async () => {
    await page.getByRole("button", { name: "Đặt hàng" }).click()
    await page.waitForURL(/\/don-hang\/order_/, { timeout: 30_000 })
    orderId = new URL(page.url()).pathname.split("/").pop()!
    // In the portal too: its page when the order is the seeded cooperative's, else the portal's 404 page.
    expect(
      await withNulBytes(everyLanguage([`/don-hang/${orderId}`, `/tai-khoan/don-hang/${orderId}`, "/tai-khoan/don-hang", "/tai-khoan", `/kenh-nguoi-ban/don-hang/${orderId}`]))
    ).toEqual([])
    expect(problems).toEqual([])
  })
})

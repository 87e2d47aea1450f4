/**
 * The bad input of the hardening issue (#16, findings 7 and 8), case by case, against the whole stack: Medusa's
 * own store routes, the plugin's and the storefront's. Each answer is a 4xx, never a 5xx or no answer; no
 * message carries SQL; a refused write leaves the database as it was. test/api/fuzz.test.ts looks for the
 * cases nobody listed.
 */
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readStack } from "../support/stack"

const stack = readStack()
const KEY = { "x-publishable-api-key": stack.publishable_key }
const SQL = /select |from "|where /i

let db: pg.Client
beforeAll(async () => {
  db = new pg.Client({ connectionString: stack.database_url })
  await db.connect()
})
afterAll(async () => {
  await db?.end()
})

async function call(path: string, init: { method?: string; body?: string | object; headers?: Record<string, string> } = {}) {
  const body = typeof init.body === "object" ? JSON.stringify(init.body) : init.body
  const response = await fetch(`${stack.backend_url}${path}`, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers: { ...KEY, ...(body === undefined ? {} : { "content-type": "application/json" }), ...init.headers },
    body,
    signal: AbortSignal.timeout(5_000),
  })
  return { status: response.status, text: await response.text() }
}

const rows = async (table: string) => Number((await db.query(`select count(*) from "${table}"`)).rows[0].count)

function deepBody(depth: number) {
  let value = "1"
  for (let i = 0; i < depth; i++) value = `{"a":${value}}`
  return `{"metadata":${value}}`
}

describe("bad input to Medusa's and the plugin's routes is refused with a 400, never a 500", () => {
  it.each([
    "/store/products?limit=-1",
    "/store/products?offset=-1",
    "/store/products?q=%00",
    "/store/products?limit=100000",
    "/store/products?limit=1.5",
    "/store/products?offset=99999999999999999999",
    "/store/carts/a%00b",
    "/store/orders/a%00b",
    "/store/products/a%00b",
    "/store/products/%ff",
    "/store/carts/%E0%A4%A",
    "/store/regions/%ff",
    "/store/collections/%E0%A4%A",
    "/store/product-categories/%ff",
    "/store/ocop/products/%ff",
    "/store/ocop/sales-points/%E0%A4%A",
    "/store/products?locale=vi&locale=en",
    "/store/ocop/groups?locale=vi&locale=en",
    "/store/products?locale[a]=b",
  ])("GET %s", async (path) => {
    const { status, text } = await call(path)
    expect(status, text).toBe(400)
    expect(text).not.toMatch(SQL)
  })

  it("caps Medusa's own product list at 100 a page, as the plugin's lists are", async () => {
    expect((await call("/store/products?limit=100")).status).toBe(200)
    expect((await call("/store/products?limit=101")).status).toBe(400)
  })

  it.each([
    ["a NUL in an address field", { shipping_address: { address_1: "12 Lê\u0000 Duẩn" } }],
    ["a NUL in a metadata key", { metadata: { "ghi\u0000chú": "x" } }],
    ["a NUL in the e-mail", { email: "lan\u0000@example.com" }],
  ])("POST /store/carts with %s, and no cart is written", async (_, body) => {
    const before = await rows("cart")
    const { status, text } = await call("/store/carts", { body: { region_id: stack.region_id, ...body } })
    expect(status, text).toBe(400)
    expect(await rows("cart")).toBe(before)
  })

  it("POST /store/carts with a body 5 000 levels deep, and no cart is written", async () => {
    const before = await rows("cart")
    const { status, text } = await call("/store/carts", { body: deepBody(5000) })
    expect(status, text).toBe(400)
    expect(await rows("cart")).toBe(before)
  })

  it("answers a login with a NUL in the e-mail without the SQL query it used to carry", async () => {
    for (const actor of ["customer", "user"]) {
      const { status, text } = await call(`/auth/${actor}/emailpass`, { body: { email: "a\u0000b@example.com", password: "x" } })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(text).not.toMatch(SQL)
    }
  })
})

describe("input that was accepted but stored wrong", () => {
  let cartId = ""
  let variantId = ""

  beforeAll(async () => {
    const products = JSON.parse((await call(`/store/products?limit=20&fields=id,variants.id`)).text).products
    variantId = products.find((p: any) => p.variants?.length)?.variants[0].id
    cartId = JSON.parse((await call("/store/carts", { body: { region_id: stack.region_id } })).text).cart.id
  })

  const lines = async () => (await db.query(`select quantity::text from cart_line_item where cart_id = $1 and deleted_at is null`, [cartId])).rows

  it.each([1.5, 0.4, 0, -2, "2"])("refuses a cart line of quantity %j instead of rounding it", async (quantity) => {
    const { status, text } = await call(`/store/carts/${cartId}/line-items`, { body: { variant_id: variantId, quantity } })
    expect(status, text).toBe(400)
    // Medusa's own validator refuses 0, negatives and strings first; fractions were its to round.
    if (typeof quantity === "number" && quantity > 0) expect(text).toMatch(/quantity must be a whole number/)
    expect(await lines()).toEqual([])
  })

  it("refuses a fractional quantity when a line is changed, and keeps the one it had", async () => {
    const added = await call(`/store/carts/${cartId}/line-items`, { body: { variant_id: variantId, quantity: 1 } })
    expect(added.status, added.text).toBe(200)
    const lineId = JSON.parse(added.text).cart.items[0].id
    const { status } = await call(`/store/carts/${cartId}/line-items/${lineId}`, { body: { quantity: 2.5 } })
    expect(status).toBe(400)
    expect(await lines()).toEqual([{ quantity: "1" }])
  })

  it("refuses a new cart whose items hold a fractional quantity", async () => {
    const before = await rows("cart")
    const { status } = await call("/store/carts", { body: { region_id: stack.region_id, items: [{ variant_id: variantId, quantity: 0.4 }] } })
    expect(status).toBe(400)
    expect(await rows("cart")).toBe(before)
  })

  describe("a customer's saved addresses", () => {
    let auth: Record<string, string> = {}
    const address = { first_name: "Lan", last_name: "H'Hen", address_1: "12 Lê Duẩn", city: "Phường Buôn Ma Thuột", phone: "0905 123 456", province: "66", country_code: "vn", metadata: { ward_code: "24133" } }

    beforeAll(async () => {
      const email = `bad-input-${Date.now()}@example.com`
      const registered = JSON.parse((await call("/auth/customer/emailpass/register", { body: { email, password: "Mat-khau-dai-12" } })).text)
      await call("/store/customers", { body: { email, first_name: "Lan", last_name: "H'Hen" }, headers: { authorization: `Bearer ${registered.token}` } })
      const login = JSON.parse((await call("/auth/customer/emailpass", { body: { email, password: "Mat-khau-dai-12" } })).text)
      auth = { authorization: `Bearer ${login.token}` }
    })

    const saved = async () => JSON.parse((await call("/store/customers/me/addresses", { headers: auth })).text).addresses

    it.each([
      ["phone 12345", { phone: "12345" }, /phone "12345" is not a number that reaches the shopper/],
      ["province 99", { province: "99" }, /province "99" is not one of the 34 provinces/],
      ["ward 99999", { metadata: { ward_code: "99999" } }, /ward_code "99999" is not a commune or ward of province 66/],
      ["a ward of another province", { metadata: { ward_code: "00070" } }, /ward_code "00070" is not a commune or ward of province 66/],
      ["a country other than Vietnam", { country_code: "us" }, /must be vn/],
    ])("refuses one with %s and saves nothing", async (_, change, message) => {
      const { status, text } = await call("/store/customers/me/addresses", { body: { ...address, ...change }, headers: auth })
      expect(status, text).toBe(400)
      expect(JSON.parse(text).message).toMatch(message)
      expect(await saved()).toEqual([])
    })

    it("saves a deliverable one, and refuses to change its ward to one outside its saved province", async () => {
      expect((await call("/store/customers/me/addresses", { body: address, headers: auth })).status).toBe(200)
      const [{ id }] = await saved()
      const { status } = await call(`/store/customers/me/addresses/${id}`, { body: { metadata: { ward_code: "00070" } }, headers: auth })
      expect(status).toBe(400)
      expect((await saved())[0].metadata).toEqual({ ward_code: "24133" })
      expect((await call(`/store/customers/me/addresses/${id}`, { body: { metadata: { ward_code: "24265" } }, headers: auth })).status).toBe(200)
    })
  })
})

describe("bad URLs and cross-site forms on the storefront get a 4xx page, never a 500", () => {
  const page = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${stack.storefront_url}${path}`, { redirect: "manual", ...init, signal: AbortSignal.timeout(10_000) })
    return { status: response.status, type: response.headers.get("content-type") ?? "", html: await response.text() }
  }

  it.each(["/san-pham?q=%00", "/tim-kiem?q=%00", "/san-pham/%00", "/diem-ban/%00", "/chu-the/%00", "/san-pham/%ff", "/en/tim-kiem?q=%E0%A4%A"])(
    "GET %s",
    async (path) => {
      const { status, type, html } = await page(path)
      expect(status).toBe(400)
      expect(type).toMatch(/text\/html/)
      expect(html).toMatch(path.startsWith("/en") ? /Invalid address/ : /Địa chỉ không hợp lệ/)
    }
  )

  it("refuses a form posted from another origin of the same site with a 403 page, not Remix's empty 500", async () => {
    const sameSite = stack.storefront_url.replace(/:(\d+)$/, (_, port) => `:${Number(port) + 1}`)
    const { status, html } = await page("/gio-hang", {
      method: "POST",
      headers: { origin: sameSite, "content-type": "application/x-www-form-urlencoded" },
      body: "intent=add&variant_id=x&quantity=1",
    })
    expect(status).toBe(403)
    expect(html).toMatch(/Yêu cầu bị từ chối/)
  })

  it("still takes a form posted from its own origin", async () => {
    const { status } = await page("/tai-khoan/dang-nhap", {
      method: "POST",
      headers: { origin: stack.storefront_url, "content-type": "application/x-www-form-urlencoded" },
      body: "email=nobody%40example.com&password=wrong-password",
    })
    expect(status).toBeLessThan(500)
    expect(status).not.toBe(403)
  })
})

import { afterEach, describe, expect, it } from "vitest"
import { cartCookie } from "~/lib/cart-cookie.server"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { eaKiet, groundCoffee, groundCoffeeDetail, groups } from "~/test/fixtures"
import { action, loader } from "./($lang).san-pham.$handle"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const carts: { id: string; items: { variant_id: string; quantity: number }[] }[] = []

async function fakeApi({ slowProducer = false, noZones = false } = {}) {
  carts.length = 0
  api = await startFakeStoreApi((url, request) => {
    if (url.pathname === `/store/ocop/products/${groundCoffee.handle}`) return { body: { product: groundCoffeeDetail } }
    if (url.pathname.startsWith("/store/ocop/products/"))
      return { status: 404, body: { type: "not_found", message: "Product not found" } }
    if (url.pathname === "/store/ocop/groups") return { body: { groups } }
    if (url.pathname === "/store/ocop/delivery-zones" && noZones) return { status: 500, body: { type: "unknown_error", message: "down" } }
    if (url.pathname === "/store/ocop/delivery-zones") {
      return {
        body: {
          delivery_zones: [
            { code: "dak_lak", name: "Trong tỉnh Đắk Lắk", price: { amount: 20000, currency_code: "vnd" }, days: "1–2", province_codes: ["66"] },
            { code: "rest_of_vietnam", name: "Các tỉnh khác", price: { amount: 45000, currency_code: "vnd" }, days: "3–5", province_codes: ["79"] },
          ],
        },
      }
    }
    if (url.pathname === "/store/ocop/provinces") {
      return { body: { provinces: [{ code: "66", name: "Tỉnh Đắk Lắk", delivery_zone: "dak_lak" }, { code: "79", name: "Thành phố Hồ Chí Minh", delivery_zone: "rest_of_vietnam" }] } }
    }
    if (url.pathname === `/store/ocop/producers/${eaKiet.handle}`)
      return { body: { producer: { ...eaKiet, products: [groundCoffee] } }, delayMs: slowProducer ? 300 : 0 }
    if (url.pathname === "/store/regions") return { body: { regions: [{ id: "reg_vn", currency_code: "vnd" }] } }
    if (url.pathname === "/store/carts" && request.method === "POST") {
      carts.push({ id: `cart_${carts.length + 1}`, items: [] })
      return { body: { cart: { id: carts.at(-1)!.id } } }
    }
    const line = /^\/store\/carts\/([^/]+)\/line-items$/.exec(url.pathname)
    if (line && request.method === "POST") {
      const cart = carts.find((candidate) => candidate.id === line[1])
      if (!cart) return { status: 404, body: { type: "not_found", message: "Cart not found" } }
      cart.items.push({ variant_id: "pending", quantity: 0 })
      return { body: { cart: { id: cart.id } } }
    }
  })
}

const args = (path: string, init?: RequestInit) => ({
  request: new Request(`http://localhost${path}`, init),
  params: { handle: path.split("?")[0]!.split("/").pop()!, lang: undefined },
  context: {},
})

describe("the product page loader", () => {
  it("gives the certificate, variants and sales points at once and streams a slow producer's record later", async () => {
    await fakeApi({ slowProducer: true })
    const { data } = await loader(args(`/san-pham/${groundCoffee.handle}`))
    expect(data.product.ocop.certificate_no).toBe("OCOP-66-2024-010")
    expect(data.groupName).toBe("Thực phẩm – Cà phê, ca cao")
    expect(data.producer).toBeInstanceOf(Promise)
    expect((await data.producer)?.story).toBe(eaKiet.story)
  })

  it("describes the product to search engines with VND offers and the producer as brand", async () => {
    await fakeApi()
    const { data } = await loader(args(`/en/san-pham/${groundCoffee.handle}`))
    await data.producer
    const ld = data.seo.jsonLd
    expect(ld.brand?.name).toBe(eaKiet.name)
    expect(ld.offers.priceCurrency).toBe("VND")
    expect(ld.url).toBe(`http://localhost/en/san-pham/${groundCoffee.handle}`)
  })

  it("estimates delivery to the province the URL names, else to Đắk Lắk, from the checkout's zones", async () => {
    await fakeApi()
    const home = (await loader(args(`/san-pham/${groundCoffee.handle}`))).data.delivery
    expect(home).toMatchObject({ province: "66", provinces: [{ code: "79" }, { code: "66" }] })
    const far = (await loader(args(`/san-pham/${groundCoffee.handle}?giao-den=79`))).data.delivery
    expect(far?.province).toBe("79")
  })

  it("still shows the product when the delivery zones cannot be had", async () => {
    await fakeApi({ noZones: true })
    const { data } = await loader(args(`/san-pham/${groundCoffee.handle}`))
    expect(data.product.handle).toBe(groundCoffee.handle)
    expect(data.delivery).toBeNull()
  })

  it("answers 404 for a product the API does not show (2 ★, expired or revoked)", async () => {
    await fakeApi()
    const failure = await loader(args("/san-pham/mat-ong-y-bhim")).catch((thrown) => thrown)
    expect(failure).toBeInstanceOf(Response)
    expect((failure as Response).status).toBe(404)
  })
})

type DataResult = { data: unknown; init?: ResponseInit | null }

describe("adding to the cart", () => {
  // As the page's form posts once JavaScript runs (a fetcher says `via=fetch`).
  const post = (fields: Record<string, string>, cookie?: string) =>
    args(`/san-pham/${groundCoffee.handle}`, {
      method: "POST",
      body: new URLSearchParams({ intent: "add", via: "fetch", ...fields }),
      headers: cookie ? { cookie } : {},
    })

  it("creates a cart in the VND region, adds the variant and remembers the cart in a cookie", async () => {
    await fakeApi()
    const result = (await action(post({ variant_id: "variant_250", quantity: "2" }))) as DataResult
    expect(result.data).toEqual({ ok: true })
    const setCookie = new Headers(result.init?.headers).get("set-cookie") ?? ""
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(await cartCookie.parse(setCookie)).toBe("cart_1")
    const created = api!.requests.find((url) => url.pathname === "/store/carts")
    expect(created).toBeDefined()
    expect(carts[0].items).toHaveLength(1)
  })

  it("refuses a variant that is out of stock or belongs to another product", async () => {
    await fakeApi()
    expect(((await action(post({ variant_id: "variant_500" }))) as DataResult).data).toEqual({ ok: false, error: "stock", available: 0 })
    expect(((await action(post({ variant_id: "variant_of_something_else" }))) as DataResult).data).toEqual({
      ok: false,
      error: "variant",
    })
    expect(carts).toHaveLength(0)
  })

  it("answers 60 asked of 40 left with a 400 saying how many are left, and adds nothing", async () => {
    await fakeApi()
    const result = (await action(post({ variant_id: "variant_250", quantity: "60" }))) as DataResult
    expect(result.init?.status).toBe(400)
    expect(result.data).toEqual({ ok: false, error: "stock", available: 40 })
    expect(carts).toHaveLength(0)
  })

  it("starts a new cart when the remembered one is gone", async () => {
    await fakeApi()
    const result = (await action(post({ variant_id: "variant_250" }, await cartCookie.serialize("cart_gone")))) as DataResult
    expect(result.data).toEqual({ ok: true })
    expect(carts).toHaveLength(1)
  })

  it("sends a shopper without JavaScript on to the cart, with the cookie, so the new page already counts it", async () => {
    await fakeApi()
    const result = await action(
      args(`/en/san-pham/${groundCoffee.handle}`, {
        method: "POST",
        body: new URLSearchParams({ intent: "add", variant_id: "variant_250" }),
      })
    )
    expect(result).toBeInstanceOf(Response)
    const response = result as unknown as Response
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("/en/gio-hang?added=1")
    expect(await cartCookie.parse(response.headers.get("set-cookie"))).toBe("cart_1")
  })
})

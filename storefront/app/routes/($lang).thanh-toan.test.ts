import { afterEach, describe, expect, it } from "vitest"
import { paymentMethods } from "~/features/checkout/checkout.server"
import { cartCookie } from "~/lib/cart-cookie.server"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { loader as cartLoader } from "./($lang).gio-hang"
import { action, loader } from "./($lang).thanh-toan"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const line = {
  id: "cali_1",
  title: "Gói 250 g",
  product_title: "Cà phê rang xay",
  product_handle: "ca-phe-rang-xay",
  variant_id: "variant_250",
  variant_title: "Gói 250 g",
  quantity: 2,
  unit_price: 95000,
  total: 190000,
}
const writes: { path: string; body: any }[] = []

/** The Store API with one cart in it; `onSale` says whether its product is still certified. */
async function fakeApi({ onSale = true, address = {} as Record<string, unknown> } = {}) {
  writes.length = 0
  api = await startFakeStoreApi((url, request) => {
    if (url.pathname === "/store/carts/cart_1" && request.method === "GET") {
      return {
        body: {
          cart: {
            id: "cart_1",
            region_id: "reg_vn",
            email: null,
            total: 190000,
            item_total: 190000,
            shipping_total: 0,
            items: [line],
            shipping_address: address,
            shipping_methods: [],
          },
        },
      }
    }
    if (url.pathname === "/store/carts/cart_1" && request.method === "POST") {
      writes.push({ path: url.pathname, body: null })
      return { body: { cart: { id: "cart_1" } } }
    }
    if (url.pathname === "/store/ocop/carts/cart_1/check") {
      return {
        body: {
          cart_id: "cart_1",
          can_complete: onSale,
          items: [{ id: "cali_1", product_handle: line.product_handle, title: line.product_title, on_sale: onSale }],
          pickup_points: [],
        },
      }
    }
    if (url.pathname === "/store/payment-providers") {
      return {
        body: {
          payment_providers: [{ id: "pp_system_default" }, { id: "pp_bank-transfer_vietqr" }, { id: "pp_stripe_stripe" }],
        },
      }
    }
    if (url.pathname === "/store/ocop/provinces/66") {
      return { body: { province: { code: "66", name: "Tỉnh Đắk Lắk", wards: [{ code: "24133", name: "Phường Buôn Ma Thuột" }] } } }
    }
  })
}

async function request(path: string, fields?: Record<string, string>) {
  const cookie = await cartCookie.serialize("cart_1")
  return new Request(`http://localhost${path}`, {
    method: fields ? "POST" : "GET",
    headers: { cookie },
    body: fields ? new URLSearchParams(fields) : undefined,
  })
}

const args = async (path: string, fields?: Record<string, string>) => ({
  request: await request(path, fields),
  params: { lang: path.startsWith("/en") ? "en" : undefined },
  context: {},
})

type Answer = { data: any; init?: ResponseInit | null }

describe("the checkout", () => {
  it("opens at the contact step, named in the URL", async () => {
    await fakeApi()
    const thrown = await loader(await args("/thanh-toan")).catch((error) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect((thrown as Response).headers.get("location")).toBe("/thanh-toan?buoc=lien-he")
  })

  it("sends a cart with a product that lost its certification back to the cart page", async () => {
    await fakeApi({ onSale: false })
    const thrown = await loader(await args("/en/thanh-toan?buoc=lien-he")).catch((error) => error)
    expect((thrown as Response).headers.get("location")).toBe("/en/gio-hang")
  })

  it("refuses a bad e-mail and phone beside their fields, with what was typed, and writes nothing", async () => {
    await fakeApi()
    const answer = (await action(
      await args("/thanh-toan?buoc=lien-he", { intent: "contact", email: "lan@", name: "Lan", phone: "0123 456" })
    )) as unknown as Answer
    expect(answer.init?.status).toBe(400)
    expect(answer.data.errors).toEqual({ email: "email", phone: "phone" })
    expect(answer.data.values).toMatchObject({ email: "lan@", name: "Lan", phone: "0123 456" })
    expect(writes).toEqual([])
  })

  it("saves a good contact and goes on to the address", async () => {
    await fakeApi()
    const answer = await action(
      await args("/thanh-toan?buoc=lien-he", { intent: "contact", email: "lan@example.vn", name: "Lan", phone: "0905123456" })
    )
    expect(answer).toBeInstanceOf(Response)
    expect((answer as unknown as Response).headers.get("location")).toBe("/thanh-toan?buoc=dia-chi")
    expect(writes).toHaveLength(1)
  })

  it("refuses a ward that is not in the chosen province, and writes nothing", async () => {
    await fakeApi({ address: { first_name: "Lan", phone: "+84905123456" } })
    const answer = (await action(
      await args("/thanh-toan?buoc=dia-chi", { intent: "address", province: "66", ward: "00070", street: "12 Lê Duẩn" })
    )) as unknown as Answer
    expect(answer.init?.status).toBe(400)
    expect(answer.data.errors).toEqual({ ward: "ward" })
    expect(answer.data.wards).toEqual([{ code: "24133", name: "Phường Buôn Ma Thuột" }])
    expect(writes).toEqual([])
  })

  it("answers the no-JavaScript round trip with the province's wards and keeps what was typed", async () => {
    await fakeApi()
    const answer = (await action(
      await args("/thanh-toan?buoc=dia-chi", { intent: "province", province: "66", street: "12 Lê Duẩn" })
    )) as unknown as Answer
    expect(answer.data.wards).toHaveLength(1)
    expect(answer.data.values.street).toBe("12 Lê Duẩn")
    expect(writes).toEqual([])
  })

  it("answers an unknown intent with a 400, not an error page", async () => {
    await fakeApi()
    const answer = (await action(await args("/thanh-toan", { intent: "drop-tables" }))) as unknown as Answer
    expect(answer.init?.status).toBe(400)
    expect(answer.data.errors).toEqual({ form: "unknown" })
  })
})

describe("the payment methods", () => {
  afterEach(() => {
    delete process.env.STRIPE_PUBLISHABLE_KEY
  })

  it("leave cards out while the storefront has no Stripe publishable key, even when the backend has Stripe", async () => {
    await fakeApi()
    expect(await paymentMethods("reg_vn")).toEqual(["cod", "vietqr"])
  })

  it("offer cards once the storefront has the key", async () => {
    await fakeApi()
    process.env.STRIPE_PUBLISHABLE_KEY = "pk_test_123"
    expect(await paymentMethods("reg_vn")).toEqual(["cod", "vietqr", "stripe"])
  })

  it("refuse a card payment posted while cards are not offered, and write nothing", async () => {
    await fakeApi({ address: { first_name: "Lan", phone: "+84905123456" } })
    const answer = (await action(await args("/thanh-toan?buoc=thanh-toan", { intent: "payment", method: "stripe" }))) as unknown as Answer
    expect(answer.init?.status).toBe(400)
    expect(answer.data.errors).toEqual({ method: "method" })
    expect(api!.requests.some((url) => url.pathname.startsWith("/store/payment-collections"))).toBe(false)
  })
})

describe("the cart page", () => {
  it("flags a line whose product lost its certification and does not offer checkout", async () => {
    await fakeApi({ onSale: false })
    const answer = (await cartLoader(await args("/gio-hang"))) as unknown as Answer
    expect(answer.data.lapsed).toEqual(["cali_1"])
    expect(answer.data.canCheckout).toBe(false)
    expect(answer.data.cart.items[0]).toMatchObject({ id: "cali_1", quantity: 2, unit_price: 95000 })
  })

  it("offers checkout when every product is on sale", async () => {
    await fakeApi()
    const answer = (await cartLoader(await args("/gio-hang"))) as unknown as Answer
    expect(answer.data.lapsed).toEqual([])
    expect(answer.data.canCheckout).toBe(true)
  })
})

import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { cartCookie } from "~/features/cart/cart.server"
import { getOrder, requireCustomer, takeCartAlong } from "./customer.server"
import { logInCookie } from "./session.server"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const order = {
  id: "order_01HOA",
  display_id: 7,
  status: "pending",
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  total: 85000,
  item_total: 65000,
  shipping_total: 20000,
  currency_code: "vnd",
  created_at: "2026-11-24T10:00:00.000Z",
  email: "hoa@example.vn",
  items: [{ id: "ordli_1", title: "Thanh 50 g", product_title: "Sô-cô-la đen", product_handle: "socola", quantity: 1, unit_price: 65000, total: 65000 }],
  shipping_address: { first_name: "Hoa", last_name: "Trần", province: "66", city: "Phường Buôn Ma Thuột", address_1: "12 Lê Duẩn" },
  shipping_methods: [{ name: "Giao hàng tận nơi", amount: 20000 }],
  payment_collections: [{ payments: [{ provider_id: "pp_system_default" }] }],
}

describe("an order of the customer", () => {
  it("is read from the customer's own order list, with the customer's token, never from /store/orders/:id", async () => {
    api = await startFakeStoreApi((url) =>
      url.pathname === "/store/orders" ? { body: { orders: url.searchParams.get("id") === order.id ? [order] : [] } } : undefined
    )
    const found = await getOrder("jwt-of-hoa", order.id)
    expect(api.requests.map((url) => url.pathname)).toEqual(["/store/orders"])
    expect(api.requests[0]!.searchParams.get("id")).toBe(order.id)
    expect(api.headers[0]!.authorization).toBe("Bearer jwt-of-hoa")
    expect(found).toMatchObject({ id: order.id, display_id: 7, subtotal: 65000, shipping_total: 20000, total: 85000, payment_provider_id: "pp_system_default" })
  })

  it("is absent when it is another customer's (Medusa's list holds only the token's own orders)", async () => {
    api = await startFakeStoreApi((url) => (url.pathname === "/store/orders" ? { body: { orders: [] } } : undefined))
    expect(await getOrder("jwt-of-lan", order.id)).toBeNull()
  })

  it("is not even asked for when the id is not an order id", async () => {
    api = await startFakeStoreApi(() => ({ body: { orders: [order] } }))
    expect(await getOrder("jwt-of-hoa", "../customers/me")).toBeNull()
    expect(await getOrder("jwt-of-hoa", "order_01HOA&id=order_02")).toBeNull()
    expect(api.requests).toHaveLength(0)
  })
})

describe("a logged-in page", () => {
  it("sends a visitor whose token Medusa no longer accepts to the login page, and ends the session", async () => {
    api = await startFakeStoreApi((url) =>
      url.pathname === "/store/customers/me" ? { status: 401, body: { type: "unauthorized", message: "Unauthorized" } } : undefined
    )
    const cookie = (await logInCookie(new Request("http://shop.test/"), "expired-jwt", "hoa@example.vn")).split(";")[0]!
    const thrown = await requireCustomer(new Request("http://shop.test/tai-khoan/dia-chi", { headers: { cookie } })).catch((error) => error)
    expect(thrown).toBeInstanceOf(Response)
    expect(thrown.headers.get("location")).toBe(`/tai-khoan/dang-nhap?redirectTo=${encodeURIComponent("/tai-khoan/dia-chi")}`)
    expect(thrown.headers.get("set-cookie")).toMatch(/^ocop_session=;.*Expires=Thu, 01 Jan 1970/)
    expect(api.headers[0]!.authorization).toBe("Bearer expired-jwt")
  })
})

describe("the guest's cart at login", () => {
  it("is given to the customer through Medusa's Set Cart's Customer route", async () => {
    api = await startFakeStoreApi((url) =>
      url.pathname === "/store/carts/cart_guest/customer" ? { body: { cart: { id: "cart_guest" } } } : undefined
    )
    const cookie = (await cartCookie.serialize("cart_guest")).split(";")[0]!
    expect(await takeCartAlong(new Request("http://shop.test/", { headers: { cookie } }), "jwt-of-hoa")).toBe(true)
    expect(api.requests.map((url) => url.pathname)).toEqual(["/store/carts/cart_guest/customer"])
    expect(api.headers[0]!.authorization).toBe("Bearer jwt-of-hoa")
  })

  it("is left alone when Medusa refuses it (completed, or another customer's), and the login goes on", async () => {
    api = await startFakeStoreApi(() => ({ status: 400, body: { type: "not_allowed", message: "Cannot transfer cart" } }))
    const cookie = (await cartCookie.serialize("cart_other")).split(";")[0]!
    expect(await takeCartAlong(new Request("http://shop.test/", { headers: { cookie } }), "jwt-of-hoa")).toBe(false)
  })

  it("is not looked for when the shopper has no cart", async () => {
    api = await startFakeStoreApi(() => undefined)
    expect(await takeCartAlong(new Request("http://shop.test/"), "jwt-of-hoa")).toBe(false)
    expect(api.requests).toHaveLength(0)
  })
})

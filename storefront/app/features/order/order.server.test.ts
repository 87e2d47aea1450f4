import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { asPurchases, listCustomerOrders, loadOrder, type OrderSummary } from "./order.server"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const order = {
  id: "order_01HOA0000000",
  display_id: 7,
  status: "pending",
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  total: 85000,
  item_total: 65000,
  shipping_total: 20000,
  created_at: "2026-11-24T10:00:00.000Z",
  email: "hoa@example.vn",
  items: [{ id: "ordli_1", title: "Thanh 50 g", product_title: "Sô-cô-la đen", product_handle: "socola", variant_id: "variant_bar", variant_title: "Thanh 50 g", quantity: 1, unit_price: 65000, total: 65000 }],
  shipping_address: { first_name: "Hoa", last_name: "Trần", phone: "+84905123456", province: "66", city: "Phường Buôn Ma Thuột", address_1: "12 Lê Duẩn" },
  shipping_methods: [{ name: "Giao hàng tận nơi", amount: 20000 }],
}
const payment = { provider_id: "pp_system_default", status: "authorized", paid: false, vietqr: null }
const provinces = [{ code: "66", name: "Tỉnh Đắk Lắk", delivery_zone: "dak_lak" }]

/** The backend as decision 026 has it: the order to its customer's login, its number and status to anyone else. */
function backend(owner: string) {
  return (url: URL, request: import("node:http").IncomingMessage) => {
    const mine = request.headers.authorization === `Bearer ${owner}`
    if (url.pathname === `/store/orders/${order.id}` || url.pathname === `/store/ocop/orders/${order.id}/payment`) {
      if (!mine) return { status: 403, body: { type: "not_allowed", order: { id: order.id, display_id: 7, status: "pending" } } }
      return { body: url.pathname.endsWith("/payment") ? { payment } : { order } }
    }
    if (url.pathname === "/store/ocop/provinces") return { body: { provinces } }
    if (url.pathname === "/store/ocop/variants" && url.searchParams.get("locale") === "en" && url.searchParams.get("id") === "variant_bar") {
      return { body: { variants: [{ id: "variant_bar", title: "Bar 50 g", product_title: "Dark chocolate", product_handle: "socola" }] } }
    }
    if (url.pathname === "/store/ocop/sales-points") return { body: { sales_points: [], count: 0 } }
    if (url.pathname === "/store/orders") return { body: { orders: mine ? [{ ...order, payment_collections: [{ payments: [{ provider_id: "pp_system_default" }] }] }] : [], count: mine ? 1 : 0 } }
    return undefined
  }
}

describe("an order opened with the customer's login", () => {
  it("is read with her token and shows its lines, address, statuses and way to pay", async () => {
    api = await startFakeStoreApi(backend("jwt-of-hoa"))
    const loaded = await loadOrder(order.id, "vi", { customerToken: "jwt-of-hoa" })
    expect(loaded?.kind).toBe("order")
    const asked = api.requests.map((url, index) => [url.pathname, api!.headers[index]!.authorization])
    expect(asked).toContainEqual([`/store/orders/${order.id}`, "Bearer jwt-of-hoa"])
    expect(asked).toContainEqual([`/store/ocop/orders/${order.id}/payment`, "Bearer jwt-of-hoa"])
    expect(loaded?.order).toMatchObject({
      display_id: 7,
      status: "pending",
      payment_status: "authorized",
      fulfillment_status: "not_fulfilled",
      payment_method: "cod",
      item_total: 65000,
      shipping_total: 20000,
      items: [{ product_title: "Sô-cô-la đen", product_handle: "socola", quantity: 1, unit_price: 65000, total: 65000 }],
      address: { name: "Trần Hoa", street: "12 Lê Duẩn", ward: "Phường Buôn Ma Thuột", province: "Tỉnh Đắk Lắk" },
      pickup: null,
    })
  })

  it("names its lines in English when opened on an English page", async () => {
    api = await startFakeStoreApi(backend("jwt-of-hoa"))
    const loaded = await loadOrder(order.id, "en", { customerToken: "jwt-of-hoa" })
    expect(loaded?.kind === "order" && loaded.order.items[0]).toMatchObject({ product_title: "Dark chocolate", variant_title: "Bar 50 g" })
  })

  it("tells another customer only its number and status, and nothing for an id that is no order id", async () => {
    api = await startFakeStoreApi(backend("jwt-of-hoa"))
    expect(await loadOrder(order.id, "vi", { customerToken: "jwt-of-lan" })).toEqual({
      kind: "private",
      order: { id: order.id, display_id: 7, status: "pending" },
    })
    const before = api.requests.length
    expect(await loadOrder("../customers/me", "vi", { customerToken: "jwt-of-hoa" })).toBeNull()
    expect(api.requests).toHaveLength(before)
  })
})

describe("the customer's order history", () => {
  it("is her own list, newest first, each order with its statuses and way to pay", async () => {
    api = await startFakeStoreApi(backend("jwt-of-hoa"))
    const { orders, count } = await listCustomerOrders("jwt-of-hoa", "vi", { limit: 3 })
    expect(api.requests[0]!.searchParams.get("order")).toBe("-created_at")
    expect(api.requests[0]!.searchParams.get("limit")).toBe("3")
    expect(count).toBe(1)
    expect(orders[0]).toMatchObject({ id: order.id, display_id: 7, status: "pending", payment_method: "cod", total: 85000 })
    expect(orders[0]!.items).toEqual([{ id: "ordli_1", title: "Thanh 50 g", product_title: "Sô-cô-la đen", variant_id: "variant_bar", quantity: 1 }])
  })

  it("names the lines in English on English pages", async () => {
    api = await startFakeStoreApi(backend("jwt-of-hoa"))
    const { orders } = await listCustomerOrders("jwt-of-hoa", "en", { limit: 3 })
    expect(orders[0]!.items[0]).toMatchObject({ product_title: "Dark chocolate" })
  })
})

describe("a purchase from several producers in the history", () => {
  const parcel = (id: string, display_id: number, fulfillment_status: string, total: number): OrderSummary => ({
    id,
    display_id,
    status: "pending",
    payment_status: "not_paid",
    fulfillment_status,
    payment_method: "cod",
    total,
    currency_code: "vnd",
    created_at: "2026-12-07T08:00:00.000Z",
    items: [{ id: `line_${id}`, title: "Gói", product_title: `Sản phẩm ${id}`, variant_id: null, quantity: 1 }],
  })
  const coffee = parcel("order_coffee0001", 41, "shipped", 140_000)
  const honey = parcel("order_honey00001", 42, "not_fulfilled", 200_000)
  const other = parcel("order_other00001", 40, "delivered", 90_000)
  const purchase = { id: "ogrp_1", display_id: 41, order_ids: [coffee.id, honey.id], total: 340_000, items: [...coffee.items, ...honey.items] }

  it("is one card with the purchase's number, total and every line, as far along as its slowest parcel", () => {
    const cards = asPurchases([honey, coffee, other], [purchase, { id: "ogrp_0", display_id: 40, order_ids: [other.id], total: 90_000, items: other.items }])
    expect(cards.map((card) => [card.id, card.display_id, card.total])).toEqual([
      [coffee.id, 41, 340_000],
      [other.id, 40, 90_000],
    ])
    expect(cards[0]!.items.map((item) => item.product_title)).toEqual(["Sản phẩm order_coffee0001", "Sản phẩm order_honey00001"])
    expect(cards[0]!.fulfillment_status).toBe("not_fulfilled")
  })

  it("leaves the orders as they are when the purchases cannot be read", () => {
    expect(asPurchases([honey, coffee], [])).toEqual([honey, coffee])
  })
})

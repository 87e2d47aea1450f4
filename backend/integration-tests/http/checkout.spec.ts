/**
 * A checkout through Medusa's own Store API with the OCOP plugin's rules: delivery priced per zone, pickup at the
 * points that sell everything in the cart, cash on delivery and VietQR transfer, the confirmation mail; and every
 * bad request refused with a clear 4xx before anything is written.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createCheckoutWorld, BUON_MA_THUOT, GIA_LAI, HANOI, KIOSK, MARKET, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { revoke } from "../fixtures/ocop"
import { crc16, parseTlv } from "@ocop/medusa-plugin-ocop/payments/vietqr"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"

const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-mail-"))
// medusa-config.ts reads it when the runner loads the config.
process.env.OCOP_MAIL_DIR = mailDir

function mails(template: string) {
  return readOutbox(mailDir).filter((mail) => mail.template === template)
}

async function waitFor<T>(read: () => T | undefined, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms
  for (;;) {
    const value = read()
    if (value !== undefined) return value
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let me: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
    })
    beforeEach(() => {
      me = shopper(api, world.storefront)
    })

    const reservedAndStocked = async (variantId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "variant",
        fields: ["inventory_items.inventory.location_levels.reserved_quantity", "inventory_items.inventory.location_levels.stocked_quantity"],
        filters: { id: variantId },
      })
      const level = (data[0] as any).inventory_items[0].inventory.location_levels[0]
      return { reserved: Number(level.reserved_quantity), stocked: Number(level.stocked_quantity) }
    }
    const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

    describe("a guest paying cash on delivery in Buôn Ma Thuột", () => {
      it("is charged Đắk Lắk's delivery price, gets an order with a number, reserves the stock and is mailed a confirmation", async () => {
        const coffee = world.products.coffee.variant_ids[0]!
        const cartId = await me.cart([{ variant_id: coffee, quantity: 2 }])
        expect((await me.contact(cartId)).status).toBe(200)
        expect((await me.address(cartId)).status).toBe(200)
        const home = (await me.options(cartId)).filter((o) => o.service_zone.fulfillment_set.type === "shipping")
        expect(home.map((o) => [o.type.code, o.amount])).toEqual([["home-dak_lak", 20000]])
        expect((await me.homeDelivery(cartId)).status).toBe(200)
        expect((await me.pay(cartId)).status).toBe(200)

        const completed = await me.complete(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const order = completed.data.order
        expect(order.display_id).toBeGreaterThan(0)
        expect(order.total).toBe(2 * 95000 + 20000)
        expect(order.shipping_address).toMatchObject({ province: "66", city: "Phường Buôn Ma Thuột", metadata: { ward_code: "24133" } })
        expect(await reservedAndStocked(coffee)).toEqual({ reserved: 2, stocked: 20 })

        const mail = await waitFor(() => mails("ocop-order-placed").find((m) => m.data.order_id === order.id), "the confirmation mail")
        expect(mail.to).toBe("lan@example.vn")
        expect(mail.subject).toContain(`#${order.display_id}`)
        expect(mail.text).toContain("210.000\u00a0₫")
        expect(mail.text).toContain("Thanh toán khi nhận hàng")
      })

      it("completing the same cart again answers the same order, not a second one", async () => {
        const cartId = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        const first = await me.complete(cartId)
        const again = await me.complete(cartId)
        expect(again.data.order.id).toBe(first.data.order.id)
        expect(await orderCount()).toBe(1)
      })
    })

    it("prices home delivery by zone: 35.000 ₫ in a neighbouring province, 45.000 ₫ in the rest of Vietnam", async () => {
      const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
      const priceAt = async (address: Record<string, unknown>) => {
        expect((await me.address(cartId, address)).status).toBe(200)
        return (await me.options(cartId)).filter((o) => o.service_zone.fulfillment_set.type === "shipping").map((o) => o.amount)
      }
      expect(await priceAt({ ...GIA_LAI, city: "Phường Pleiku", metadata: { ward_code: "23575" } })).toEqual([35000])
      expect(await priceAt(HANOI)).toEqual([45000])
      expect(await priceAt(BUON_MA_THUOT)).toEqual([20000])
    })

    it("offers pickup only at the points that sell every item, with address and hours, and refuses another point", async () => {
      const coffeeOnly = await me.cart([{ variant_id: world.products.coffee.variant_ids[0]!, quantity: 1 }])
      const both = await me.cart([
        { variant_id: world.products.coffee.variant_ids[0]!, quantity: 1 },
        { variant_id: world.products.honey.variant_ids[0]!, quantity: 1 },
      ])
      const pointsOf = async (cartId: string) => (await me.check(cartId)).data.pickup_points.map((p: any) => p.sales_point.handle)
      expect((await pointsOf(coffeeOnly)).sort()).toEqual([KIOSK, MARKET].sort())
      const check = (await me.check(both)).data
      expect(check.can_complete).toBe(true)
      expect(check.pickup_points.map((p: any) => p.sales_point.handle)).toEqual([KIOSK])
      expect(check.pickup_points[0].sales_point).toMatchObject({ address: expect.any(String), opening_hours: "7:00–21:00 hằng ngày" })

      const marketOption = (await me.check(coffeeOnly)).data.pickup_points.find((p: any) => p.sales_point.handle === MARKET).shipping_option_id
      const refused = await me.ship(both, marketOption)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("không bán đủ")
      const cart = await api.get(`/store/carts/${both}`, me.headers)
      expect(cart.data.cart.shipping_methods).toEqual([])

      // At the kiosk: free, and the stock is reserved at the warehouse (decision 021).
      await me.contact(both)
      await me.address(both)
      expect((await me.ship(both, check.pickup_points[0].shipping_option_id)).status).toBe(200)
      await me.pay(both)
      const completed = await me.complete(both)
      expect(completed.data.type).toBe("order")
      expect(completed.data.order.shipping_methods[0].amount).toBe(0)
      expect(completed.data.order.total).toBe(95000 + 150000)
    })

    it("pays by VietQR transfer: the code carries the order's total and reference, and an admin marks it paid", async () => {
      const cartId = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 2 }], "pp_bank-transfer_vietqr")
      const { order } = (await me.complete(cartId)).data
      const asBuyer = me.withOrderToken(await me.orderToken(cartId))
      const { data } = await api.get(`/store/ocop/orders/${order.id}/payment`, asBuyer)
      expect(data.payment).toMatchObject({ provider_id: "pp_bank-transfer_vietqr", paid: false, status: "authorized" })
      const qr = data.payment.vietqr
      expect(qr).toMatchObject({ amount: 320000, reference: `OCOP ${order.display_id}`, bank_bin: "970436" })
      const fields = parseTlv(qr.payload)
      expect(fields.get("54")).toBe("320000")
      expect(parseTlv(fields.get("62")!).get("08")).toBe(`OCOP ${order.display_id}`)
      expect(fields.get("63")).toBe(crc16(qr.payload.slice(0, -4)))

      const admin = await adminHeaders(getContainer(), api)
      const { data: adminOrder } = await api.get(`/admin/orders/${order.id}?fields=*payment_collections.payments`, admin)
      const payment = adminOrder.order.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
      const after = await api.get(`/store/ocop/orders/${order.id}/payment`, asBuyer)
      expect(after.data.payment.paid).toBe(true)
      expect(after.data.payment.status).not.toBe("authorized")
    })

    it("names a line in the page's language, and the mail's English half names its lines in English", async () => {
      const honey = world.products.honey.variant_ids[0]!
      const english = await api.get(`/store/ocop/variants?id=${honey}&locale=en`, me.headers)
      expect(english.data.variants).toEqual([
        { id: honey, title: "Bottle 500 ml", product_title: "Coffee-blossom honey", product_handle: "mat-ong-hoa-ca-phe" },
      ])
      const vietnamese = await api.get(`/store/ocop/variants?id=${honey}`, me.headers)
      expect(vietnamese.data.variants[0]).toMatchObject({ title: "Chai 500 ml", product_title: "Mật ong hoa cà phê" })
      expect((await settle(api.get("/store/ocop/variants?id=prod_1", me.headers))).status).toBe(400)
      expect((await settle(api.get("/store/ocop/variants", me.headers))).status).toBe(400)

      const cartId = await me.ready([{ variant_id: honey, quantity: 2 }], "pp_system_default", "names@example.vn")
      const { order } = (await me.complete(cartId)).data
      const mail = await waitFor(() => mails("ocop-order-placed").find((m) => m.data.order_id === order.id), "the confirmation mail")
      expect(mail.text).toContain("- Mật ong hoa cà phê · Chai 500 ml × 2: 300.000\u00a0₫")
      expect(mail.text).toContain("- Coffee-blossom honey · Bottle 500 ml × 2: 300,000\u00a0₫ (VND)")
      expect(mail.text).toContain("Delivery: Home delivery")
    })

    it("flags an item whose product lost its certificate, and refuses the order", async () => {
      const cartId = await me.ready([
        { variant_id: world.products.coffee.variant_ids[0]!, quantity: 1 },
        { variant_id: world.products.honey.variant_ids[0]!, quantity: 1 },
      ])
      await revoke(getContainer(), world.certifications.honey, "Mẫu kiểm tra không đạt")
      const check = (await me.check(cartId)).data
      expect(check.can_complete).toBe(false)
      expect(check.items.map((i: any) => [i.product_handle, i.on_sale])).toEqual(
        expect.arrayContaining([["ca-phe-rang-xay-cu-mgar", true], ["mat-ong-hoa-ca-phe", false]])
      )
      expect(check.pickup_points).toEqual([])
      const refused = await me.complete(cartId)
      expect(refused.status).toBe(400)
      expect(refused.data).toEqual({ type: "invalid_data", message: expect.stringContaining("Mật ong hoa cà phê") })
      expect(await orderCount()).toBe(0)
    })

    describe("refuses with a clear 4xx and writes nothing", () => {
      it("a phone number that reaches nobody", async () => {
        const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        const refused = await me.contact(cartId, "lan@example.vn", "0123 456")
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({ type: "invalid_data", message: expect.stringContaining("không dùng được") })
        const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
        expect(data.cart.email ?? null).toBeNull()
        expect(data.cart.shipping_address?.phone ?? null).toBeNull()
      })

      it("a ward that does not exist, or lies in another province", async () => {
        const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        const unknown = await me.address(cartId, { ...BUON_MA_THUOT, metadata: { ward_code: "99999" } })
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain('"99999"')
        const elsewhere = await me.address(cartId, { ...BUON_MA_THUOT, province: "01" })
        expect(elsewhere.status).toBe(400)
        const noProvince = await me.address(cartId, { ...BUON_MA_THUOT, province: "63" })
        expect(noProvince.status).toBe(400)
        const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
        expect(data.cart.shipping_address?.province ?? null).toBeNull()
      })

      it("an empty cart", async () => {
        const cartId = await me.cart()
        await me.contact(cartId)
        await me.address(cartId)
        const refused = await me.complete(cartId)
        expect(refused.status).toBeGreaterThanOrEqual(400)
        expect(refused.status).toBeLessThan(500)
        expect(await orderCount()).toBe(0)
      })

      it("a quantity above the stock", async () => {
        const cartId = await me.cart()
        const refused = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: world.products.coffee.variant_ids[1], quantity: 4 }, me.headers))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/inventory|stock/i)
        const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
        expect(data.cart.items).toEqual([])
      })

      it("a price sent by the shopper", async () => {
        const cartId = await me.cart()
        const refused = await settle(
          api.post(`/store/carts/${cartId}/line-items`, { variant_id: world.products.honey.variant_ids[0], quantity: 1, unit_price: 1000 }, me.headers)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.type).toBe("invalid_data")
        const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
        expect(data.cart.items).toEqual([])
      })

      it("a variant of a product without a valid certificate of 3 stars or more", async () => {
        const cartId = await me.cart()
        const refused = await settle(api.post(`/store/carts/${cartId}/line-items`, { variant_id: world.products.twoStars.variant_ids[0], quantity: 1 }, me.headers))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("OCOP")
        const { data } = await api.get(`/store/carts/${cartId}`, me.headers)
        expect(data.cart.items).toEqual([])
      })

      it("an order without a phone, an address or a delivery method", async () => {
        const cartId = await me.cart([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        await api.post(`/store/carts/${cartId}`, { email: "lan@example.vn" }, me.headers)
        await me.pay(cartId)
        const noPhone = await me.complete(cartId)
        expect(noPhone.status).toBe(400)
        expect(noPhone.data.message).toContain("số điện thoại")
        await me.address(cartId)
        const noDelivery = await me.complete(cartId)
        expect(noDelivery.status).toBe(400)
        expect(noDelivery.data.message).toContain("shipping method")
        expect(await orderCount()).toBe(0)
      })
    })

    describe("accounts", () => {
      it("a registered customer resets the password from the mailed link, takes the guest cart along and sees the order in the history", async () => {
        const email = "hoa@example.vn"
        const registered = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-cu-1" })
        await api.post("/store/customers", { email, first_name: "Hoa", last_name: "Trần" }, {
          headers: { ...me.headers.headers, authorization: `Bearer ${registered.data.token}` },
        })

        await api.post("/auth/customer/emailpass/reset-password", { identifier: email })
        const mail = await waitFor(() => mails("ocop-password-reset").find((m) => m.to === email), "the reset mail")
        const link = new URL(mail.data.link)
        expect(link.pathname).toBe("/tai-khoan/dat-lai-mat-khau")
        await api.post("/auth/customer/emailpass/update", { email, password: "mat-khau-moi-2" }, {
          headers: { authorization: `Bearer ${link.searchParams.get("token")}` },
        })
        const oldLogin = await settle(api.post("/auth/customer/emailpass", { email, password: "mat-khau-cu-1" }))
        expect(oldLogin.status).toBe(401)
        const login = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-moi-2" })
        const customer = shopper(api, world.storefront, { authorization: `Bearer ${login.data.token}` })

        // The guest's cart becomes the customer's at login (Medusa's transfer), then is checked out.
        const cartId = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
        await api.post(`/store/carts/${cartId}/customer`, {}, customer.headers)
        const { order } = (await customer.complete(cartId)).data
        const history = await api.get("/store/orders", customer.headers)
        expect(history.data.orders.map((o: any) => [o.id, o.status])).toEqual([[order.id, "pending"]])
        const other = await settle(api.get("/store/orders", me.headers))
        expect(other.status).toBe(401)
      })
    })
  },
})

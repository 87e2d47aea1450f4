/**
 * One cart, one order per producer (issue 17, docs/decisions/018 and 019): a cart holding several producers'
 * products becomes one purchase (an order group with one number, totals and one confirmation mail) of one order
 * per producer, each with its own lines, its share of the delivery (priced per parcel by zone) and its payment
 * (cash to each parcel's courier, or one VietQR transfer for the purchase); the commission on every line is
 * written as it is placed; each producer's team is told of its own order and reads only its own orders; the
 * shopper reads the whole purchase under decision 026's rules; and a failure half-way leaves nothing behind.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { completeCartInParcelsWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { crc16, parseTlv } from "@ocop/medusa-plugin-ocop/payments/vietqr"
import { mailsTo, waitForMail } from "../fixtures/mail"
import { adminHeaders, settle, shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, PRODUCER_NAMES, producerHeaders, type MarketplaceWorld } from "../fixtures/marketplace"

const DAK_LAK_PARCEL = 20_000

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld
    let me: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
    })
    beforeEach(() => {
      me = shopper(api, world.storefront)
    })
    afterEach(async () => {
      expect(await findStockViolations(getContainer())).toEqual([])
    })

    const variant = (seller: keyof MarketplaceWorld["goods"]) => world.goods[seller].variant_ids[0]!
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const marketplace = () => getContainer().resolve("marketplace") as any
    const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

    async function ordersOf(ids: string[]) {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id", "display_id", "total", "item_total", "shipping_total", "email",
          "items.product_id", "items.quantity", "shipping_methods.amount", "shipping_methods.name",
          "producer.id", "order_group.id",
          "payment_collections.amount", "payment_collections.status", "payment_collections.payment_sessions.provider_id",
        ],
        filters: { id: ids },
      })
      return (data as any[]).sort((a, b) => a.display_id - b.display_id)
    }

    describe("a cart of two producers, cash on delivery, home delivery in Đắk Lắk", () => {
      it("becomes one purchase of two orders, each with its producer's lines, one delivery and its own cash payment", async () => {
        const cartId = await me.cart([
          { variant_id: variant("coffee"), quantity: 2 },
          { variant_id: variant("honey"), quantity: 1 },
        ])
        await me.contact(cartId, "mua-hai@example.vn")
        await me.address(cartId)
        // The option is priced for the cart: two parcels, the zone's price each.
        const [home] = (await me.options(cartId)).filter((o) => o.service_zone.fulfillment_set.type === "shipping")
        expect([home.type.code, home.amount]).toEqual(["home-dak_lak", 2 * DAK_LAK_PARCEL])
        expect((await me.homeDelivery(cartId)).status).toBe(200)
        const { data: parcels } = await api.get(`/store/ocop/carts/${cartId}/parcels`, me.headers)
        expect(parcels.parcels.map((p: any) => [p.producer.name, p.items.map((i: any) => i.quantity), p.shipping_total, p.total])).toEqual([
          [PRODUCER_NAMES.coffee, [2], DAK_LAK_PARCEL, 240_000 + DAK_LAK_PARCEL],
          [PRODUCER_NAMES.honey, [1], DAK_LAK_PARCEL, 180_000 + DAK_LAK_PARCEL],
        ])
        expect(parcels.total).toBe(parcels.parcels.reduce((sum: number, p: any) => sum + p.total, 0))
        expect(parcels.shipping_total).toBe(2 * DAK_LAK_PARCEL)
        expect((await me.pay(cartId)).status).toBe(200)

        const completed = await me.complete(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")
        const group = completed.data.order_group
        expect(group).toMatchObject({ parcel_count: 2, payment_mode: "per_parcel", total: 460_000, shipping_total: 40_000 })
        expect(group.orders.map((o: any) => o.producer.name)).toEqual([PRODUCER_NAMES.coffee, PRODUCER_NAMES.honey])
        // The purchase carries its first parcel's number; the answer's `order` is that parcel.
        expect(group.display_id).toBe(group.orders[0].display_id)
        expect(completed.data.order.id).toBe(group.orders[0].id)

        const orders = await ordersOf(group.orders.map((o: any) => o.id))
        expect(orders.map((o) => [o.producer.id, o.items.map((i: any) => i.product_id), Number(o.shipping_total), Number(o.total)])).toEqual([
          [world.producers.coffee, [world.goods.coffee.id], DAK_LAK_PARCEL, 260_000],
          [world.producers.honey, [world.goods.honey.id], DAK_LAK_PARCEL, 200_000],
        ])
        expect(orders.reduce((sum, o) => sum + Number(o.total), 0)).toBe(group.total)
        for (const order of orders) {
          expect(order.order_group.id).toBe(group.id)
          expect(order.payment_collections.map((c: any) => [Number(c.amount), c.status, c.payment_sessions[0].provider_id])).toEqual([
            [Number(order.total), "authorized", "pp_system_default"],
          ])
        }

        // The commission on each line, at the default 5 %, and each producer's order list.
        const lines = await marketplace().listCommissionLines({ order_id: orders.map((o) => o.id) })
        expect(lines.map((l: any) => [l.producer_id, Number(l.rate), Number(l.base_amount), Number(l.amount)]).sort()).toEqual(
          [
            [world.producers.coffee, 5, 240_000, 12_000],
            [world.producers.honey, 5, 180_000, 9_000],
          ].sort()
        )
        const rows = await marketplace().listProducerOrders({ order_group_id: group.id })
        expect(rows.map((r: any) => [r.producer_id, r.status, r.item_count, Number(r.total), r.delivery]).sort()).toEqual(
          [
            [world.producers.coffee, "pending", 2, 260_000, "home"],
            [world.producers.honey, "pending", 1, 200_000, "home"],
          ].sort()
        )

        // One confirmation for the purchase, both parcels in it; one new-order mail to each producer's owner.
        const mail = await waitForMail("ocop-order-placed", "mua-hai@example.vn", 0)
        expect(mail.subject).toContain(`#${group.display_id}`)
        expect(mail.data).toMatchObject({ order_id: orders[0]!.id, order_group_id: group.id })
        for (const words of [PRODUCER_NAMES.coffee, PRODUCER_NAMES.honey, "460.000\u00a0₫", "Kiện 1/2", "Kiện 2/2", "Mỗi kiện trả tiền cho người giao", "2 parcels", "Parcel 2 of 2"]) {
          expect(mail.text).toContain(words)
        }
        const coffeeMail = await waitForMail("ocop-producer-new-order", world.owners.coffee.email, 0)
        const honeyMail = await waitForMail("ocop-producer-new-order", world.owners.honey.email, 0)
        expect(coffeeMail.data.order_id).toBe(orders[0]!.id)
        expect(coffeeMail.text).toContain("Cà phê Ea Tu · Gói × 2")
        expect(coffeeMail.text).not.toContain("Mật ong")
        expect(honeyMail.data.order_id).toBe(orders[1]!.id)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(mailsTo("ocop-order-placed", "mua-hai@example.vn")).toHaveLength(1)
        expect(mailsTo("ocop-producer-new-order", world.owners.coffee.email)).toHaveLength(1)
      })

      it("answers the same purchase when the cart is completed again", async () => {
        const cartId = await me.ready([
          { variant_id: variant("coffee"), quantity: 1 },
          { variant_id: variant("pepper"), quantity: 1 },
        ])
        const first = await me.complete(cartId)
        const again = await me.complete(cartId)
        expect(again.data.order_group.id).toBe(first.data.order_group.id)
        expect(again.data.order.id).toBe(first.data.order.id)
        expect(await orderCount()).toBe(2)
      })
    })

    it("splits a cart of three producers paid by VietQR into three orders and one transfer for the purchase's total", async () => {
      const cartId = await me.ready(
        [
          { variant_id: variant("coffee"), quantity: 1 },
          { variant_id: variant("honey"), quantity: 1 },
          { variant_id: variant("pepper"), quantity: 2 },
        ],
        "pp_bank-transfer_vietqr",
        "mua-ba@example.vn"
      )
      const { data: cart } = await api.get(`/store/carts/${cartId}?fields=total,shipping_total`, me.headers)
      expect(Number(cart.cart.shipping_total)).toBe(3 * DAK_LAK_PARCEL)
      const { data } = await me.complete(cartId)
      const group = data.order_group
      expect(group).toMatchObject({ parcel_count: 3, payment_mode: "once", total: Number(cart.cart.total) })
      expect(group.total).toBe(120_000 + 180_000 + 180_000 + 3 * DAK_LAK_PARCEL)
      const orders = await ordersOf(group.orders.map((o: any) => o.id))
      expect(orders.map((o) => Number(o.total)).reduce((a, b) => a + b, 0)).toBe(group.total)
      expect(orders.every((o) => !(o.payment_collections ?? []).length)).toBe(true)
      const { data: linked } = await query().graph({ entity: "order_group", fields: ["payment_collection.amount", "payment_collection.status"], filters: { id: group.id } })
      expect((linked[0] as any).payment_collection).toMatchObject({ status: "authorized" })
      expect(Number((linked[0] as any).payment_collection.amount)).toBe(group.total)

      // Every parcel's payment page shows the same code: the purchase's total and number.
      const asBuyer = me.withOrderToken(await me.orderToken(cartId))
      for (const order of orders) {
        const { data: paying } = await api.get(`/store/ocop/orders/${order.id}/payment`, asBuyer)
        expect(paying.payment).toMatchObject({ covers: "purchase", provider_id: "pp_bank-transfer_vietqr", paid: false })
        expect(paying.payment.vietqr).toMatchObject({ amount: group.total, reference: `OCOP ${group.display_id}` })
        const fields = parseTlv(paying.payment.vietqr.payload)
        expect(fields.get("54")).toBe(String(group.total))
        expect(fields.get("63")).toBe(crc16(paying.payment.vietqr.payload.slice(0, -4)))
      }
      const mail = await waitForMail("ocop-order-placed", "mua-ba@example.vn", 0)
      expect(mail.text).toContain("một lần cho cả đơn")
      expect(mail.text).toContain("3 parcels")

      // The transfer is in: the admin captures the purchase's one payment, and each order records its share.
      const admin = await adminHeaders(getContainer(), api)
      const { data: seen } = await api.get(`/admin/ocop/orders/${orders[1]!.id}/purchase`, admin)
      expect(seen.order_group).toMatchObject({ id: group.id, parcel_count: 3 })
      expect(seen.order_group.payments).toEqual([expect.objectContaining({ provider_id: "pp_bank-transfer_vietqr", amount: group.total, captured_at: null })])
      await api.post(`/admin/payments/${seen.order_group.payments[0].id}/capture`, {}, admin)
      const orderModule = getContainer().resolve(Modules.ORDER)
      const until = Date.now() + 10_000
      let recorded: any[] = []
      while (Date.now() < until && recorded.length < 3) {
        recorded = await orderModule.listOrderTransactions({ order_id: orders.map((o) => o.id) })
        if (recorded.length < 3) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(recorded.map((t: any) => [t.order_id, Number(t.amount)]).sort()).toEqual(orders.map((o) => [o.id, Number(o.total)]).sort())
      const { data: after } = await api.get(`/store/ocop/orders/${orders[2]!.id}/payment`, asBuyer)
      expect(after.payment.paid).toBe(true)
    })

    it("hands a purchase of two producers over at a sales point: both parcels free, one purchase", async () => {
      const cartId = await me.cart([
        { variant_id: variant("coffee"), quantity: 1 },
        { variant_id: variant("honey"), quantity: 1 },
      ])
      await me.contact(cartId, "nhan-tai-kiot@example.vn")
      await me.address(cartId)
      const check = (await me.check(cartId)).data
      expect(check.pickup_points.map((p: any) => p.sales_point.handle)).toEqual(["ki-ot-ocop-buon-ma-thuot"])
      expect((await me.ship(cartId, check.pickup_points[0].shipping_option_id)).status).toBe(200)
      await me.pay(cartId)
      const { data } = await me.complete(cartId)
      expect(data.order_group).toMatchObject({ parcel_count: 2, shipping_total: 0, total: 300_000 })
      const orders = await ordersOf(data.order_group.orders.map((o: any) => o.id))
      expect(orders.map((o) => [Number(o.shipping_total), o.shipping_methods[0].name])).toEqual([
        [0, expect.stringContaining("Nhận tại")],
        [0, expect.stringContaining("Nhận tại")],
      ])
      const rows = await marketplace().listProducerOrders({ order_group_id: data.order_group.id })
      expect(rows.map((r: any) => r.delivery)).toEqual(["pickup", "pickup"])
    })

    it("writes the commission at the producer's own rate when the programme agreed one, and at the default otherwise", async () => {
      const admin = await adminHeaders(getContainer(), api)
      expect((await api.get(`/admin/ocop/producers/${world.producers.honey}/commission`, admin)).data.commission).toEqual({ rate: 5, source: "default" })
      const set = await api.post(`/admin/ocop/producers/${world.producers.honey}/commission`, { rate: 7.5 }, admin)
      expect(set.data.commission).toEqual({ rate: 7.5, source: "producer" })
      for (const bad of [{ rate: -1 }, { rate: 101 }, { rate: "7" }, { rate: 7.555 }, {}, { rate: 5, producer_id: "x" }]) {
        expect((await settle(api.post(`/admin/ocop/producers/${world.producers.honey}/commission`, bad, admin))).status, JSON.stringify(bad)).toBe(400)
      }
      expect((await settle(api.post(`/admin/ocop/producers/ocprod_01NOTTHERE0000000000000000/commission`, { rate: 3 }, admin))).status).toBe(404)
      const { data } = await me.complete(await me.ready([{ variant_id: variant("honey"), quantity: 1 }, { variant_id: variant("pepper"), quantity: 1 }]))
      const lines = await marketplace().listCommissionLines({ order_id: data.order_group.orders.map((o: any) => o.id) })
      expect(lines.map((l: any) => [l.producer_id, Number(l.rate), Number(l.amount)]).sort()).toEqual(
        [
          [world.producers.honey, 7.5, 13_500],
          [world.producers.pepper, 5, 4_500],
        ].sort()
      )
      // Back to the default for orders placed from now; the placed ones keep their rate.
      expect((await api.post(`/admin/ocop/producers/${world.producers.honey}/commission`, { rate: null }, admin)).data.commission.source).toBe("default")
      expect((await marketplace().listCommissionLines({ producer_id: world.producers.honey })).map((l: any) => Number(l.rate))).toEqual([7.5])
    })

    it("places a single producer's cart as a purchase of one: the order Medusa would have placed, paid by its own collection", async () => {
      const cartId = await me.ready([{ variant_id: variant("honey"), quantity: 2 }], "pp_bank-transfer_vietqr")
      const { data } = await me.complete(cartId)
      expect(data.order_group).toMatchObject({ parcel_count: 1, display_id: data.order.display_id, total: data.order.total })
      const [order] = await ordersOf([data.order.id])
      expect(order!.payment_collections.map((c: any) => c.status)).toEqual(["authorized"])
      const { data: paying } = await api.get(`/store/ocop/orders/${data.order.id}/payment`, me.withOrderToken(await me.orderToken(cartId)))
      expect(paying.payment).toMatchObject({ covers: "order", vietqr: { amount: 2 * 180_000 + DAK_LAK_PARCEL, reference: `OCOP ${data.order.display_id}` } })
    })

    describe("the shopper's purchase, private as orders are (decision 026)", () => {
      it("shows the purchase and each parcel to the holder of its token, from any of its orders; a number and status to anyone else", async () => {
        const cartId = await me.ready([
          { variant_id: variant("pepper"), quantity: 1 },
          { variant_id: variant("coffee"), quantity: 3 },
        ])
        const { data } = await me.complete(cartId)
        const [first, second] = data.order_group.orders
        const token = await me.orderToken(cartId)
        for (const order of [first, second]) {
          const { data: read } = await api.get(`/store/ocop/orders/${order.id}`, me.withOrderToken(token))
          expect(read.order_group).toMatchObject({ id: data.order_group.id, display_id: data.order_group.display_id, parcel_count: 2 })
          // Each parcel with its own producer and lines, whichever order Medusa created the orders in.
          expect(read.order_group.parcels.map((p: any) => [p.producer.name, p.items.map((i: any) => [i.title, i.quantity]), p.shipping.amount, p.state]).sort()).toEqual(
            [
              [PRODUCER_NAMES.pepper, [["Tiêu Chư Sê", 1]], DAK_LAK_PARCEL, "placed"],
              [PRODUCER_NAMES.coffee, [["Cà phê Ea Tu", 3]], DAK_LAK_PARCEL, "placed"],
            ].sort()
          )
          expect(read.order_group.parcels.map((p: any) => p.display_id)).toEqual([...read.order_group.parcels.map((p: any) => p.display_id)].sort((a, b) => a - b))
          expect(read.order_group.totals.total).toBe(read.order_group.parcels.reduce((sum: number, p: any) => sum + p.totals.total, 0))
          expect(read.order_group.parcels.map((p: any) => p.payment)).toEqual([
            expect.objectContaining({ mode: "per_parcel", provider_id: "pp_system_default", status: "authorized" }),
            expect.objectContaining({ mode: "per_parcel", provider_id: "pp_system_default", status: "authorized" }),
          ])
          // Medusa's own order route opens the sibling parcel with the purchase's token too.
          expect((await settle(api.get(`/store/orders/${order.id}`, me.withOrderToken(token)))).status).toBe(200)
        }

        const stranger = await settle(api.get(`/store/ocop/orders/${second.id}`, me.headers))
        expect(stranger.status).toBe(403)
        expect(stranger.data.order).toEqual({ id: second.id, display_id: second.display_id, status: "pending" })
        expect(JSON.stringify(stranger.data)).not.toContain("Tiêu")
        // Another purchase's token opens nothing here.
        const otherCart = await me.ready([{ variant_id: variant("honey"), quantity: 1 }], "pp_system_default", "khac@example.vn")
        await me.complete(otherCart)
        const otherToken = await me.orderToken(otherCart)
        expect((await settle(api.get(`/store/ocop/orders/${first.id}`, me.withOrderToken(otherToken)))).status).toBe(403)
        expect((await settle(api.get(`/store/ocop/orders/${first.id}`, me.withOrderToken(`${Date.now() + 86_400_000}.${"A".repeat(43)}`)))).status).toBe(403)
        expect((await settle(api.get(`/store/ocop/orders/order_01JUNKJUNKJUNKJUNKJUNKJUNKJ`, me.withOrderToken(token)))).status).toBe(404)
      })

      it("shows a logged-in customer her own purchases, not another customer's", async () => {
        const login = async (email: string) => {
          const registered = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-1234" })
          await api.post("/store/customers", { email, first_name: "Hoa", last_name: "Lê" }, { headers: { ...me.headers.headers, authorization: `Bearer ${registered.data.token}` } })
          const { data } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-1234" })
          return shopper(api, world.storefront, { authorization: `Bearer ${data.token}` })
        }
        const hoa = await login("hoa@example.vn")
        const lan = await login("lan-khach@example.vn")
        const cartId = await hoa.ready([
          { variant_id: variant("coffee"), quantity: 1 },
          { variant_id: variant("honey"), quantity: 1 },
        ], "pp_system_default", "hoa@example.vn")
        const { data } = await hoa.complete(cartId)
        const second = data.order_group.orders[1].id
        expect((await api.get(`/store/ocop/orders/${second}`, hoa.headers)).data.order_group.parcel_count).toBe(2)
        expect((await settle(api.get(`/store/ocop/orders/${second}`, lan.headers))).status).toBe(403)

        // Her history reads it as one purchase: its number, both parcels in order, the total of both.
        const whole = (await api.get(`/store/ocop/orders/${second}`, hoa.headers)).data.order_group
        const asked = (data.order_group.orders as { id: string }[]).map((o) => o.id).join(",")
        const { purchases } = (await api.get(`/store/ocop/customers/me/purchases?order_id=${asked}`, hoa.headers)).data
        expect(purchases).toHaveLength(1)
        expect(purchases[0]).toMatchObject({ id: whole.id, display_id: whole.display_id, order_ids: whole.parcels.map((p: any) => p.order_id), total: whole.totals.total })
        expect(purchases[0].items).toHaveLength(2)
        // Another customer asking for the same orders learns nothing; a malformed list is a 400.
        expect((await api.get(`/store/ocop/customers/me/purchases?order_id=${asked}`, lan.headers)).data.purchases).toEqual([])
        expect((await settle(api.get(`/store/ocop/customers/me/purchases?order_id=x'--`, hoa.headers))).status).toBe(400)
        expect((await settle(api.get(`/store/ocop/customers/me/purchases?order_id=${second}`, me.headers))).status).toBe(401)
      })
    })

    describe("each producer's own orders (/producer/orders)", () => {
      it("lists only the producer's orders, newest first, by status, and opens one with what to pack and where; another's is a 404", async () => {
        const placed: any[] = []
        for (const items of [
          [{ variant_id: variant("coffee"), quantity: 1 }, { variant_id: variant("honey"), quantity: 1 }],
          [{ variant_id: variant("honey"), quantity: 2 }],
          [{ variant_id: variant("pepper"), quantity: 1 }, { variant_id: variant("coffee"), quantity: 2 }],
        ]) {
          placed.push((await me.complete(await me.ready(items))).data.order_group)
        }
        const coffee = await producerHeaders(api, world.owners.coffee)
        const honey = await producerHeaders(api, world.owners.honey)
        const coffeeOrders = placed.flatMap((g) => g.orders.filter((o: any) => o.producer.id === world.producers.coffee))
        const honeyOrders = placed.flatMap((g) => g.orders.filter((o: any) => o.producer.id === world.producers.honey))

        const { data: list } = await api.get("/producer/orders?limit=1", coffee)
        expect(list).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(list.orders.map((o: any) => o.id)).toEqual([coffeeOrders[1].id])
        const { data: all } = await api.get("/producer/orders", coffee)
        expect(all.orders.map((o: any) => o.id)).toEqual([coffeeOrders[1].id, coffeeOrders[0].id])
        expect(all.orders[0]).toMatchObject({ display_id: coffeeOrders[1].display_id, status: "pending", item_count: 2, total: 260_000, delivery: "home" })
        expect((await api.get("/producer/orders?status=pending", coffee)).data.count).toBe(2)
        expect((await api.get("/producer/orders?status=canceled", coffee)).data.count).toBe(0)
        for (const bad of ["status=shipped", "limit=0", "limit=101", "offset=-1", "producer_id=x"]) {
          expect((await settle(api.get(`/producer/orders?${bad}`, coffee))).status, bad).toBe(400)
        }

        const { data: one } = await api.get(`/producer/orders/${coffeeOrders[0].id}`, coffee)
        expect(one.order).toMatchObject({
          id: coffeeOrders[0].id,
          order_group: { id: placed[0].id, parcel_count: 2 },
          items: [{ title: "Cà phê Ea Tu", quantity: 1, total: 120_000, commission: { rate: 5, amount: 6_000 } }],
          delivery: { kind: "home", amount: DAK_LAK_PARCEL, phone: "+84905123456", province: "66" },
          payment: { mode: "per_parcel", provider_id: "pp_system_default", status: "authorized" },
          totals: { total: 140_000, commission: 6_000 },
        })
        expect(JSON.stringify(one)).not.toContain("lan@example.vn")
        expect(JSON.stringify(one)).not.toContain("Mật ong")
        // Another producer's order is the same 404 as none.
        const refused = await settle(api.get(`/producer/orders/${honeyOrders[0].id}`, coffee))
        expect(refused.status).toBe(404)
        expect((await api.get("/producer/orders", honey)).data.orders.map((o: any) => o.id).sort()).toEqual(honeyOrders.map((o: any) => o.id).sort())
      })

      it("follows Medusa's status: an order the admin cancels shows as cancelled in its producer's list", async () => {
        const { data } = await me.complete(await me.ready([{ variant_id: variant("coffee"), quantity: 1 }, { variant_id: variant("honey"), quantity: 1 }]))
        const coffeeOrder = data.order_group.orders.find((o: any) => o.producer.id === world.producers.coffee)
        await api.post(`/admin/orders/${coffeeOrder.id}/cancel`, {}, await adminHeaders(getContainer(), api))
        const coffee = await producerHeaders(api, world.owners.coffee)
        const until = Date.now() + 10_000
        let status = ""
        while (Date.now() < until && status !== "canceled") {
          status = (await api.get("/producer/orders", coffee)).data.orders[0].status
          if (status !== "canceled") await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(status).toBe("canceled")
        expect((await api.get("/producer/orders?status=canceled", coffee)).data.count).toBe(1)
      })
    })

    describe("nothing half-placed", () => {
      it("rolls every parcel back when the second producer's stock is gone after the first order was written", async () => {
        const cartId = await me.ready([
          { variant_id: variant("coffee"), quantity: 1 },
          { variant_id: variant("pepper"), quantity: 2 },
        ])
        // Behind the checkout's gate (which would refuse it up front), the pepper sells out meanwhile: the
        // completion writes both orders, then the reservation of the second fails.
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const { data: variants } = await query().graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant("pepper") } })
        const item = (variants[0] as any).inventory_items[0].inventory_item_id
        const [level] = await inventory.listInventoryLevels({ inventory_item_id: item })
        await inventory.updateInventoryLevels([{ inventory_item_id: item, location_id: level!.location_id, stocked_quantity: 1 }])

        const { errors } = await completeCartInParcelsWorkflow(getContainer()).run({ input: { cart_id: cartId }, throwOnError: false })
        expect(errors.length).toBeGreaterThan(0)
        expect(await orderCount()).toBe(0)
        expect(await marketplace().listOrderGroups({})).toEqual([])
        expect(await marketplace().listProducerOrders({})).toEqual([])
        expect(await marketplace().listCommissionLines({})).toEqual([])
        expect(await inventory.listReservationItems({})).toEqual([])
        const { data: carts } = await query().graph({
          entity: "cart",
          fields: ["completed_at", "payment_collection.status", "payment_collection.payment_sessions.status"],
          filters: { id: cartId },
        })
        expect((carts[0] as any).completed_at).toBeNull()
        expect((carts[0] as any).payment_collection.payment_sessions[0].status).not.toBe("authorized")

        // Restocked, the same cart goes through whole.
        await inventory.updateInventoryLevels([{ inventory_item_id: item, location_id: level!.location_id, stocked_quantity: 30 }])
        const placed = await me.complete(cartId)
        expect(placed.status).toBe(200)
        expect(placed.data.order_group.parcel_count).toBe(2)
      })

      it("refuses a split cart whole at the gate when one producer's stock cannot cover it", async () => {
        const cartId = await me.ready([
          { variant_id: variant("honey"), quantity: 1 },
          { variant_id: variant("coffee"), quantity: 21 - 1 },
        ])
        const other = await me.ready([{ variant_id: variant("coffee"), quantity: 1 }])
        expect((await me.complete(other)).status).toBe(200)
        const refused = await me.complete(cartId)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/chỉ còn 19|only 19/)
        expect(await orderCount()).toBe(1)
      })

      it("leaves Medusa's own single-order completion unable to place a cart", async () => {
        const cartId = await me.ready([{ variant_id: variant("coffee"), quantity: 1 }])
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
        const { errors } = await engine.run("complete-cart", { input: { id: cartId }, throwOnError: false })
        expect(errors[0]?.error?.message).toContain("one order per producer")
        expect(await orderCount()).toBe(0)
      })
    })
  },
})

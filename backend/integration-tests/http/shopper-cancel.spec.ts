/**
 * A shopper cancels her purchase herself before any producer packs it (issue 21: "cancel before it is packed
 * through Medusa's cancel workflow, stock returned, a mail sent"): every parcel is cancelled with her reason,
 * the stock each reserved comes back, she is mailed; once a producer has packed, or the purchase was paid
 * online, she is told whom to ask instead, and nothing changes. Only whom may read the order may cancel it.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { mailsTo } from "../fixtures/mail"
import { adminHeaders, settle, shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, producerHeaders, type MarketplaceWorld } from "../fixtures/marketplace"

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
    /** What is reserved of a variant's stock: a placed order holds its lines, a cancelled one gives them back. */
    async function reserved(seller: keyof MarketplaceWorld["goods"]) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory.location_levels.reserved_quantity"], filters: { id: variant(seller) } })
      return (data[0] as any).inventory_items.flatMap((i: any) => i.inventory.location_levels).reduce((sum: number, level: any) => sum + Number(level.reserved_quantity), 0)
    }

    it("cancels a purchase of two producers before either packs it: both parcels, the stock back, a mail, then no second time", async () => {
      const before = { coffee: await reserved("coffee"), honey: await reserved("honey") }
      const cartId = await me.ready([
        { variant_id: variant("coffee"), quantity: 2 },
        { variant_id: variant("honey"), quantity: 1 },
      ], "pp_system_default", "huy-don@example.vn")
      const { data } = await me.complete(cartId)
      const token = await me.orderToken(cartId)
      const first = data.order_group.orders[0].id
      expect((await api.get(`/store/ocop/orders/${first}`, me.withOrderToken(token))).data.order_group.shopper_cancel).toEqual({ allowed: true, reason: null })
      expect(await reserved("coffee")).toBe(before.coffee + 2)

      // Without the order's link or login: the number and status only, and nothing cancelled.
      expect((await settle(api.post(`/store/ocop/orders/${first}/cancel`, {}, me.headers))).status).toBe(403)
      // A reason longer than a note, or a field the route does not take: 400.
      expect((await settle(api.post(`/store/ocop/orders/${first}/cancel`, { reason: "x".repeat(301) }, me.withOrderToken(token)))).status).toBe(400)
      expect((await settle(api.post(`/store/ocop/orders/${first}/cancel`, { refund: true }, me.withOrderToken(token)))).status).toBe(400)

      const { data: cancelled } = await api.post(`/store/ocop/orders/${first}/cancel`, { reason: "Đặt nhầm số lượng" }, me.withOrderToken(token))
      expect(cancelled.order_group.parcels.map((p: any) => [p.state, p.cancel_reason])).toEqual([
        ["canceled", "Đặt nhầm số lượng"],
        ["canceled", "Đặt nhầm số lượng"],
      ])
      expect(cancelled.order_group.shopper_cancel).toMatchObject({ allowed: false })
      expect({ coffee: await reserved("coffee"), honey: await reserved("honey") }).toEqual(before)
      const orders = await getContainer().resolve(Modules.ORDER).listOrders({ id: data.order_group.orders.map((o: any) => o.id) }, { select: ["id", "status", "metadata"] })
      expect(orders.map((o) => o.status)).toEqual(["canceled", "canceled"])
      expect(orders.map((o) => (o.metadata as any).ocop_cancellation.by)).toEqual(["shopper", "shopper"])
      let mails: ReturnType<typeof mailsTo> = []
      for (let i = 0; i < 100 && mails.length < 2; i++) {
        mails = mailsTo("ocop-parcel-progress", "huy-don@example.vn").filter((m) => (m.data as any).step === "canceled")
        if (mails.length < 2) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(mails).toHaveLength(2)

      // A second time: already cancelled, a clear 400 in both languages.
      const again = await settle(api.post(`/store/ocop/orders/${first}/cancel`, {}, me.withOrderToken(token)))
      expect(again.status).toBe(400)
      expect(again.data.message).toBe("Đơn hàng đã được huỷ / the order is already cancelled")
    })

    it("refuses once a producer has packed its parcel, and changes nothing", async () => {
      const cartId = await me.ready([
        { variant_id: variant("coffee"), quantity: 1 },
        { variant_id: variant("pepper"), quantity: 1 },
      ])
      const { data } = await me.complete(cartId)
      const token = await me.orderToken(cartId)
      const coffeeOrder = (data.order_group.orders as any[]).find((o) => o.producer.id === world.producers.coffee).id
      const coffee = await producerHeaders(api, world.owners.coffee)
      await api.post(`/producer/orders/${coffeeOrder}/packed`, {}, coffee)

      const refused = await settle(api.post(`/store/ocop/orders/${coffeeOrder}/cancel`, {}, me.withOrderToken(token)))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/^Nhà sản xuất đã đóng gói .* \/ a producer has already packed/)
      const read = (await api.get(`/store/ocop/orders/${coffeeOrder}`, me.withOrderToken(token))).data.order_group
      expect(read.parcels.map((p: any) => p.state).sort()).toEqual(["packed", "placed"])
      expect(read.shopper_cancel).toMatchObject({ allowed: false, reason: expect.stringContaining("contact the producer") })
    })

    it("refuses a purchase paid online (a refund is the platform's), and changes nothing", async () => {
      const cartId = await me.ready([{ variant_id: variant("honey"), quantity: 1 }, { variant_id: variant("pepper"), quantity: 1 }], "pp_bank-transfer_vietqr")
      const { data } = await me.complete(cartId)
      const token = await me.orderToken(cartId)
      const first = data.order_group.orders[0].id
      // The admin sees the transfer in the bank and captures it.
      const admin = await adminHeaders(getContainer(), api)
      const { data: purchase } = await api.get(`/admin/ocop/orders/${first}/purchase`, admin)
      await api.post(`/admin/payments/${purchase.order_group.payments[0].id}/capture`, {}, admin)

      const refused = await settle(api.post(`/store/ocop/orders/${first}/cancel`, {}, me.withOrderToken(token)))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/the order is paid: contact us/)
      const read = (await api.get(`/store/ocop/orders/${first}`, me.withOrderToken(token))).data.order_group
      expect(read.parcels.map((p: any) => p.state)).toEqual(["placed", "placed"])
    })
  },
})

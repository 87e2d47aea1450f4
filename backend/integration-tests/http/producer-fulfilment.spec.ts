/**
 * Fulfilment by the producer (issue 17): a producer's owner or staff moves its own parcel on through Medusa's
 * fulfilment workflows — packed, shipped with a carrier and tracking number (home delivery) or ready for pickup
 * at a sales point, delivered (a parcel paid in cash has its payment captured, the order completes) — or cancels it
 * with a reason before it leaves (its stock comes back). A step out of order is a bilingual 400 that changes
 * nothing; another producer's order is a 404. The shopper sees each parcel's state and tracking on her purchase
 * and is mailed at every step.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addProducerMemberWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { mailsTo, waitForMail } from "../fixtures/mail"
import { settle, shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, PRODUCER_NAMES, producerHeaders, type MarketplaceWorld } from "../fixtures/marketplace"

type Headers = { headers: Record<string, string> }

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld
    let me: ReturnType<typeof shopper>
    let coffee: Headers
    let coffeeStaff: Headers
    let honey: Headers

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
      const staff = { email: "kho@htx-ea-tu.vn", password: "mat-khau-kho-ea-tu" }
      const { authIdentity } = await getContainer().resolve(Modules.AUTH).register("emailpass", { body: staff } as any)
      await addProducerMemberWorkflow(getContainer()).run({
        input: { producer_id: world.producers.coffee, email: staff.email, role: "staff", name: "Thủ kho", auth_identity_id: authIdentity!.id },
      })
      coffee = await producerHeaders(api, world.owners.coffee)
      coffeeStaff = await producerHeaders(api, staff)
      honey = await producerHeaders(api, world.owners.honey)
    })
    beforeEach(() => {
      me = shopper(api, world.storefront)
    })
    afterEach(async () => {
      expect(await findStockViolations(getContainer())).toEqual([])
    })

    const variant = (seller: keyof MarketplaceWorld["goods"]) => world.goods[seller].variant_ids[0]!
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const step = (orderId: string, name: string, body: object, who: Headers) => settle(api.post(`/producer/orders/${orderId}/${name}`, body, who))
    /** A step that must go through: its refusal's message in the failure. */
    const done = async (orderId: string, name: string, body: object, who: Headers) => {
      const answer = await step(orderId, name, body, who)
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
      return answer
    }
    const producerOrder = async (orderId: string, who: Headers = coffee) => (await api.get(`/producer/orders/${orderId}`, who)).data.order

    /** A purchase of coffee (and honey) by a shopper with her own e-mail, cash on delivery at home; its orders and its token. */
    async function buy(email: string, items = [{ variant_id: variant("coffee"), quantity: 1 }, { variant_id: variant("honey"), quantity: 1 }]) {
      const cartId = await me.ready(items, "pp_system_default", email)
      const { data } = await me.complete(cartId)
      const orders = data.order_group.orders as any[]
      return {
        coffee: orders.find((o) => o.producer.id === world.producers.coffee)?.id as string,
        honey: orders.find((o) => o.producer.id === world.producers.honey)?.id as string,
        token: await me.orderToken(cartId),
        group: data.order_group,
      }
    }

    /** The coffee bag's stock at the warehouse: on the shelf and held for orders. */
    async function coffeeStock() {
      const { data } = await query().graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variant("coffee") } })
      const item = (data[0] as any).inventory_items[0].inventory_item_id
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: item })
      return { stocked: levels.reduce((s, l) => s + Number(l.stocked_quantity), 0), reserved: levels.reduce((s, l) => s + Number(l.reserved_quantity), 0) }
    }

    async function listRow(orderId: string, until: (row: any) => boolean) {
      const end = Date.now() + 10_000
      for (;;) {
        const row = (await api.get("/producer/orders?limit=100", coffee)).data.orders.find((o: any) => o.id === orderId)
        if (until(row) || Date.now() > end) return row
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }

    it("sends a home delivery paid in cash: packed, shipped with carrier and tracking number, delivered with the cash collected; the shopper sees and is mailed each step", async () => {
      const email = "giao-tan-noi@example.vn"
      const bought = await buy(email)
      const before = await coffeeStock()
      expect((await producerOrder(bought.coffee)).next_steps).toEqual(["packed", "canceled"])

      const packed = await done(bought.coffee, "packed", {}, coffee)
      expect(packed.data.order).toMatchObject({ state: "packed", next_steps: ["shipped", "canceled"], tracking: null })
      expect(packed.data.order.fulfillments).toHaveLength(1)
      // Packing turns the reservation into the sale: the bag leaves the shelf, nothing stays held for it.
      expect(await coffeeStock()).toEqual({ stocked: before.stocked - 1, reserved: before.reserved - 1 })
      const packedMail = await waitForMail("ocop-parcel-progress", email, 0)
      expect(packedMail.data).toMatchObject({ order_id: bought.coffee, step: "packed", state: "packed" })
      expect(packedMail.subject).toMatch(/đã được đóng gói \/ Parcel #\d+ has been packed/)

      // The shipment needs its carrier and a tracking number as carriers print them; a refusal changes nothing.
      for (const bad of [{}, { carrier: "GHN" }, { tracking_number: "GHN12345" }, { carrier: "GHN", tracking_number: "abc" }, { carrier: "GHN", tracking_number: "GHN 123 45" }, { carrier: "G", tracking_number: "GHN12345" }, { carrier: "GHN", tracking_number: "GHN12345", url: "x" }]) {
        const refused = await step(bought.coffee, "shipped", bad, coffee)
        expect(refused.status, JSON.stringify(bad)).toBe(400)
      }
      const unreadable = await step(bought.coffee, "shipped", { carrier: "GHN", tracking_number: "GHN 123 45" }, coffee)
      expect(unreadable.data.message).toContain("Mã vận đơn chỉ gồm chữ, số, dấu chấm và gạch ngang / the tracking number holds letters, digits, dots and hyphens only")
      expect((await producerOrder(bought.coffee)).state).toBe("packed")

      const shipped = await done(bought.coffee, "shipped", { carrier: "Giao Hàng Nhanh", tracking_number: " ghn-5812345678 " }, coffee)
      expect(shipped.data.order).toMatchObject({ state: "shipped", next_steps: ["delivered"], tracking: { carrier: "Giao Hàng Nhanh", number: "GHN-5812345678" } })
      expect(shipped.data.order.shipped_at).toEqual(expect.any(String))
      const shippedMail = await waitForMail("ocop-parcel-progress", email, 1)
      for (const words of ["Giao Hàng Nhanh", "Mã vận đơn: GHN-5812345678", "Tracking number: GHN-5812345678", PRODUCER_NAMES.coffee, "Trả 140.000\u00a0₫ khi nhận hàng", `đơn hàng #${bought.group.display_id}`]) {
        expect(shippedMail.text).toContain(words)
      }

      // The shopper's purchase: the coffee parcel on its way with its tracking, the honey parcel still placed.
      const { data: purchase } = await api.get(`/store/ocop/orders/${bought.honey}`, me.withOrderToken(bought.token))
      const parcels = Object.fromEntries(purchase.order_group.parcels.map((p: any) => [p.order_id, p]))
      expect(parcels[bought.coffee]).toMatchObject({ state: "shipped", tracking: { carrier: "Giao Hàng Nhanh", number: "GHN-5812345678" }, cancel_reason: null })
      expect(parcels[bought.honey]).toMatchObject({ state: "placed", tracking: null })
      expect((await listRow(bought.coffee, (row) => row?.state === "shipped")).state).toBe("shipped")

      // Staff send parcels too: the courier brought the cash.
      const delivered = await done(bought.coffee, "delivered", {}, coffeeStaff)
      expect(delivered.data.order).toMatchObject({ state: "delivered", status: "completed", next_steps: [], payment: { mode: "per_parcel", paid: true } })
      expect((await waitForMail("ocop-parcel-progress", email, 2)).data.step).toBe("delivered")
      expect(await listRow(bought.coffee, (row) => row?.state === "delivered")).toMatchObject({ state: "delivered", status: "completed" })
      expect((await api.get("/producer/orders?state=delivered", coffee)).data.orders.map((o: any) => o.id)).toContain(bought.coffee)

      // Nothing after delivery: a cancellation is refused in both languages and changes nothing.
      const late = await step(bought.coffee, "cancel", { reason: "Khách đổi ý" }, coffee)
      expect(late.status).toBe(400)
      expect(late.data.message).toBe("Không thể huỷ: đơn hàng đã giao / cannot cancel it: the order is delivered")
      expect((await producerOrder(bought.coffee)).state).toBe("delivered")
      expect(await coffeeStock()).toEqual({ stocked: before.stocked - 1, reserved: before.reserved - 1 })
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(mailsTo("ocop-parcel-progress", email).map((m) => m.data.step)).toEqual(["packed", "shipped", "delivered"])
    })

    it("refuses a step out of order with a bilingual 400 naming the next one, and changes nothing", async () => {
      const email = "som-qua@example.vn"
      const bought = await buy(email)
      const shippedFirst = await step(bought.coffee, "shipped", { carrier: "Viettel Post", tracking_number: "VTP123456" }, coffee)
      expect(shippedFirst.status).toBe(400)
      expect(shippedFirst.data.message).toBe(
        "Không thể giao cho đơn vị vận chuyển: đơn hàng mới đặt; bước tiếp theo: đóng gói hoặc huỷ / cannot mark it shipped: the order is placed; next: mark it packed or cancel it"
      )
      expect((await step(bought.coffee, "delivered", {}, coffee)).status).toBe(400)
      const notPickup = await step(bought.coffee, "ready-for-pickup", {}, coffee)
      expect(notPickup.status).toBe(400)
      expect(notPickup.data.message).toContain("a home-delivery order is not picked up")
      expect((await step(bought.coffee, "packed", { note: "x" }, coffee)).status).toBe(400)
      expect(await producerOrder(bought.coffee)).toMatchObject({ state: "placed", fulfillments: [] })

      await done(bought.coffee, "packed", {}, coffee)
      expect((await step(bought.coffee, "packed", {}, coffee)).status).toBe(400)
      expect((await producerOrder(bought.coffee)).fulfillments).toHaveLength(1)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(mailsTo("ocop-parcel-progress", email).map((m) => m.data.step)).toEqual(["packed"])
    })

    it("answers another producer's order as absent for every step, and changes nothing", async () => {
      const bought = await buy("cua-nguoi-khac@example.vn")
      const bodies: Record<string, object> = {
        packed: {},
        shipped: { carrier: "GHTK", tracking_number: "S1234567" },
        "ready-for-pickup": {},
        delivered: {},
        cancel: { reason: "Không phải đơn của tôi" },
      }
      for (const [name, body] of Object.entries(bodies)) {
        expect((await step(bought.coffee, name, body, honey)).status, name).toBe(404)
        expect((await step("order_01NOTTHERE000000000000000", name, body, coffee)).status, name).toBe(404)
      }
      expect(await producerOrder(bought.coffee)).toMatchObject({ state: "placed", status: "pending", fulfillments: [] })
    })

    it("cancels with a reason before the parcel leaves: a packed parcel's stock comes back, the cash payment is cancelled, the shopper is told why", async () => {
      const email = "huy-don@example.vn"
      const before = await coffeeStock()
      const bought = await buy(email, [{ variant_id: variant("coffee"), quantity: 2 }, { variant_id: variant("honey"), quantity: 1 }])
      expect(await coffeeStock()).toEqual({ stocked: before.stocked, reserved: before.reserved + 2 })
      await done(bought.coffee, "packed", {}, coffee)
      expect(await coffeeStock()).toEqual({ stocked: before.stocked - 2, reserved: before.reserved })

      for (const bad of [{}, { reason: "" }, { reason: "  " }, { reason: "x".repeat(501) }]) {
        expect((await step(bought.coffee, "cancel", bad, coffee)).status, JSON.stringify(bad)).toBe(400)
      }
      const canceled = await done(bought.coffee, "cancel", { reason: "Lô cà phê này bị ẩm, không đạt chất lượng" }, coffeeStaff)
      expect(canceled.data.order).toMatchObject({
        state: "canceled",
        status: "canceled",
        cancel_reason: "Lô cà phê này bị ẩm, không đạt chất lượng",
        next_steps: [],
        payment: { mode: "per_parcel", status: "canceled", paid: false },
      })
      expect(await coffeeStock()).toEqual(before)
      const mail = await waitForMail("ocop-parcel-progress", email, 1)
      expect(mail.subject).toMatch(/đã bị huỷ \/ Parcel #\d+ has been cancelled/)
      expect(mail.text).toContain("Lý do: Lô cà phê này bị ẩm, không đạt chất lượng")
      expect(mail.text).toContain("Any other parcels of the order still come as planned.")

      const { data: purchase } = await api.get(`/store/ocop/orders/${bought.coffee}`, me.withOrderToken(bought.token))
      const parcels = Object.fromEntries(purchase.order_group.parcels.map((p: any) => [p.order_id, p]))
      expect(parcels[bought.coffee]).toMatchObject({ state: "canceled", cancel_reason: "Lô cà phê này bị ẩm, không đạt chất lượng", canceled_at: expect.any(String) })
      expect(parcels[bought.honey]).toMatchObject({ state: "placed", cancel_reason: null })
      expect(await listRow(bought.coffee, (row) => row?.status === "canceled")).toMatchObject({ status: "canceled", state: "canceled" })

      // A parcel not yet packed: its reservation is released.
      const next = await buy("huy-som@example.vn", [{ variant_id: variant("coffee"), quantity: 3 }])
      expect(await coffeeStock()).toEqual({ stocked: before.stocked, reserved: before.reserved + 3 })
      await done(next.coffee, "cancel", { reason: "Hết hàng" }, coffee)
      expect(await coffeeStock()).toEqual(before)
    })

    it("hands a pickup over at the sales point: packed, ready for pickup, picked up; a shipment is refused", async () => {
      const email = "nhan-tai-kiot-2@example.vn"
      const cartId = await me.cart([{ variant_id: variant("coffee"), quantity: 1 }])
      await me.contact(cartId, email)
      await me.address(cartId)
      const check = (await me.check(cartId)).data
      expect((await me.ship(cartId, check.pickup_points[0].shipping_option_id)).status).toBe(200)
      await me.pay(cartId)
      const { data } = await me.complete(cartId)
      const orderId = data.order_group.orders[0].id as string

      expect((await done(orderId, "packed", {}, coffee)).data.order).toMatchObject({ state: "packed", next_steps: ["ready_for_pickup", "canceled"], delivery: { kind: "pickup" } })
      const notShipped = await step(orderId, "shipped", { carrier: "GHN", tracking_number: "GHN12345" }, coffee)
      expect(notShipped.status).toBe(400)
      expect(notShipped.data.message).toContain("a pickup order is not shipped")
      const ready = await done(orderId, "ready-for-pickup", {}, coffee)
      expect(ready.data.order).toMatchObject({ state: "ready_for_pickup", next_steps: ["delivered", "canceled"], ready_for_pickup_at: expect.any(String) })
      const mail = await waitForMail("ocop-parcel-progress", email, 1)
      expect(mail.text).toContain("đã sẵn sàng để nhận")
      expect(mail.text).toContain("Nhận tại")
      expect((await done(orderId, "delivered", {}, coffee)).data.order).toMatchObject({ state: "delivered", status: "completed", payment: { paid: true } })
    })
  },
})

/**
 * Promo codes on Medusa's Promotion module (issue 21): a shopper adds a code to her cart with Medusa's own
 * `POST /store/carts/:id/promotions` and takes it off with `DELETE`. A code that is unknown, has expired or has
 * not begun is refused with a 400 that says why, and the cart stays as it was (workflows/hooks/promo-codes.ts).
 * On a cart of two producers the discount follows the lines: each producer's order carries its own lines'
 * adjustments, the orders' discounts add up to the cart's, the purchase and its one payment are the discounted
 * total, the commission is on what each producer actually sold (decision 045), and the code's use is counted
 * once for the purchase.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { findStockViolations } from "@ocop/medusa-plugin-ocop/checkout/stock-invariants"
import { waitForMail } from "../fixtures/mail"
import { settle, shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, type MarketplaceWorld } from "../fixtures/marketplace"

const DAY = 24 * 60 * 60 * 1000
const DAK_LAK_PARCEL = 20_000

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld
    let me: ReturnType<typeof shopper>

    /** A campaign of these dates (relative to now) with one code of `percent` off the items. */
    async function promotion(code: string, percent: number, campaign: { from: number; to: number }) {
      const container = getContainer()
      const now = Date.now()
      const { result } = await createCampaignsWorkflow(container).run({
        input: {
          campaignsData: [
            {
              name: code,
              campaign_identifier: code.toLowerCase(),
              starts_at: new Date(now + campaign.from * DAY),
              ends_at: new Date(now + campaign.to * DAY),
              budget: { type: "usage", limit: 100 },
            },
          ],
        },
      })
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            {
              code,
              type: "standard",
              status: "active",
              is_automatic: false,
              campaign_id: result[0]!.id,
              application_method: { type: "percentage", target_type: "items", allocation: "across", value: percent },
            },
          ],
        },
      })
    }

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
      await promotion("TET2027", 10, { from: -6, to: 70 })
      await promotion("TRUNGTHU2026", 15, { from: -97, to: -71 })
      await promotion("XUAN2028", 20, { from: 300, to: 330 })
    })
    beforeEach(() => {
      me = shopper(api, world.storefront)
    })
    afterEach(async () => {
      expect(await findStockViolations(getContainer())).toEqual([])
    })

    const variant = (seller: keyof MarketplaceWorld["goods"]) => world.goods[seller].variant_ids[0]!
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const CART_FIELDS = "total,item_total,original_item_total,discount_total,shipping_total,promotions.code,items.adjustments.code,items.adjustments.amount"
    const readCart = async (cartId: string) => (await api.get(`/store/carts/${cartId}?fields=${CART_FIELDS}`, me.headers)).data.cart
    const addCode = (cartId: string, code: string) => settle(api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [code] }, me.headers))
    const removeCode = (cartId: string, code: string) =>
      settle(api.delete(`/store/carts/${cartId}/promotions`, { ...me.headers, data: { promo_codes: [code] } }))
    const used = async (code: string) => {
      const [promotion] = await getContainer().resolve(Modules.PROMOTION).listPromotions({ code }, { relations: ["campaign", "campaign.budget"] })
      return { campaign: Number((promotion as any).campaign?.budget?.used ?? 0) }
    }

    it("takes 10 % off a cart of two producers, and each producer's order carries its own lines' share", async () => {
      const cartId = await me.cart([
        { variant_id: variant("coffee"), quantity: 2 },
        { variant_id: variant("honey"), quantity: 1 },
      ])
      await me.contact(cartId, "tet@example.vn")
      await me.address(cartId)
      expect((await me.homeDelivery(cartId)).status).toBe(200)
      expect((await me.pay(cartId, "pp_bank-transfer_vietqr")).status).toBe(200)
      const before = await used("TET2027")

      const added = await addCode(cartId, "TET2027")
      expect(added.status).toBe(200)
      const cart = await readCart(cartId)
      expect(cart.promotions.map((p: any) => p.code)).toEqual(["TET2027"])
      expect([Number(cart.original_item_total), Number(cart.discount_total), Number(cart.item_total)]).toEqual([420_000, 42_000, 378_000])
      expect(Number(cart.total)).toBe(378_000 + 2 * DAK_LAK_PARCEL)
      const { data: parcels } = await api.get(`/store/ocop/carts/${cartId}/parcels`, me.headers)
      expect(parcels.total).toBe(Number(cart.total))
      // The payment asked for before the code was for the full price: Medusa sets the collection to the new
      // total and drops its session, so the shopper's way to pay is asked for again (the storefront does it).
      const { data: paymentState } = await api.get(`/store/carts/${cartId}?fields=payment_collection.amount,*payment_collection.payment_sessions`, me.headers)
      expect(Number(paymentState.cart.payment_collection.amount)).toBe(Number(cart.total))
      expect(paymentState.cart.payment_collection.payment_sessions).toEqual([])
      expect((await me.pay(cartId, "pp_bank-transfer_vietqr")).status).toBe(200)

      const completed = await me.complete(cartId)
      expect(completed.status).toBe(200)
      const group = completed.data.order_group
      expect(group).toMatchObject({ parcel_count: 2, payment_mode: "once", total: 378_000 + 2 * DAK_LAK_PARCEL, item_total: 378_000 })

      const { data: orders } = await query().graph({
        entity: "order",
        fields: ["id", "display_id", "total", "item_total", "discount_total", "items.total", "items.adjustments.code", "items.adjustments.amount", "producer.id", "promotions.code"],
        filters: { id: group.orders.map((o: any) => o.id) },
      })
      const byProducer = new Map((orders as any[]).map((o) => [o.producer.id, o]))
      const coffee = byProducer.get(world.producers.coffee)
      const honey = byProducer.get(world.producers.honey)
      const adjustments = (order: any) => order.items.flatMap((i: any) => i.adjustments).map((a: any) => [a.code, Number(a.amount)])
      expect(adjustments(coffee)).toEqual([["TET2027", 24_000]])
      expect(adjustments(honey)).toEqual([["TET2027", 18_000]])
      expect(Number(coffee.discount_total) + Number(honey.discount_total)).toBe(Number(cart.discount_total))
      expect([Number(coffee.total), Number(honey.total)]).toEqual([216_000 + DAK_LAK_PARCEL, 162_000 + DAK_LAK_PARCEL])
      expect(Number(coffee.total) + Number(honey.total)).toBe(group.total)
      // Each order is linked to the promotion, as Medusa's own completion links an order to its cart's codes.
      expect((orders as any[]).map((o) => o.promotions.map((p: any) => p.code))).toEqual([["TET2027"], ["TET2027"]])

      // The purchase's one payment, and the VietQR transfer, are the discounted total.
      const { data: linked } = await query().graph({ entity: "order_group", fields: ["payment_collection.amount"], filters: { id: group.id } })
      expect(Number((linked[0] as any).payment_collection.amount)).toBe(group.total)
      const asBuyer = me.withOrderToken(await me.orderToken(cartId))
      const { data: paying } = await api.get(`/store/ocop/orders/${coffee.id}/payment`, asBuyer)
      expect(paying.payment.vietqr.amount).toBe(group.total)

      // The commission is on what each producer sold: its lines after the discount.
      const lines = await (getContainer().resolve("marketplace") as any).listCommissionLines({ order_id: [coffee.id, honey.id] })
      expect(lines.map((l: any) => [l.producer_id, Number(l.base_amount), Number(l.amount)]).sort()).toEqual(
        [
          [world.producers.coffee, 216_000, 10_800],
          [world.producers.honey, 162_000, 8_100],
        ].sort()
      )

      // The code's use is counted once for the purchase, not once per order, against its campaign's budget
      // (Medusa counts a promotion's own `used` only for a promotion with a limit).
      expect((await used("TET2027")).campaign).toBe(before.campaign + 1)

      // The shopper's purchase shows the lines before the discount, the code's line and the total.
      const { data: purchase } = await api.get(`/store/ocop/orders/${coffee.id}`, asBuyer)
      expect(purchase.order_group.totals).toMatchObject({ original_item_total: 420_000, discount_total: 42_000, item_total: 378_000, total: group.total })
      expect(purchase.order_group.discounts).toEqual([{ code: "TET2027", amount: 42_000 }])
      expect(purchase.order_group.parcels.map((p: any) => p.discounts)).toEqual([
        [{ code: "TET2027", amount: 24_000 }],
        [{ code: "TET2027", amount: 18_000 }],
      ])

      const mail = await waitForMail("ocop-order-placed", "tet@example.vn", 0)
      for (const words of ["Giảm giá (TET2027): −42.000\u00a0₫", "Discount (TET2027): −42,000\u00a0₫ (VND)", "Tổng cộng: 418.000\u00a0₫", "240.000\u00a0₫"]) {
        expect(mail.text).toContain(words)
      }
    })

    it("refuses an unknown code, an expired one and one not begun with a 400 that says why, and leaves the cart as it was", async () => {
      const cartId = await me.cart([{ variant_id: variant("coffee"), quantity: 1 }])
      const before = await readCart(cartId)
      for (const [code, words] of [
        ["KHONGCO", "The promotion code KHONGCO is invalid"],
        ["TRUNGTHU2026", "Mã khuyến mãi TRUNGTHU2026 đã hết hạn / The promotion code TRUNGTHU2026 has expired"],
        ["XUAN2028", "Mã khuyến mãi XUAN2028 chưa đến ngày dùng / The promotion code XUAN2028 is not valid yet"],
      ] as const) {
        const answer = await addCode(cartId, code)
        expect(answer.status, code).toBe(400)
        expect(answer.data.message).toContain(words)
        expect(await readCart(cartId)).toEqual(before)
      }
      expect(Number(before.discount_total)).toBe(0)
    })

    it("takes a code off again, and the cart's total is back to the full price", async () => {
      const cartId = await me.cart([{ variant_id: variant("pepper"), quantity: 2 }])
      expect((await addCode(cartId, "TET2027")).status).toBe(200)
      expect(Number((await readCart(cartId)).discount_total)).toBe(18_000)
      // A code already on the cart is not refused when it is added again.
      expect((await addCode(cartId, "TET2027")).status).toBe(200)
      expect(Number((await readCart(cartId)).discount_total)).toBe(18_000)

      const removed = await removeCode(cartId, "TET2027")
      expect(removed.status).toBe(200)
      const cart = await readCart(cartId)
      expect(cart.promotions).toEqual([])
      expect([Number(cart.discount_total), Number(cart.item_total)]).toEqual([0, 180_000])
    })
  },
})

/**
 * Card payments through Medusa's own Stripe provider (`@medusajs/payment-stripe` 2.21.2, unchanged) against a
 * fake Stripe server (../support/fake-stripe.ts): Stripe's API cannot be reached from here. Webhook events are
 * signed with the real `stripe` library's test helper and checked by the provider as in production.
 */
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { startFakeStripe } from "../support/fake-stripe"

const WEBHOOK_SECRET = "whsec_ocop_test_secret"
const fake = await startFakeStripe({ webhookSecret: WEBHOOK_SECRET })
// medusa-config.ts reads these when the runner loads it: the provider is registered and pointed at the fake.
process.env.STRIPE_API_KEY = "sk_test_ocop"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
process.env.STRIPE_API_BASE = fake.url
process.env.OCOP_PAYMENT_WEBHOOK_DELAY_MS = "50"

afterAll(() => fake.close())

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const value = await read()
    if (ok(value)) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`)
    await new Promise((resolve) => setTimeout(resolve, 150))
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

    /** A cart ready for a card payment, and the payment intent Medusa's provider made for it at Stripe. */
    async function cartPayingByCard(quantity = 1) {
      const cartId = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity }], "pp_stripe_stripe")
      const { data } = await api.get(`/store/carts/${cartId}?fields=*payment_collection.payment_sessions`, me.headers)
      const session = data.cart.payment_collection.payment_sessions[0]
      expect(session.provider_id).toBe("pp_stripe_stripe")
      return { cartId, intentId: session.data.id as string, clientSecret: session.data.client_secret as string }
    }

    const webhook = (event: { payload: string; headers: Record<string, string> }) =>
      settle(api.post("/hooks/payment/stripe_stripe", event.payload, { headers: event.headers, transformRequest: [(body: string) => body] }))

    /** The cart's order (if any) and its payment: captured or not, and how many captures Medusa recorded. */
    async function stateOf(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "cart",
        fields: ["id", "completed_at", "order.id", "payment_collection.payments.captured_at", "payment_collection.payments.captures.id"],
        filters: { id: cartId },
      })
      const cart = data[0] as any
      const payments = (cart.payment_collection?.payments ?? []).filter(Boolean)
      return {
        orderId: (cart.order?.id as string | undefined) ?? null,
        payments: payments.length,
        captured: payments.some((p: any) => !!p.captured_at),
        captures: payments.reduce((n: number, p: any) => n + (p.captures ?? []).filter(Boolean).length, 0),
      }
    }
    const orderCount = async () => (await getContainer().resolve(Modules.ORDER).listOrders({}, { select: ["id"] })).length

    it("creates the payment intent in VND without decimals, for the cart's total", async () => {
      const { intentId, clientSecret } = await cartPayingByCard(2)
      const intent = fake.intents.get(intentId)!
      expect(intent).toMatchObject({ amount: 2 * 150000 + 20000, currency: "vnd", capture_method: "manual" })
      expect(clientSecret).toBe(intent.client_secret)
    })

    it("is authorised by the webhook, then captured once from Stripe's webhook however often it comes", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      const authorised = fake.confirm(intentId)
      expect((await webhook(fake.event("payment_intent.amount_capturable_updated", authorised))).status).toBe(200)
      const placed = await until(() => stateOf(cartId), (s) => !!s.orderId && s.payments === 1, "the order placed by the webhook")
      expect(placed).toMatchObject({ captured: false, captures: 0 })

      // The shopper comes back from the payment page: the same order, not a second one.
      const completed = await me.complete(cartId)
      expect(completed.data.order.id).toBe(placed.orderId)

      // Captured at Stripe (its dashboard), reported twice, as Stripe may.
      const captured = fake.captureHere(intentId)
      const event = fake.event("payment_intent.succeeded", captured)
      await Promise.all([webhook(event), webhook(event)])
      await until(() => stateOf(cartId), (s) => s.captured, "the capture")
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await stateOf(cartId)).toEqual({ orderId: placed.orderId, payments: 1, captured: true, captures: 1 })
      expect(await orderCount()).toBe(1)
    })

    it("makes one order and one capture when the success webhook comes before the authorisation and the shopper's return", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      fake.confirm(intentId)
      const succeeded = fake.captureHere(intentId)
      await webhook(fake.event("payment_intent.succeeded", succeeded))
      const placed = await until(() => stateOf(cartId), (s) => !!s.orderId && s.captured, "the order and capture from the early webhook")
      await webhook(fake.event("payment_intent.amount_capturable_updated", { ...succeeded, status: "requires_capture" }))
      await webhook(fake.event("payment_intent.succeeded", succeeded))
      const completed = await me.complete(cartId)
      expect(completed.data.order.id).toBe(placed.orderId)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await stateOf(cartId)).toEqual({ orderId: placed.orderId, payments: 1, captured: true, captures: 1 })
      expect(await orderCount()).toBe(1)
    })

    it("calls Stripe's capture once when an admin captures, and the echoing webhook changes nothing", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      fake.confirm(intentId)
      const completed = await me.complete(cartId)
      expect(completed.data.type).toBe("order")
      const admin = await adminHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/orders/${completed.data.order.id}?fields=*payment_collections.payments`, admin)
      await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      expect(fake.intents.get(intentId)!.status).toBe("succeeded")
      await webhook(fake.event("payment_intent.succeeded", fake.intents.get(intentId)!))
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await stateOf(cartId)).toMatchObject({ payments: 1, captured: true, captures: 1 })
      expect(fake.requests.filter((r) => r.path === `/v1/payment_intents/${intentId}/capture`)).toHaveLength(1)
    })

    it("ignores an event whose signature was not made with the webhook secret", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      const forged = fake.event("payment_intent.amount_capturable_updated", fake.confirm(intentId), "whsec_someone_else")
      await webhook(forged)
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await stateOf(cartId)).toEqual({ orderId: null, payments: 0, captured: false, captures: 0 })
    })
  },
})


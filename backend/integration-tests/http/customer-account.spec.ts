/**
 * The two account pieces of issue #8 through the Store API: orders placed as a guest come into the account
 * with the same e-mail only through the link mailed to that e-mail, followed while logged in to that account
 * (Medusa's order transfer under the plugin's routes); and a password changed inside the account only with
 * the current one. Every refusal is a 4xx that changes nothing.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { readOutbox, type OutboxMail } from "@ocop/medusa-plugin-ocop/mail-outbox"

const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-mail-"))
// medusa-config.ts reads it when the runner loads the config.
process.env.OCOP_MAIL_DIR = mailDir
// Mai asks for the claim link four times in one test: above the default of 3 a day per account (api/rate-limit.ts).
process.env.OCOP_RATE_LIMIT_CLAIM_MAIL_ACCOUNT = "10/86400"

async function waitForMail(template: string, to: string, seen: number): Promise<OutboxMail> {
  const until = Date.now() + 10_000
  for (;;) {
    const mails = readOutbox(mailDir).filter((mail) => mail.template === template && mail.to === to)
    if (mails.length > seen) return mails[mails.length - 1]!
    if (Date.now() > until) throw new Error(`no new ${template} mail to ${to}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
const mailCount = (template: string, to: string) => readOutbox(mailDir).filter((m) => m.template === template && m.to === to).length
const tokensOf = (mail: OutboxMail) => new URL(mail.data.link).searchParams.getAll("token")

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let guest: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
    })
    beforeEach(() => {
      guest = shopper(api, world.storefront)
    })

    async function guestOrder(email: string) {
      const cartId = await guest.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }], "pp_system_default", email)
      const completed = await guest.complete(cartId)
      expect(completed.data.type).toBe("order")
      return completed.data.order as { id: string; display_id: number }
    }

    async function account(email: string, password: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Mai", last_name: "Nguyễn" }, {
        headers: { ...guest.headers.headers, authorization: `Bearer ${registered.data.token}` },
      })
      return logIn(email, password)
    }

    async function logIn(email: string, password: string) {
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: { ...guest.headers.headers, authorization: `Bearer ${login.data.token}` } }
    }

    const myOrders = async (headers: { headers: Record<string, string> }) =>
      ((await api.get("/store/orders?fields=id,display_id", headers)).data.orders as { id: string }[]).map((o) => o.id).sort()
    const customerOf = async (orderId: string) => (await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId)).customer_id

    describe("guest orders placed before registering", () => {
      it("come into the account with the same e-mail through the mailed link, and only with that account's login", async () => {
        const first = await guestOrder("mai@example.vn")
        const second = await guestOrder("mai@example.vn")
        const strangers = await guestOrder("khac@example.vn")
        const mai = await account("mai@example.vn", "mat-khau-mai-1")
        const other = await account("khac@example.vn", "mat-khau-khac-1")
        const guestCustomer = await customerOf(first.id)

        // Counts only, and only of her own e-mail's orders.
        const before = await api.get("/store/ocop/customers/me/guest-orders", mai)
        expect(before.data.guest_orders).toEqual({ count: 2, link_sent: 0, link_days: 7 })
        expect(JSON.stringify(before.data)).not.toContain(first.id)
        expect((await api.get("/store/ocop/customers/me/guest-orders", other)).data.guest_orders.count).toBe(1)
        expect((await settle(api.get("/store/ocop/customers/me/guest-orders", guest.headers))).status).toBe(401)
        expect(await myOrders(mai)).toEqual([])

        // One mail for both orders, to the orders' e-mail, with a token per order.
        const claimed = await api.post("/store/ocop/customers/me/guest-orders", {}, mai)
        expect(claimed.status).toBe(202)
        expect(claimed.data.guest_orders.requested).toBe(2)
        const firstMail = await waitForMail("ocop-guest-orders-claim", "mai@example.vn", 0)
        const firstTokens = tokensOf(firstMail)
        expect(firstTokens).toHaveLength(2)
        expect(new URL(firstMail.data.link).pathname).toBe("/tai-khoan/don-hang/nhan")
        expect(firstMail.text).toContain(`#${first.display_id}`)
        expect(firstMail.text).toContain(`#${second.display_id}`)
        expect(firstMail.text).not.toContain(`#${strangers.display_id}`)
        expect((await api.get("/store/ocop/customers/me/guest-orders", mai)).data.guest_orders).toMatchObject({ count: 2, link_sent: 2 })
        // Asking is not owning: nothing moved yet.
        expect(await myOrders(mai)).toEqual([])
        expect(await customerOf(first.id)).toBe(guestCustomer)

        // Another account holding the link (a forwarded mail) gets a 400 and nothing.
        const foreign = await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: firstTokens }, other))
        expect(foreign.status).toBe(400)
        expect(foreign.data.message).toContain("another account")
        expect(await myOrders(other)).toEqual([])
        // Without a login, the plugin's route refuses it too.
        expect((await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: firstTokens }, guest.headers))).status).toBe(401)

        // Bad tokens: not a token at all, a made-up one, one good one with one made-up (all or nothing), extra fields.
        const refusals = await Promise.all([
          settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: ["'; drop table order; --"] }, mai)),
          settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: ["0b6c1e36-4f59-4d43-9a55-1f0d7e0b8a11"] }, mai)),
          settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: [firstTokens[0], "0b6c1e36-4f59-4d43-9a55-1f0d7e0b8a11"] }, mai)),
          settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: [] }, mai)),
          settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: firstTokens, customer_id: "cus_x" }, mai)),
        ])
        expect(refusals.map((r) => r.status)).toEqual([400, 400, 400, 400, 400])
        expect(await myOrders(mai)).toEqual([])
        expect(await customerOf(first.id)).toBe(guestCustomer)

        // Asking again replaces the link: the first mail's tokens no longer work.
        await api.post("/store/ocop/customers/me/guest-orders", {}, mai)
        const secondMail = await waitForMail("ocop-guest-orders-claim", "mai@example.vn", 1)
        const secondTokens = tokensOf(secondMail)
        expect(secondTokens).toHaveLength(2)
        expect(secondTokens).not.toContain(firstTokens[0])
        expect((await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: firstTokens }, mai))).status).toBe(400)

        // A link older than its 7 days is refused, and neither of its orders moves.
        const orderModule = getContainer().resolve(Modules.ORDER)
        const [change] = await orderModule.listOrderChanges({ order_id: first.id, status: "requested" })
        await orderModule.updateOrderChanges([{ id: change!.id, requested_at: new Date(Date.now() - 8 * 24 * 3600 * 1000) }])
        const expired = await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: secondTokens }, mai))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toContain("expired")
        expect(await myOrders(mai)).toEqual([])
        expect((await api.get("/store/ocop/customers/me/guest-orders", mai)).data.guest_orders).toMatchObject({ count: 2, link_sent: 1 })

        // A fresh link, followed while logged in as Mai: both orders are hers, in Medusa's own order list.
        await api.post("/store/ocop/customers/me/guest-orders", {}, mai)
        const thirdTokens = tokensOf(await waitForMail("ocop-guest-orders-claim", "mai@example.vn", 2))
        const accepted = await api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: thirdTokens }, mai)
        expect(accepted.status).toBe(200)
        expect(accepted.data.orders.map((o: any) => o.display_id).sort()).toEqual([first.display_id, second.display_id].sort())
        expect(await myOrders(mai)).toEqual([first.id, second.id].sort())
        expect((await api.get("/store/ocop/customers/me/guest-orders", mai)).data.guest_orders).toEqual({ count: 0, link_sent: 0, link_days: 7 })
        // Used once: the same link again is refused; the other account still has only its own order.
        expect((await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: thirdTokens }, mai))).status).toBe(400)
        expect(await myOrders(other)).toEqual([])
        // Nothing left to ask for: no mail.
        const none = await api.post("/store/ocop/customers/me/guest-orders", {}, mai)
        expect(none.data.guest_orders.requested).toBe(0)
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(mailCount("ocop-guest-orders-claim", "mai@example.vn")).toBe(3)
      })

      it("a guest order placed after registering is the account's already (Medusa's checkout) and is not offered again", async () => {
        const tam = await account("tam@example.vn", "mat-khau-tam-1")
        const later = await guestOrder("tam@example.vn")
        expect(await myOrders(tam)).toEqual([later.id])
        expect((await api.get("/store/ocop/customers/me/guest-orders", tam)).data.guest_orders.count).toBe(0)
        expect((await api.post("/store/ocop/customers/me/guest-orders", {}, tam)).data.guest_orders.requested).toBe(0)
      })
    })

    describe("changing the password inside the account", () => {
      it("needs the current password; then only the new one logs in, and the owner is mailed", async () => {
        const email = "doi@example.vn"
        const me = await account(email, "mat-khau-cu-1")
        const change = (body: Record<string, unknown>, headers = me) =>
          settle(api.post("/store/ocop/customers/me/password", body, headers))

        const wrong = await change({ current_password: "khong-phai", new_password: "mat-khau-moi-2" })
        expect(wrong.status).toBe(400)
        expect(wrong.data.message).toContain("current password is wrong")
        expect((await change({ current_password: "mat-khau-cu-1", new_password: "ngan" })).status).toBe(400)
        expect((await change({ current_password: "mat-khau-cu-1", new_password: "mat-khau-cu-1" })).status).toBe(400)
        expect((await change({ current_password: "mat-khau-cu-1", new_password: "mat-khau-moi-2", email: "x@y.vn" })).status).toBe(400)
        expect((await change({ current_password: "mat-khau-cu-1", new_password: "mat-khau-moi-2" }, guest.headers)).status).toBe(401)
        // Another account's password is no current password here.
        await account("ke-khac@example.vn", "mat-khau-ke-3")
        expect((await change({ current_password: "mat-khau-ke-3", new_password: "mat-khau-moi-2" })).status).toBe(400)
        // Nothing changed by any of those.
        expect((await settle(api.post("/auth/customer/emailpass", { email, password: "mat-khau-cu-1" }))).status).toBe(200)
        expect(mailCount("ocop-password-changed", email)).toBe(0)

        const done = await change({ current_password: "mat-khau-cu-1", new_password: "mat-khau-moi-2" })
        expect(done.status).toBe(200)
        expect((await settle(api.post("/auth/customer/emailpass", { email, password: "mat-khau-cu-1" }))).status).toBe(401)
        expect((await settle(api.post("/auth/customer/emailpass", { email, password: "mat-khau-moi-2" }))).status).toBe(200)
        const mail = await waitForMail("ocop-password-changed", email, 0)
        expect(mail.text).toContain("/tai-khoan/quen-mat-khau")
        // The other account is untouched.
        expect((await settle(api.post("/auth/customer/emailpass", { email: "ke-khac@example.vn", password: "mat-khau-ke-3" }))).status).toBe(200)
      })
    })
  },
})

/**
 * The account pieces of issues #8 and #16 through the Store API: an account's e-mail is verified by the link
 * mailed to it, and the owner of an address someone else registered takes that account over by a password reset;
 * orders placed as a guest come into the account with the same e-mail only once it is verified, through the link
 * mailed to that e-mail, followed while logged in to that account (Medusa's order transfer under the plugin's
 * routes); and a password changed inside the account only with the current one. Every refusal is a 4xx that
 * changes nothing.
 */
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { signVerificationLink } from "@ocop/medusa-plugin-ocop/customers/email-verification"
import { BUON_MA_THUOT, createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"
import { mailsTo, waitForMail, type OutboxMail } from "../fixtures/mail"

// Mai asks for the claim link four times in one test: above the default of 3 a day per account (api/rate-limit.ts).
process.env.OCOP_RATE_LIMIT_CLAIM_MAIL_ACCOUNT = "10/86400"

const mailCount = (template: string, to: string) => mailsTo(template, to).length
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

    /** A registered account, its e-mail verified through the mailed link unless told otherwise. */
    async function account(email: string, password: string, { verified = true } = {}) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password })
      await api.post("/store/customers", { email, first_name: "Mai", last_name: "Nguyễn" }, {
        headers: { ...guest.headers.headers, authorization: `Bearer ${registered.data.token}` },
      })
      if (verified) await followVerificationLink(await waitForMail("ocop-email-verification", email, 0))
      return logIn(email, password)
    }

    const verificationTokenOf = (mail: OutboxMail) => new URL(mail.data.link).searchParams.get("t")!
    /** As the storefront's page does: without a login, with the publishable key only. */
    const followVerificationLink = (mail: OutboxMail) =>
      settle(api.post("/store/ocop/customers/verification", { token: verificationTokenOf(mail) }, guest.headers))
    const verification = async (headers: { headers: Record<string, string> }) =>
      (await api.get("/store/ocop/customers/me/verification", headers)).data.email_verification

    async function logIn(email: string, password: string) {
      const login = await api.post("/auth/customer/emailpass", { email, password })
      return { headers: { ...guest.headers.headers, authorization: `Bearer ${login.data.token}` } }
    }

    const myOrders = async (headers: { headers: Record<string, string> }) =>
      ((await api.get("/store/orders?fields=id,display_id", headers)).data.orders as { id: string }[]).map((o) => o.id).sort()
    const customerOf = async (orderId: string) => (await getContainer().resolve(Modules.ORDER).retrieveOrder(orderId)).customer_id

    describe("the account's e-mail", () => {
      it("is verified by the link mailed on registering, followed without a login; until then no guest order comes in", async () => {
        const email = "xac-minh@example.vn"
        await guestOrder(email)
        const me = await account(email, "mat-khau-xm-1", { verified: false })
        const mail = await waitForMail("ocop-email-verification", email, 0)
        expect(new URL(mail.data.link).pathname).toBe("/tai-khoan/xac-minh")
        expect(mail.text).toContain("/en/tai-khoan/xac-minh?t=")
        expect(mail.text).toContain("/tai-khoan/quen-mat-khau")
        expect(await verification(me)).toMatchObject({ email, verified: false, verified_at: null, link_hours: 48 })

        // Not verified: the guest order is counted, but neither its mail nor its acceptance goes through.
        expect((await api.get("/store/ocop/customers/me/guest-orders", me)).data.guest_orders.count).toBe(1)
        const claim = await settle(api.post("/store/ocop/customers/me/guest-orders", {}, me))
        expect(claim.status).toBe(403)
        expect(claim.data.message).toContain("verify the account's e-mail first")
        const accept = await settle(api.post("/store/ocop/customers/me/guest-orders/accept", { tokens: ["0b6c1e36-4f59-4d43-9a55-1f0d7e0b8a11"] }, me))
        expect(accept.status).toBe(403)
        expect(mailCount("ocop-guest-orders-claim", email)).toBe(0)

        // Links that are not this account's own do nothing, with a 400 that says so.
        const token = verificationTokenOf(mail)
        const [customerId, expiresAt, signature] = token.split(".") as [string, string, string]
        const otherAccount = await account("xac-minh-khac@example.vn", "mat-khau-xm-2", { verified: false })
        const othersToken = verificationTokenOf(await waitForMail("ocop-email-verification", "xac-minh-khac@example.vn", 0))
        for (const bad of [
          "",
          "abc",
          `${customerId}.${Number(expiresAt) + 3_600_000}.${signature}`,
          `${customerId}.${othersToken.split(".").slice(1).join(".")}`,
          `cus_01JUNKJUNKJUNKJUNKJUNKJUNK.${expiresAt}.${signature}`,
          `${customerId}.${expiresAt}.${signature.slice(0, -1)}`,
          "' or 1=1 --",
        ]) {
          const refused = await settle(api.post("/store/ocop/customers/verification", { token: bad }, guest.headers))
          expect(refused.status, bad).toBe(400)
          expect(JSON.stringify(refused.data), bad).not.toMatch(/select|insert|postgres/i)
        }
        expect((await settle(api.post("/store/ocop/customers/verification", { token, extra: 1 }, guest.headers))).status).toBe(400)
        expect((await settle(api.post("/store/ocop/customers/verification", {}, guest.headers))).status).toBe(400)
        expect((await verification(me)).verified).toBe(false)
        expect((await verification(otherAccount)).verified).toBe(false)

        const followed = await followVerificationLink(mail)
        expect(followed.status).toBe(200)
        expect(followed.data.email_verification).toEqual({ email, verified: true, already_verified: false })
        expect((await followVerificationLink(mail)).data.email_verification.already_verified).toBe(true)
        const status = await verification(me)
        expect(status.verified).toBe(true)
        expect(Date.parse(status.verified_at)).toBeGreaterThan(Date.now() - 60_000)
        // Only hers: the other account is still unverified.
        expect((await verification(otherAccount)).verified).toBe(false)

        expect((await api.post("/store/ocop/customers/me/guest-orders", {}, me)).status).toBe(202)
        await waitForMail("ocop-guest-orders-claim", email, 0)
      })

      it("can be mailed again while unverified, not after; a link older than 48 hours says it has expired", async () => {
        const email = "gui-lai@example.vn"
        const me = await account(email, "mat-khau-gl-1", { verified: false })
        await waitForMail("ocop-email-verification", email, 0)
        const again = await api.post("/store/ocop/customers/me/verification", {}, me)
        expect(again.status).toBe(202)
        expect(again.data.email_verification).toMatchObject({ verified: false, mail_sent: true })
        const second = await waitForMail("ocop-email-verification", email, 1)
        expect((await settle(api.post("/store/ocop/customers/me/verification", { email: "x@y.vn" }, me))).status).toBe(400)
        expect((await settle(api.post("/store/ocop/customers/me/verification", {}, guest.headers))).status).toBe(401)

        const customerId = verificationTokenOf(second).split(".")[0]!
        const old = signVerificationLink(getContainer(), { id: customerId, email }, new Date(Date.now() - 49 * 60 * 60 * 1000))
        const expired = await settle(api.post("/store/ocop/customers/verification", { token: old.token }, guest.headers))
        expect(expired.status).toBe(400)
        expect(expired.data.message).toContain("has expired")
        expect((await verification(me)).verified).toBe(false)

        expect((await followVerificationLink(second)).status).toBe(200)
        const done = await api.post("/store/ocop/customers/me/verification", {}, me)
        expect(done.status).toBe(200)
        expect(done.data.email_verification).toMatchObject({ verified: true, mail_sent: false })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(mailCount("ocop-email-verification", email)).toBe(2)
      })

      it("registered by someone else, is taken over by its owner through a password reset: his sessions end, his addresses go", async () => {
        const email = "chu-that@example.vn"
        await guestOrder(email)
        // Someone registers her address and saves an address of his in the account.
        const squatter = await account(email, "mat-khau-ke-gia", { verified: false })
        const saved = await api.post("/store/customers/me/addresses", { ...BUON_MA_THUOT, first_name: "Kẻ", last_name: "Giả" }, squatter)
        expect(saved.data.customer.addresses).toHaveLength(1)
        // Sessions end by the second (customers/sessions.ts): his login is from an earlier one than her reset.
        await new Promise((resolve) => setTimeout(resolve, 1100))
        // Registering herself, she learns the address is taken (Medusa's answer)...
        const taken = await settle(api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-that-1" }))
        expect(taken.status).toBe(401)
        // ...so she resets the password: the link reaches her mailbox, not his.
        expect((await settle(api.post("/auth/customer/emailpass/reset-password", { identifier: email }))).status).toBe(201)
        const reset = await waitForMail("ocop-password-reset", email, 0)
        const resetToken = new URL(reset.data.link).searchParams.get("token")!
        const updated = await settle(
          api.post("/auth/customer/emailpass/update", { email, password: "mat-khau-that-1" }, { headers: { authorization: `Bearer ${resetToken}` } })
        )
        expect(updated.status).toBe(200)

        const owner = await logIn(email, "mat-khau-that-1")
        const until = Date.now() + 10_000
        while (!(await verification(owner)).verified && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
        expect((await verification(owner)).verified).toBe(true)
        expect((await settle(api.get("/store/customers/me", squatter))).status).toBe(401)
        expect((await settle(api.post("/auth/customer/emailpass", { email, password: "mat-khau-ke-gia" }))).status).toBe(401)
        expect((await api.get("/store/customers/me/addresses", owner)).data.addresses).toEqual([])
        expect((await api.post("/store/ocop/customers/me/guest-orders", {}, owner)).status).toBe(202)
      })
    })

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

/**
 * An order's details go to its shopper only (src/orders/order-access.ts, decision 026): the customer logged in to
 * the account it belongs to, or whoever holds the order's access token (the browser that completed the cart,
 * the confirmation mail's link). A stranger holding the order id learns its number and status, and cannot start
 * a transfer of it through Medusa's own store routes.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { adminHeaders, createCheckoutWorld, settle, shopper, type CheckoutWorld } from "../fixtures/checkout"

const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-mail-"))
process.env.OCOP_MAIL_DIR = mailDir

const PRIVATE = ["Lê Duẩn", "0905", "lan@example.vn", "khach-rieng@example.vn", "Nguyễn"]

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CheckoutWorld
    let me: ReturnType<typeof shopper>

    beforeAll(async () => {
      world = await createCheckoutWorld(getContainer())
      me = shopper(api, world.storefront)
    })

    async function guestOrder(email = "khach-rieng@example.vn") {
      const cartId = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }], "pp_bank-transfer_vietqr", email)
      const completed = await me.complete(cartId)
      expect(completed.data.type).toBe("order")
      return { cartId, order: completed.data.order as { id: string; display_id: number } }
    }

    const readOrder = (id: string, options = me.headers) => settle(api.get(`/store/orders/${id}`, options))
    const readPayment = (id: string, options = me.headers) => settle(api.get(`/store/ocop/orders/${id}/payment`, options))

    function expectOnlyNumberAndStatus(answer: any, order: { id: string; display_id: number }) {
      expect(answer.status).toBe(403)
      expect(answer.data.order).toEqual({ id: order.id, display_id: order.display_id, status: "pending" })
      for (const secret of PRIVATE) expect(JSON.stringify(answer.data)).not.toContain(secret)
    }

    it("tells a stranger holding the order id only its number and status, on Medusa's route and the plugin's", async () => {
      const { order } = await guestOrder()
      expectOnlyNumberAndStatus(await readOrder(order.id), order)
      expectOnlyNumberAndStatus(await readOrder(order.id, me.withOrderToken("1999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")), order)
      const payment = await readPayment(order.id)
      expect(payment.status).toBe(403)
      expect(JSON.stringify(payment.data)).not.toContain("vietqr")
    })

    it("opens the order to the browser that completed the cart, and to nobody with another order's token", async () => {
      const mine = await guestOrder()
      const theirs = await guestOrder("ai-do@example.vn")
      const token = await me.orderToken(mine.cartId)
      const opened = await readOrder(mine.order.id, me.withOrderToken(token))
      expect(opened.status).toBe(200)
      expect(opened.data.order.shipping_address.address_1).toBe("12 Lê Duẩn")
      expect((await readPayment(mine.order.id, me.withOrderToken(token))).data.payment.vietqr.reference).toBe(`OCOP ${mine.order.display_id}`)
      expectOnlyNumberAndStatus(await readOrder(theirs.order.id, me.withOrderToken(token)), theirs.order)
      // A token cut or changed by one character opens nothing.
      expectOnlyNumberAndStatus(await readOrder(mine.order.id, me.withOrderToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))), mine.order)
    })

    it("gives the token only for a cart that has just become an order", async () => {
      const open = await me.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }])
      expect((await settle(api.post(`/store/ocop/carts/${open}/order-access`, {}, me.headers))).status).toBe(404)
      expect((await settle(api.post("/store/ocop/carts/cart_khong_co/order-access", {}, me.headers))).status).toBe(404)
      expect((await settle(api.post(`/store/ocop/carts/${open}/order-access`, { order_id: "x" }, me.headers))).status).toBe(400)
    })

    it("writes a link carrying the token into the confirmation mail, and that link opens the order", async () => {
      const { order } = await guestOrder("thu-xac-nhan@example.vn")
      let mail: any
      for (let i = 0; i < 100 && !mail; i++) {
        mail = readOutbox(mailDir).find((m) => m.template === "ocop-order-placed" && m.data?.order_id === order.id)
        if (!mail) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const link = new URL(mail.data.link as string)
      expect(link.pathname).toBe(`/don-hang/${order.id}`)
      const token = link.searchParams.get("t")!
      expect((await readOrder(order.id, me.withOrderToken(token))).status).toBe(200)
      expect(mail.data.text).toContain("30")
    })

    it("shows a customer her own orders when logged in, and another customer's never", async () => {
      const login = async (email: string) => {
        const registered = await api.post("/auth/customer/emailpass/register", { email, password: "mat-khau-dai-1" })
        await api.post("/store/customers", { email, first_name: "Hoa", last_name: "Trần" }, { headers: { ...me.headers.headers, authorization: `Bearer ${registered.data.token}` } })
        const { data } = await api.post("/auth/customer/emailpass", { email, password: "mat-khau-dai-1" })
        return { headers: { ...me.headers.headers, authorization: `Bearer ${data.token}` } }
      }
      const hoa = await login("hoa@example.vn")
      const binh = await login("binh@example.vn")
      const buyer = shopper(api, world.storefront, { authorization: hoa.headers.authorization })
      const cartId = await buyer.ready([{ variant_id: world.products.honey.variant_ids[0]!, quantity: 1 }], "pp_system_default", "hoa@example.vn")
      const { order } = (await buyer.complete(cartId)).data
      expect((await readOrder(order.id, hoa)).status).toBe(200)
      const stranger = await readOrder(order.id, binh)
      expect(stranger.status).toBe(403)
      expect(JSON.stringify(stranger.data)).not.toContain("hoa@example.vn")
    })

    it("closes Medusa's store transfer routes, so a stranger cannot block the owner's claim or the admin's edits", async () => {
      const { order } = await guestOrder("chu-don@example.vn")
      const registered = await api.post("/auth/customer/emailpass/register", { email: "ke-la@example.vn", password: "mat-khau-dai-1" })
      const stranger = { headers: { ...me.headers.headers, authorization: `Bearer ${registered.data.token}` } }
      await api.post("/store/customers", { email: "ke-la@example.vn", first_name: "Kẻ", last_name: "Lạ" }, stranger)
      const { data } = await api.post("/auth/customer/emailpass", { email: "ke-la@example.vn", password: "mat-khau-dai-1" })
      const loggedIn = { headers: { ...me.headers.headers, authorization: `Bearer ${data.token}` } }
      for (const step of ["request", "accept", "cancel", "decline"]) {
        const answer = await settle(api.post(`/store/orders/${order.id}/transfer/${step}`, step === "accept" || step === "decline" ? { token: "x" } : {}, loggedIn))
        expect([step, answer.status]).toEqual([step, 404])
      }
      // Nothing was opened on the order: the admin can still edit it.
      const admin = await adminHeaders(getContainer(), api)
      const { data: changes } = await api.get(`/admin/orders/${order.id}/changes`, admin)
      expect(changes.order_changes.filter((c: any) => c.status === "requested" || c.status === "pending")).toEqual([])
    })
  },
})

/**
 * Commission and settlement (issue 17): each producer's monthly statement — sales, cancellations, the platform's
 * commission, the money couriers collected in cash and the money the platform collected online — in the portal's
 * API and as a CSV file; the account an owner sets to be paid into; the admin's payouts of a month with a VietQR
 * code of exactly the balance for each producer's account, and the transfers recorded against it.
 */
import path from "node:path"
import { parse } from "csv-parse/sync"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addProducerMemberWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import { crc16, parseTlv } from "@ocop/medusa-plugin-ocop/payments/vietqr"
import { adminHeaders, settle, shopper } from "../fixtures/checkout"
import { createMarketplaceWorld, producerHeaders, type MarketplaceWorld } from "../fixtures/marketplace"

type Headers = { headers: Record<string, string> }

/** The month in Vietnam's time, as statements count it. */
const thisMonth = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: MarketplaceWorld
    let coffee: Headers
    let coffeeStaff: Headers
    let honey: Headers
    let admin: Headers

    beforeAll(async () => {
      world = await createMarketplaceWorld(getContainer())
      const staff = { email: "ketoan@htx-ea-tu.vn", password: "mat-khau-ke-toan-ea-tu" }
      const { authIdentity } = await getContainer().resolve(Modules.AUTH).register("emailpass", { body: staff } as any)
      await addProducerMemberWorkflow(getContainer()).run({
        input: { producer_id: world.producers.coffee, email: staff.email, role: "staff", name: "Kế toán", auth_identity_id: authIdentity!.id },
      })
      coffee = await producerHeaders(api, world.owners.coffee)
      coffeeStaff = await producerHeaders(api, staff)
      honey = await producerHeaders(api, world.owners.honey)
      admin = await adminHeaders(getContainer(), api)
    })

    const variant = (seller: keyof MarketplaceWorld["goods"]) => world.goods[seller].variant_ids[0]!
    const step = async (orderId: string, name: string, body: object = {}) => {
      const answer = await settle(api.post(`/producer/orders/${orderId}/${name}`, body, coffee))
      expect(answer.status, JSON.stringify(answer.data)).toBe(200)
    }
    async function buy(items: { variant_id: string; quantity: number }[], provider: string, email: string) {
      const me = shopper(api, world.storefront)
      const { data } = await me.complete(await me.ready(items, provider, email))
      return data.order_group.orders as { id: string; producer: { id: string } }[]
    }
    const orderOf = (orders: { id: string; producer: { id: string } }[], seller: "coffee" | "honey") =>
      orders.find((o) => o.producer.id === world.producers[seller])!.id
    const totalOf = async (orderId: string) => (await api.get(`/producer/orders/${orderId}`, coffee)).data.order.totals.total as number
    /** The producer's order list follows Medusa's order by subscriber: wait until it has. */
    async function untilState(orderId: string, state: string) {
      const end = Date.now() + 10_000
      while (Date.now() < end) {
        const row = (await api.get(`/producer/orders?limit=100`, coffee)).data.orders.find((o: any) => o.id === orderId)
        if (row?.state === state) return
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`order ${orderId} never reached ${state}`)
    }

    it("settles a month: cash the courier collected, a transfer the platform received, a cancelled parcel; the CSV, the account, the payout by VietQR", async () => {
      // 1. Coffee and honey paid in cash on delivery: the coffee parcel is delivered, the honey parcel not yet.
      const cash = await buy([{ variant_id: variant("coffee"), quantity: 1 }, { variant_id: variant("honey"), quantity: 1 }], "pp_system_default", "tien-mat@example.vn")
      const delivered = orderOf(cash, "coffee")
      for (const name of ["packed", "shipped", "delivered"]) await step(delivered, name, name === "shipped" ? { carrier: "GHN", tracking_number: "GHN5812345678" } : {})
      // 2. Two bags of coffee by VietQR: the admin sees the transfer in the bank and captures it.
      const online = (await buy([{ variant_id: variant("coffee"), quantity: 2 }], "pp_bank-transfer_vietqr", "chuyen-khoan@example.vn"))[0]!.id
      const { data: placed } = await api.get(`/admin/orders/${online}?fields=payment_collections.payments.id`, admin)
      await api.post(`/admin/payments/${placed.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
      // 3. A bag of coffee the producer cancels before packing.
      const canceled = (await buy([{ variant_id: variant("coffee"), quantity: 1 }], "pp_system_default", "huy@example.vn"))[0]!.id
      await step(canceled, "cancel", { reason: "Hết hàng rang mới" })
      await untilState(delivered, "delivered")
      await untilState(canceled, "canceled")

      const [cashTotal, onlineTotal] = [await totalOf(delivered), await totalOf(online)]
      const month = thisMonth()
      const { data } = await api.get(`/producer/statements/${month}?limit=2`, coffee)
      const statement = data.statement
      // 5 % commission (the default) on 120 000 and on 240 000; nothing on the cancelled bag.
      expect(statement.totals).toEqual({
        orders: 2,
        canceled_orders: 1,
        sales: 360_000,
        canceled: 120_000,
        shipping: cashTotal + onlineTotal - 360_000,
        commission: 18_000,
        commission_settled: 18_000,
        collected_by_platform: onlineTotal,
        collected_by_couriers: cashTotal,
        awaiting: 0,
        amount_due: onlineTotal - 18_000,
        paid_out: 0,
        balance: onlineTotal - 18_000,
      })
      expect(statement).toMatchObject({ period: month, currency_code: "vnd", count: 3, limit: 2, offset: 0 })
      expect(statement.lines.map((l: any) => l.order_id)).toEqual([delivered, online])
      expect(statement.lines[0]).toMatchObject({ payment: "cash", settled: true, state: "delivered", items: 120_000, commission: 6_000 })
      expect(statement.lines[1]).toMatchObject({ payment: "online", settled: true, items: 240_000, commission: 12_000 })
      expect(statement.days.reduce((sum: number, day: any) => sum + day.sales, 0)).toBe(360_000)
      // Staff keep the books too.
      expect((await api.get(`/producer/statements/${month}`, coffeeStaff)).data.statement.totals).toEqual(statement.totals)
      // The honey producer's statement is its own: one parcel, not yet paid.
      const honeys = (await api.get(`/producer/statements/${month}`, honey)).data.statement
      expect(honeys.totals).toMatchObject({ orders: 1, sales: 180_000, commission: 9_000, commission_settled: 0, amount_due: 0 })
      expect(JSON.stringify(honeys)).not.toContain(delivered)
      // A month without orders is a statement of zeros.
      expect((await api.get("/producer/statements/2020-01", coffee)).data.statement.totals.orders).toBe(0)

      // The same month as a CSV file for the bookkeeper.
      const file = await api.get(`/producer/statements/${month}.csv`, coffee)
      expect(file.headers["content-type"]).toMatch(/^text\/csv/)
      expect(file.headers["content-disposition"]).toBe(`attachment; filename="sao-ke-htx-ca-phe-ea-tu-${month}.csv"`)
      const rows = parse((file.data as string).replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][]
      expect(rows[0]!.slice(0, 3)).toEqual(["ngay_dat", "ma_don", "trang_thai"])
      expect([rows[1]![2], rows[3]![2]]).toEqual(["đã giao", "đã huỷ"])
      expect(rows[2]!.slice(4, 7)).toEqual(["Trực tuyến", "Có", "240000"])
      expect(rows.find((r) => r[0] === "Sàn phải trả chủ thể")![1]).toBe(String(onlineTotal - 18_000))

      // Bad months are a 400 that names the format, never a 500.
      for (const bad of ["2026-13", "2026-1", "abc", "2026-12.pdf", "2026-12.csv.csv", "%27--"]) {
        const refused = await settle(api.get(`/producer/statements/${bad}`, coffee))
        expect(refused.status, bad).toBe(400)
        expect(refused.data.message).toContain("YYYY-MM")
      }
      expect((await settle(api.get(`/producer/statements/${month}?limit=0`, coffee))).status).toBe(400)

      // The admin's payouts of the month: the coffee producer is owed its balance but has no account yet.
      const listed = async () => (await api.get(`/admin/ocop/payouts?period=${month}`, admin)).data
      const rowOf = async () => (await listed()).producers.find((p: any) => p.producer.id === world.producers.coffee)
      expect((await listed()).producers.map((p: any) => p.producer.name)).toEqual(["HTX Cà phê Ea Tu", "HTX Mật ong Krông Bông"])
      expect(await rowOf()).toMatchObject({ payout_account: null, transfer: null, totals: { balance: onlineTotal - 18_000 } })

      // Only an owner sets where the producer is paid; a bank not in the list or a short number is refused.
      const account = { bank_bin: "970405", account_number: "5100 2051 23456", account_name: "Hợp tác xã Cà phê Ea Tu" }
      expect((await settle(api.post("/producer/payout-account", account, coffeeStaff))).status).toBe(403)
      expect((await settle(api.get("/producer/payout-account", coffeeStaff))).status).toBe(403)
      for (const bad of [{ ...account, bank_bin: "123456" }, { ...account, account_number: "12-34" }, { ...account, account_name: "" }, { ...account, extra: 1 }]) {
        expect((await settle(api.post("/producer/payout-account", bad, coffee))).status, JSON.stringify(bad)).toBe(400)
      }
      expect((await api.get("/producer/payout-account", coffee)).data.payout_account).toBeNull()
      const set = (await api.post("/producer/payout-account", account, coffee)).data
      expect(set.payout_account).toMatchObject({ bank_bin: "970405", bank_name: "Agribank", account_number: "5100205123456", account_name: "HOP TAC XA CA PHE EA TU" })
      expect(set.banks.length).toBeGreaterThan(20)

      // Now the admin's row carries a VietQR code of exactly the balance, to that account, naming the month.
      const due = onlineTotal - 18_000
      const { transfer } = await rowOf()
      // What the bank statement will read, in the 25 ASCII characters every bank keeps.
      expect(transfer).toMatchObject({ amount: due, purpose: `OCOP ${month.replace("-", "")} htx ca phe ea` })
      const fields = parseTlv(transfer.payload)
      expect(fields.get("54")).toBe(String(due))
      const beneficiary = parseTlv(parseTlv(fields.get("38")!).get("01")!)
      expect([beneficiary.get("00"), beneficiary.get("01")]).toEqual(["970405", "5100205123456"])
      expect(fields.get("63")).toBe(crc16(transfer.payload.slice(0, -4)))
      expect(transfer.qr_svg).toMatch(/^<svg/)

      // Recording the transfers: more than is due, a month to come or a bad reference is refused and changes nothing.
      const record = (body: object) => settle(api.post("/admin/ocop/payouts", { producer_id: world.producers.coffee, period: month, ...body }, admin))
      expect((await record({ amount: due + 1, bank_reference: "FT26341000001" })).status).toBe(400)
      expect((await record({ amount: 1_000, bank_reference: "FT26341000001", period: "2999-01" })).status).toBe(400)
      expect((await record({ amount: 1_000, bank_reference: "=HYPERLINK(1)" })).status).toBe(400)
      expect((await record({ amount: -5, bank_reference: "FT26341000001" })).status).toBe(400)
      expect((await settle(api.post("/admin/ocop/payouts", { producer_id: "ocprod_none", period: month, amount: 1, bank_reference: "FT1234" }, admin))).status).toBe(404)
      expect((await rowOf()).totals.paid_out).toBe(0)

      expect((await record({ amount: 100_000, bank_reference: "ft26341000001" })).status).toBe(201)
      // The same transfer twice is one transfer.
      const twice = await record({ amount: 1_000, bank_reference: "FT26341000001" })
      expect(twice.status).toBeGreaterThanOrEqual(400)
      expect(twice.status).toBeLessThan(500)
      expect((await rowOf()).transfer.amount).toBe(due - 100_000)
      expect((await record({ amount: due - 100_000, bank_reference: "FT26341000002", note: "Phần còn lại" })).status).toBe(201)
      const settled = await rowOf()
      expect(settled.totals).toMatchObject({ paid_out: due, balance: 0 })
      expect(settled.transfer).toBeNull()
      expect(settled.payouts.map((p: any) => [p.amount, p.bank_reference])).toEqual([[100_000, "FT26341000001"], [due - 100_000, "FT26341000002"]])

      // The producer sees the payouts on its statement; the admin reads the same statement.
      const after = (await api.get(`/producer/statements/${month}`, coffee)).data.statement
      expect(after.totals).toMatchObject({ paid_out: due, balance: 0 })
      expect((await api.get(`/admin/ocop/producers/${world.producers.coffee}/statements/${month}`, admin)).data.statement.totals).toEqual(after.totals)
      expect((await api.get(`/admin/ocop/producers/${world.producers.coffee}/statements/${month}.csv`, admin)).data).toContain("FT26341000002")

      // The admin's view of one producer's orders is the producer's own list: coffee's parcels, never honey's.
      const adminsList = (await api.get(`/admin/ocop/producers/${world.producers.coffee}/orders?limit=100`, admin)).data
      const producersList = (await api.get(`/producer/orders?limit=100`, coffee)).data
      expect(adminsList.orders.map((o: any) => o.id)).toEqual(producersList.orders.map((o: any) => o.id))
      expect(adminsList.orders.map((o: any) => o.id)).toContain(delivered)
      expect(adminsList.orders.map((o: any) => o.id)).not.toContain(orderOf(cash, "honey"))
      expect((await api.get(`/admin/ocop/producers/${world.producers.coffee}/orders?state=delivered`, admin)).data.orders.map((o: any) => o.id)).toEqual([delivered])
      expect((await settle(api.get(`/admin/ocop/producers/ocprod_none/orders`, admin))).status).toBe(404)
      expect((await settle(api.get(`/admin/ocop/producers/${world.producers.coffee}/orders?limit=0`, admin))).status).toBe(400)
      expect((await settle(api.get(`/admin/ocop/producers/${world.producers.coffee}/orders`, coffee))).status).toBe(401)

      // Nobody else reaches the admin's payouts.
      for (const who of [coffee, {}]) expect((await settle(api.get(`/admin/ocop/payouts?period=${month}`, who))).status).toBe(401)
      expect(await (getContainer().resolve("marketplace") as any).listPayouts({ producer_id: world.producers.coffee })).toHaveLength(2)
    })
  },
})

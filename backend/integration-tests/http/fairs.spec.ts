/**
 * Trade fairs (issue 18) through the API: an organiser (the programme's admin) sets up a fair with zones and
 * booths that show only their producer's showable products; the public sees published fairs by phase, and a
 * booth in a product's "where to buy" during the fair's days only; buyers leave enquiries (validated, a honeypot,
 * rate-limited, nothing written when refused) that reach the producer by mail; the organiser follows their
 * statuses, exports them as CSV and reads the programme's two trade-promotion figures.
 */
import path from "node:path"
import { parse } from "csv-parse/sync"
import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { openSalesPoints } from "@ocop/medusa-plugin-ocop/fairs/where-to-buy"
import { loginAsAdmin, type Headers } from "../fixtures/admin"
import { settle } from "../fixtures/checkout"
import { fairBody, vietnamDay } from "../fixtures/fairs"
import { mailsTo, waitForMail } from "../fixtures/mail"
import { createCatalogueWorld, DAY_MS, type CatalogueWorld } from "../fixtures/ocop"

// Counted per contact so each test can use its own phone; the client's limit stays out of the way.
process.env.OCOP_RATE_LIMIT_TRADE_LEAD_ACCOUNT = "3/3600"
process.env.OCOP_RATE_LIMIT_TRADE_LEAD_CLIENT = "1000/3600"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let world: CatalogueWorld
    let store: Headers

    beforeAll(async () => {
      world = await createCatalogueWorld(getContainer())
      admin = await loginAsAdmin(api, getContainer())
      store = world.storefront.headers
    })

    const createFair = async (overrides: Record<string, unknown> = {}) => (await api.post("/admin/ocop/fairs", fairBody(overrides), admin)).data.fair
    const addBooth = async (fairId: string, body: Record<string, unknown>) => (await api.post(`/admin/ocop/fairs/${fairId}/booths`, body, admin)).data.fair
    const zoneId = (fair: any, code: string) => fair.zones.find((z: any) => z.code === code).id
    /** A current fair with the coffee cooperative at A1 (coffee) and the honey household at B1 (honey). */
    async function currentFair(overrides: Record<string, unknown> = {}) {
      const fair = await createFair(overrides)
      await addBooth(fair.id, { number: "A1", zone_id: zoneId(fair, "A"), producer_id: world.producers["htx-ca-phe-cu-mgar"], x: 0, y: 0, width: 2, product_ids: [world.products.coffee.id] })
      return addBooth(fair.id, { number: "B1", zone_id: zoneId(fair, "B"), producer_id: world.producers["ho-mat-ong-krong-bong"], x: 0, y: 2, product_ids: [world.products.honey.id] })
    }
    const leadCount = async () => (await api.get("/admin/ocop/trade-leads?limit=1", admin)).data.count

    describe("an organiser sets up a fair", () => {
      it("creates a fair with its zones and a fair_booth sales point of the same handle, venue and hours", async () => {
        const fair = await createFair()
        expect(fair).toMatchObject({
          handle: "hoi-cho-ocop-buon-ma-thuot",
          first_day: vietnamDay(-1),
          last_day: vietnamDay(3),
          phase: "current",
          zones: [{ code: "A", rank: 0 }, { code: "B", rank: 1 }],
          booths: [],
          figures: { booths: 0, exhibitors: 0, leads: { total: 0 } },
        })
        expect(new Date(fair.ends_at).getTime() - new Date(fair.starts_at).getTime()).toBe(5 * DAY_MS)
        const point = (await api.get(`/admin/ocop/sales-points/${fair.sales_point.id}`, admin)).data.sales_point
        expect(point).toMatchObject({ handle: fair.handle, type: "fair_booth", name: "Hội chợ OCOP Buôn Ma Thuột", market_name: "Quảng trường 10/3", opening_hours_vi: "8:00–22:00 hằng ngày" })

        const renamed = (await api.post(`/admin/ocop/fairs/${fair.id}`, { venue_name: "Bảo tàng Cà phê", last_day: vietnamDay(5) }, admin)).data.fair
        expect(renamed.last_day).toBe(vietnamDay(5))
        expect((await api.get(`/admin/ocop/sales-points/${fair.sales_point.id}`, admin)).data.sales_point.market_name).toBe("Bảo tàng Cà phê")
      })

      it("refuses a fair whose last day comes before its first, a taken handle, an unknown ward, and writes nothing", async () => {
        await createFair()
        const before = (await api.get("/admin/ocop/fairs", admin)).data.count
        for (const body of [
          fairBody({ handle: "hoi-cho-khac", first_day: vietnamDay(5), last_day: vietnamDay(2) }),
          fairBody(),
          fairBody({ handle: "hoi-cho-khac", ward_code: "99999" }),
          fairBody({ handle: "hoi-cho-khac", first_day: "2026-02-30" }),
          fairBody({ handle: "Hội chợ" }),
          fairBody({ handle: "hoi-cho-khac", zones: [{ code: "A", name: "x" }, { code: "A", name: "y" }] }),
        ]) {
          const refused = await settle(api.post("/admin/ocop/fairs", body, admin))
          expect(refused.status, JSON.stringify(body).slice(0, 120)).toBe(400)
          expect(refused.data.message).toMatch(/ \/ /)
        }
        expect((await api.get("/admin/ocop/fairs", admin)).data.count).toBe(before)
      })

      it("puts booths on the floor plan with only their producer's showable products, and the fair's sales point carries them", async () => {
        const fair = await currentFair()
        expect(fair.booths.map((b: any) => [b.number, b.producer.handle, b.products.map((p: any) => p.handle)])).toEqual([
          ["A1", "htx-ca-phe-cu-mgar", ["ca-phe-rang-xay-cu-mgar"]],
          ["B1", "ho-mat-ong-krong-bong", ["mat-ong-hoa-ca-phe"]],
        ])
        expect(fair.figures).toMatchObject({ booths: 2, exhibitors: 2 })
        const point = (await api.get(`/admin/ocop/sales-points/${fair.sales_point.id}`, admin)).data.sales_point
        expect(point.products.map((p: any) => p.handle).sort()).toEqual(["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"])

        const coffeeProducer = world.producers["htx-ca-phe-cu-mgar"]
        const refusals: [Record<string, unknown>, RegExp][] = [
          [{ number: "A2", producer_id: coffeeProducer, x: 4, y: 0, product_ids: [world.products.expired.id] }, /3 stars or more: Cà phê bột \(hết hạn\)/],
          [{ number: "A2", producer_id: coffeeProducer, x: 4, y: 0, product_ids: [world.products.honey.id] }, /its producer's own products/],
          [{ number: "B2", producer_id: world.producers["ho-mat-ong-krong-bong"], x: 4, y: 0, product_ids: [world.products.twoStars.id] }, /3 stars or more/],
          [{ number: "A1", producer_id: coffeeProducer, x: 4, y: 0, product_ids: [] }, /already has a booth numbered A1/],
          [{ number: "A3", producer_id: coffeeProducer, x: 1, y: 0, product_ids: [] }, /overlaps booth A1/],
          [{ number: "A3", producer_id: coffeeProducer, x: 9, y: 0, width: 2, product_ids: [] }, /outside the floor plan/],
          [{ number: "A3", producer_id: "ocprod_none", x: 5, y: 5, product_ids: [] }, /does not exist/],
          [{ number: "A3", producer_id: coffeeProducer, x: 5, y: 5, zone_id: "fzone_other", product_ids: [] }, /not one of this fair's/],
          [{ number: "A 3", producer_id: coffeeProducer, x: 5, y: 5 }, /booth number/],
          [{ number: "A3", producer_id: coffeeProducer, x: -1, y: 5 }, /.+/],
        ]
        for (const [body, message] of refusals) {
          const refused = await settle(api.post(`/admin/ocop/fairs/${fair.id}/booths`, body, admin))
          expect(refused.status, JSON.stringify(body)).toBe(400)
          expect(refused.data.message).toMatch(message)
        }
        const after = (await api.get(`/admin/ocop/fairs/${fair.id}`, admin)).data.fair
        expect(after.booths).toHaveLength(2)

        // Moving the honey booth and emptying it: the sales point drops honey.
        const b1 = after.booths.find((b: any) => b.number === "B1")
        await api.post(`/admin/ocop/fairs/${fair.id}/booths/${b1.id}`, { x: 5, y: 3, product_ids: [] }, admin)
        const emptied = (await api.get(`/admin/ocop/sales-points/${fair.sales_point.id}`, admin)).data.sales_point
        expect(emptied.products.map((p: any) => p.handle)).toEqual(["ca-phe-rang-xay-cu-mgar"])
        // A zone with booths stays; an empty one goes.
        expect((await settle(api.delete(`/admin/ocop/fairs/${fair.id}/zones/${zoneId(fair, "A")}`, admin))).status).toBe(400)
        await api.delete(`/admin/ocop/fairs/${fair.id}/booths/${b1.id}`, admin)
        expect((await api.delete(`/admin/ocop/fairs/${fair.id}/zones/${zoneId(fair, "B")}`, admin)).status).toBe(200)
      })

      it("deletes a fair nobody wrote to with its sales point; keeps one with enquiries", async () => {
        const quiet = await currentFair({ handle: "hoi-cho-khong-ai-hoi", published: false })
        expect((await api.delete(`/admin/ocop/fairs/${quiet.id}`, admin)).status).toBe(200)
        expect((await settle(api.get(`/admin/ocop/sales-points/${quiet.sales_point.id}`, admin))).status).toBe(404)
        expect((await api.get(`/store/ocop/products/ca-phe-rang-xay-cu-mgar`, store)).data.product.sales_points.map((p: any) => p.handle)).not.toContain("hoi-cho-khong-ai-hoi")

        const busy = await currentFair()
        await api.post("/store/ocop/trade-leads", { buyer_name: "Chị Lan", phone: "0912 000 001", fair_handle: busy.handle, booth: "A1", website: "" }, store)
        const refused = await settle(api.delete(`/admin/ocop/fairs/${busy.id}`, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("unpublish it")
      })
    })

    describe("organisers are admin users with a scope", () => {
      /** An admin user the programme made a fair organiser, signed in like the dashboard. */
      async function organiser(): Promise<Headers> {
        const container = getContainer()
        const { result } = await createUsersWorkflow(container).run({
          input: { users: [{ email: "btc@hoicho.example.vn", first_name: "Ban", last_name: "Tổ chức" }] },
        })
        const auth = container.resolve(Modules.AUTH)
        const { authIdentity } = await auth.register("emailpass", { body: { email: "btc@hoicho.example.vn", password: "mat-khau-btc-1" } } as any)
        await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { user_id: result[0]!.id } })
        // The full admin gives the scope through Medusa's own user route.
        await api.post(`/admin/users/${result[0]!.id}`, { metadata: { ocop_role: "fair_organiser" } }, admin)
        const { data } = await api.post("/auth/user/emailpass", { email: "btc@hoicho.example.vn", password: "mat-khau-btc-1" })
        return { headers: { authorization: `Bearer ${data.token}` } }
      }

      it("runs fairs, booths, leads and figures, reads producers, and is refused everything else with a 403 that changes nothing", async () => {
        const btc = await organiser()
        const fair = (await api.post("/admin/ocop/fairs", fairBody(), btc)).data.fair
        await api.post(`/admin/ocop/fairs/${fair.id}/booths`, { number: "A1", producer_id: world.producers["htx-ca-phe-cu-mgar"], x: 0, y: 0, product_ids: [world.products.coffee.id] }, btc)
        expect((await api.get(`/admin/ocop/fairs/${fair.id}`, btc)).data.fair.booths).toHaveLength(1)
        expect((await api.get("/admin/ocop/trade-leads", btc)).status).toBe(200)
        expect((await api.get("/admin/ocop/fair-figures", btc)).status).toBe(200)
        expect((await api.get("/admin/ocop/producers?limit=5", btc)).status).toBe(200)
        const me = (await api.get("/admin/users/me", btc)).data.user
        expect(me.email).toBe("btc@hoicho.example.vn")
        const producersBefore = (await api.get("/admin/ocop/producers", admin)).data.count
        for (const [method, url, body] of [
          ["POST", "/admin/ocop/producers", { handle: "x" }],
          ["DELETE", `/admin/ocop/producers/${world.producers["htx-ca-phe-cu-mgar"]}`, undefined],
          ["POST", "/admin/ocop/certifications", {}],
          ["GET", "/admin/orders", undefined],
          ["GET", "/admin/customers", undefined],
          ["GET", "/admin/users", undefined],
          ["POST", "/admin/invites", { email: "x@example.vn" }],
          ["POST", `/admin/ocop/sales-points/${fair.sales_point.id}`, { name: "Đổi tên" }],
          // Not even her own scope.
          ["POST", `/admin/users/${me.id}`, { metadata: {} }],
        ] as const) {
          const answer = await settle(method === "GET" ? api.get(url, btc) : method === "DELETE" ? api.delete(url, btc) : api.post(url, body, btc))
          expect(answer.status, `${method} ${url}`).toBe(403)
          expect(answer.data.message).toContain("fair organiser")
        }
        expect((await api.get("/admin/ocop/producers", admin)).data.count).toBe(producersBefore)
        // The full admin is not held back by the scope.
        expect((await api.get("/admin/users", admin)).status).toBe(200)
      })
    })

    describe("the public", () => {
      it("lists published fairs as current, upcoming or past, and opens one with its zones, booths and products", async () => {
        await currentFair()
        await createFair({ handle: "hoi-cho-sap-toi", name: "Hội chợ sắp tới", first_day: vietnamDay(20), last_day: vietnamDay(24) })
        await createFair({ handle: "hoi-cho-da-qua", name: "Hội chợ đã qua", first_day: vietnamDay(-40), last_day: vietnamDay(-36) })
        await createFair({ handle: "ban-nhap", name: "Bản nháp", published: false })
        const when = async (phase?: string) => (await api.get(`/store/ocop/fairs${phase ? `?when=${phase}` : ""}`, store)).data
        expect((await when("current")).fairs.map((f: any) => f.handle)).toEqual(["hoi-cho-ocop-buon-ma-thuot"])
        expect((await when("upcoming")).fairs.map((f: any) => f.handle)).toEqual(["hoi-cho-sap-toi"])
        expect((await when("past")).fairs.map((f: any) => f.handle)).toEqual(["hoi-cho-da-qua"])
        expect(await when()).toMatchObject({ count: 3, limit: 20, offset: 0 })
        expect((await when("current")).fairs[0]).toMatchObject({ booth_count: 2, exhibitor_count: 2, phase: "current", venue: { name: "Quảng trường 10/3" } })

        const { fair } = (await api.get("/store/ocop/fairs/hoi-cho-ocop-buon-ma-thuot?locale=en", store)).data
        expect(fair).toMatchObject({
          name: "Buôn Ma Thuột OCOP Fair",
          floor: { columns: 10, rows: 6 },
          zones: [{ code: "A", name: "Coffee and cacao" }, { code: "B", name: "Honey and specialties" }],
        })
        expect(fair.booths.map((b: any) => [b.number, b.zone, b.position, b.producer.handle, b.products.map((p: any) => p.handle)])).toEqual([
          ["A1", "A", { x: 0, y: 0, width: 2, height: 1 }, "htx-ca-phe-cu-mgar", ["ca-phe-rang-xay-cu-mgar"]],
          ["B1", "B", { x: 0, y: 2, width: 1, height: 1 }, "ho-mat-ong-krong-bong", ["mat-ong-hoa-ca-phe"]],
        ])
        expect((await settle(api.get("/store/ocop/fairs/ban-nhap", store))).status).toBe(404)
        for (const bad of ["when=today", "limit=0", "limit=101", "locale=fr", "q=x"]) {
          expect((await settle(api.get(`/store/ocop/fairs?${bad}`, store))).status, bad).toBe(400)
        }
      })

      it("shows a booth in a product's where-to-buy during the fair's days only, on the clock it is given", async () => {
        const current = await currentFair()
        const upcoming = await createFair({ handle: "hoi-cho-sap-toi", first_day: vietnamDay(20), last_day: vietnamDay(24) })
        await addBooth(upcoming.id, { number: "A1", producer_id: world.producers["htx-ca-phe-cu-mgar"], x: 0, y: 0, product_ids: [world.products.coffee.id] })
        const past = await createFair({ handle: "hoi-cho-da-qua", first_day: vietnamDay(-40), last_day: vietnamDay(-36) })
        await addBooth(past.id, { number: "A1", producer_id: world.producers["htx-ca-phe-cu-mgar"], x: 0, y: 0, product_ids: [world.products.coffee.id] })

        const points = (await api.get("/store/ocop/products/ca-phe-rang-xay-cu-mgar", store)).data.product.sales_points
        expect(points.map((p: any) => p.handle)).toEqual(expect.arrayContaining(["hoi-cho-ocop-buon-ma-thuot", "ki-ot-ocop-buon-ma-thuot"]))
        expect(points.map((p: any) => p.handle)).not.toContain("hoi-cho-sap-toi")
        expect(points.map((p: any) => p.handle)).not.toContain("hoi-cho-da-qua")
        expect(points.find((p: any) => p.type === "fair_booth")).toMatchObject({
          fair: { handle: "hoi-cho-ocop-buon-ma-thuot", first_day: vietnamDay(-1), last_day: vietnamDay(3), booth: { number: "A1", zone: "Cà phê và ca cao" } },
        })
        expect(points.find((p: any) => p.handle === "ki-ot-ocop-buon-ma-thuot").fair).toBeNull()
        const onMap = (await api.get("/store/ocop/sales-points?type=fair_booth", store)).data.sales_points.map((p: any) => p.handle)
        expect(onMap).toEqual(["hoi-cho-ocop-buon-ma-thuot"])
        // The closed fairs' points are left out of the count and the pages alike, not only of the page shown.
        expect((await api.get("/store/ocop/sales-points?type=fair_booth&limit=1", store)).data).toMatchObject({ count: 1 })
        const listed = (await api.get("/store/ocop/sales-points?limit=1&offset=0", store)).data
        const everyPage = (await api.get("/store/ocop/sales-points?limit=100", store)).data
        expect(listed.count).toBe(everyPage.sales_points.length)
        expect(everyPage.sales_points.map((p: any) => p.handle)).not.toContain("hoi-cho-sap-toi")
        expect(everyPage.sales_points.map((p: any) => p.handle)).not.toContain("hoi-cho-da-qua")
        expect((await api.get("/store/ocop/provinces/66", store)).data.province.sales_point_count).toBe(everyPage.count)
        expect((await settle(api.get("/store/ocop/sales-points/hoi-cho-sap-toi", store))).status).toBe(404)

        // The same points judged at other instants: each fair's booth is open from its first day's 00:00 in Vietnam
        // to the end of its last.
        const ocop = getContainer().resolve("ocop") as any
        const fairPoints = await ocop.listSalesPoints({ type: "fair_booth" })
        const openAt = async (at: Date) => (await openSalesPoints(getContainer(), fairPoints, at)).points.map((p: any) => p.handle).sort()
        const startOf = (fair: any) => new Date(fair.starts_at)
        const endOf = (fair: any) => new Date(fair.ends_at)
        expect(await openAt(new Date(startOf(upcoming).getTime() - 1))).toEqual([])
        expect(await openAt(startOf(upcoming))).toEqual(["hoi-cho-sap-toi"])
        expect(await openAt(new Date(endOf(upcoming).getTime() - 1))).toEqual(["hoi-cho-sap-toi"])
        expect(await openAt(endOf(upcoming))).toEqual([])
        expect(await openAt(new Date(startOf(past).getTime() + DAY_MS))).toEqual(["hoi-cho-da-qua"])
        expect(await openAt(new Date())).toEqual(["hoi-cho-ocop-buon-ma-thuot"])
        // An unpublished fair's booth is never a place to buy.
        await api.post(`/admin/ocop/fairs/${current.id}`, { published: false }, admin)
        expect(await openAt(new Date())).toEqual([])
      })
    })

    describe("a buyer's enquiry", () => {
      const enquiry = (overrides: Record<string, unknown> = {}) => ({
        buyer_name: "Nguyễn Thị Lan",
        organisation: "Cửa hàng đặc sản Hà Nội",
        phone: "0912 345 678",
        email: "lan.dacsan@example.vn",
        market: "Hà Nội",
        quantity: "200 gói mỗi tháng",
        note: "Cần báo giá sỉ",
        fair_handle: "hoi-cho-ocop-buon-ma-thuot",
        booth: "A1",
        source: "booth_qr",
        locale: "vi",
        website: "",
        ...overrides,
      })

      it("reaches the producer by mail and the buyer gets a copy: 201 with the lead's id", async () => {
        await currentFair()
        const seen = mailsTo("ocop-trade-lead", "htx.cumgar@example.vn").length
        const created = await api.post("/store/ocop/trade-leads", enquiry(), store)
        expect(created.status).toBe(201)
        expect(created.data).toEqual({ trade_lead: { id: expect.stringMatching(/^tlead_/) } })
        // No member in the seller portal yet: the producer's own e-mail.
        const mail = await waitForMail("ocop-trade-lead", "htx.cumgar@example.vn", seen)
        expect(mail.subject).toContain("Nguyễn Thị Lan hỏi mua hàng của HTX Cà phê Cư M'gar")
        expect(mail.text).toContain("Điện thoại: +84912345678")
        expect(mail.text).toContain("gian hàng A1")
        expect(mail.text).toContain(`/kenh-nguoi-ban/khach-hoi-mua/${created.data.trade_lead.id}`)
        const copy = await waitForMail("ocop-trade-lead-received", "lan.dacsan@example.vn", 0)
        expect(copy.text).toMatch(/^Chào Nguyễn Thị Lan/)

        const lead = (await api.get(`/admin/ocop/trade-leads/${created.data.trade_lead.id}`, admin)).data.trade_lead
        expect(lead).toMatchObject({
          status: "new",
          source: "booth_qr",
          phone: "+84912345678",
          producer: { handle: "htx-ca-phe-cu-mgar" },
          fair: { handle: "hoi-cho-ocop-buon-ma-thuot" },
          booth: { number: "A1" },
          product: null,
          events: [{ status: "new", from_status: null, actor: "buyer" }],
        })
        // From a product page: the product's producer, no fair.
        const fromProduct = await api.post("/store/ocop/trade-leads", enquiry({ fair_handle: undefined, booth: undefined, source: "product_page", product_handle: "mat-ong-hoa-ca-phe", phone: "0987 654 321" }), store)
        const honey = (await api.get(`/admin/ocop/trade-leads/${fromProduct.data.trade_lead.id}`, admin)).data.trade_lead
        expect(honey).toMatchObject({ producer: { handle: "ho-mat-ong-krong-bong" }, product: { handle: "mat-ong-hoa-ca-phe" }, fair: null, source: "product_page" })
        // A buyer from abroad leaves a number with its country code; it is kept in E.164.
        const fromAbroad = await api.post("/store/ocop/trade-leads", enquiry({ fair_handle: undefined, booth: undefined, source: "product_page", product_handle: "mat-ong-hoa-ca-phe", phone: "0049 151 2345 6789" }), store)
        expect(fromAbroad.status).toBe(201)
        expect((await api.get(`/admin/ocop/trade-leads/${fromAbroad.data.trade_lead.id}`, admin)).data.trade_lead.phone).toBe("+4915123456789")
      })

      it("refuses bad input and spam with a 400 and writes nothing", async () => {
        await currentFair()
        const before = await leadCount()
        const copiesBefore = mailsTo("ocop-trade-lead-received", "lan.dacsan@example.vn").length
        const mine = (overrides: Record<string, unknown>) => {
          const { phone: _, ...body } = enquiry(overrides)
          return "phone" in overrides ? { ...body, phone: overrides.phone } : body
        }
        const cases: Record<string, unknown>[] = [
          mine({ website: "http://spam.example" }),
          mine({ phone: "", email: "" }),
          mine({ phone: "12345", email: undefined }),
          mine({ email: "not-an-email", phone: undefined }),
          mine({ buyer_name: "" }),
          mine({ buyer_name: "x".repeat(121) }),
          mine({ note: "x".repeat(2001) }),
          mine({ booth: "Z9" }),
          mine({ fair_handle: "khong-co" }),
          mine({ fair_handle: undefined }),
          mine({ booth: undefined, product_handle: undefined }),
          mine({ product_handle: "mat-ong-hoa-ca-phe" }),
          mine({ fair_handle: undefined, booth: undefined, product_handle: "ca-phe-bot-het-han" }),
          mine({ source: "radio" }),
          mine({ status: "contract_signed" }),
          mine({ producer_id: world.producers["cong-ty-ruou-buon-don"] }),
          { buyer_name: "X", phone: ["0912345678"] },
        ]
        for (const [i, body] of cases.entries()) {
          // Each its own contact, so the rate limit (which counts every well-formed attempt) stays out of the way.
          const contact = "phone" in body ? {} : { phone: `0912 400 ${String(100 + i)}` }
          const refused = await settle(api.post("/store/ocop/trade-leads", { ...body, ...contact }, store))
          expect(refused.status, JSON.stringify(body).slice(0, 160)).toBe(400)
          expect(JSON.stringify(refused.data)).not.toMatch(/select |insert |postgres/i)
        }
        expect(await leadCount()).toBe(before)
        expect(mailsTo("ocop-trade-lead-received", "lan.dacsan@example.vn")).toHaveLength(copiesBefore)
      })

      it("answers 429 with Retry-After once one contact has written too often, and another contact still gets through", async () => {
        await currentFair()
        const answers = []
        for (let i = 0; i < 5; i++) answers.push(await settle(api.post("/store/ocop/trade-leads", enquiry({ phone: "0933 000 111", email: undefined }), store)))
        expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 429, 429])
        expect(Number(answers[3].headers["retry-after"])).toBeGreaterThan(0)
        expect(answers[3].data.message).toMatch(/too many attempts/)
        expect((await api.post("/store/ocop/trade-leads", enquiry({ phone: "0933 000 222", email: undefined }), store)).status).toBe(201)
        expect(await leadCount()).toBe(4)
      })
    })

    describe("following leads", () => {
      it("moves a lead new → contacted → memorandum → contract with its value, keeps the history, and refuses steps out of order", async () => {
        await currentFair()
        const { id } = (await api.post("/store/ocop/trade-leads", { buyer_name: "Anh Minh", email: "minh@example.vn", fair_handle: "hoi-cho-ocop-buon-ma-thuot", booth: "B1", website: "" }, store)).data.trade_lead
        const step = (body: Record<string, unknown>) => settle(api.post(`/admin/ocop/trade-leads/${id}`, body, admin))
        expect((await step({ status: "contract_signed" })).data.message).toContain("needs its value")
        expect((await step({ status: "contacted", contract_value: 5 })).data.message).toContain("only a signed contract has a value")
        expect((await step({ status: "contacted", note: "Đã gọi điện" })).status).toBe(200)
        expect((await step({ status: "contacted", note: "Gửi mẫu thử" })).status).toBe(200)
        expect((await step({ status: "new" })).status).toBe(400)
        expect((await step({ status: "memorandum_signed", note: "Ký tại hội chợ" })).status).toBe(200)
        const signed = await step({ status: "contract_signed", contract_value: 150_000_000 })
        expect(signed.data.trade_lead).toMatchObject({ status: "contract_signed", contract_value: 150_000_000 })
        expect(signed.data.trade_lead.events.map((e: any) => [e.from_status, e.status, e.note, e.contract_value])).toEqual([
          [null, "new", null, null],
          ["new", "contacted", "Đã gọi điện", null],
          ["contacted", "contacted", "Gửi mẫu thử", null],
          ["contacted", "memorandum_signed", "Ký tại hội chợ", null],
          ["memorandum_signed", "contract_signed", null, 150_000_000],
        ])
        expect((await step({ status: "dropped" })).status).toBe(400)
        for (const bad of [{ status: "won" }, { status: "contract_signed", contract_value: 1.5 }, { status: "contract_signed", contract_value: "1000" }, { status: "contacted", extra: 1 }]) {
          expect((await step(bad)).status, JSON.stringify(bad)).toBe(400)
        }
        expect((await settle(api.post("/admin/ocop/trade-leads/tlead_none", { status: "contacted" }, admin))).status).toBe(404)
        const list = (await api.get("/admin/ocop/trade-leads?status=contract_signed", admin)).data
        expect(list).toMatchObject({ count: 1, trade_leads: [{ id, buyer_name: "Anh Minh" }] })
      })

      it("exports a fair's leads as CSV with Vietnamese columns, dates as dd/mm/yyyy and formulas defused", async () => {
        const fair = await currentFair()
        await api.post("/store/ocop/trade-leads", { buyer_name: "=HYPERLINK(\"x\")", phone: "0912 000 111", note: "Giá sỉ, giao Đà Nẵng; \"gấp\"", fair_handle: fair.handle, booth: "A1", website: "" }, store)
        await api.post("/store/ocop/trade-leads", { buyer_name: "Trần Văn Bình", email: "binh@example.vn", fair_handle: fair.handle, booth: "B1", website: "" }, store)
        const response = await api.get(`/admin/ocop/fairs/${fair.id}/trade-leads/export`, { ...admin, responseType: "arraybuffer" })
        expect(response.headers["content-type"]).toContain("text/csv")
        expect(response.headers["content-disposition"]).toContain("khach-hoi-mua-hoi-cho-ocop-buon-ma-thuot.csv")
        const bytes = Buffer.from(response.data)
        // The byte-order mark that tells a spreadsheet program the file is UTF-8.
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
        const text = bytes.toString("utf8")
        const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[]
        expect(rows).toHaveLength(2)
        expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(["ma_yeu_cau", "ngay_gui", "trang_thai", "gia_tri_hop_dong", "hoi_cho", "gian_hang", "chu_the", "nguoi_mua", "dien_thoai"]))
        const binh = rows.find((r) => r.nguoi_mua === "Trần Văn Bình")!
        expect(binh).toMatchObject({ trang_thai: "Mới", hoi_cho: "Hội chợ OCOP Buôn Ma Thuột", gian_hang: "B1", chu_the: "Hộ kinh doanh Mật ong Krông Bông", nguon: "Mã QR gian hàng" })
        expect(binh.ngay_gui).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
        const spoof = rows.find((r) => r.nguoi_mua !== "Trần Văn Bình")!
        expect(spoof.nguoi_mua).toBe("'=HYPERLINK(\"x\")")
        expect(spoof.dien_thoai).toBe("'+84912000111")
        expect(spoof.loi_nhan).toBe("Giá sỉ, giao Đà Nẵng; \"gấp\"")
        expect((await settle(api.get(`/admin/ocop/fairs/${fair.id}/trade-leads/export?status=won`, admin))).status).toBe(400)
        const none = await api.get(`/admin/ocop/fairs/${fair.id}/trade-leads/export?status=contract_signed`, admin)
        expect(parse(String(none.data).replace(/^\uFEFF/, ""), { columns: true })).toEqual([])
      })

      it("counts the programme's figures: producers at a fair this year, promoted products with a memorandum or contract", async () => {
        const fair = await currentFair()
        const first = (await api.post("/store/ocop/trade-leads", { buyer_name: "Chị Hoa", phone: "0912 111 222", fair_handle: fair.handle, booth: "A1", website: "" }, store)).data.trade_lead
        await api.post("/store/ocop/trade-leads", { buyer_name: "Anh Nam", phone: "0912 111 333", fair_handle: fair.handle, booth: "B1", website: "" }, store)
        await api.post(`/admin/ocop/trade-leads/${first.id}`, { status: "memorandum_signed" }, admin)
        await api.post(`/admin/ocop/trade-leads/${first.id}`, { status: "contract_signed", contract_value: 80_000_000 }, admin)
        // The year of the fair's first day (a fair that opened yesterday on 1 January belongs to the year before).
        const year = Number(fair.first_day.slice(0, 4))
        const { figures } = (await api.get(`/admin/ocop/fair-figures?year=${year}`, admin)).data
        // Producers with a showable product: coffee, honey, rice wine, brocade; two had booths.
        expect(figures).toMatchObject({
          fairs: 1,
          producers: { ocop: 4, took_part: 2 },
          promoted_products: { shown: 2, with_memorandum_or_contract: 1 },
          contracts: { count: 1, value: 80_000_000 },
          producers_in_trade_promotion_percent: 50,
          promoted_products_with_contracts_percent: 50,
        })
        const perFair = (await api.get(`/admin/ocop/fairs/${fair.id}`, admin)).data.fair.figures
        expect(perFair).toMatchObject({ leads: { new: 1, contract_signed: 1, total: 2 }, memoranda: 1, contracts: { count: 1, value: 80_000_000 } })
        // The programme's dashboard counts from the same place (fairs/figures.ts tradePromotionIn), over its own window.
        const { figures: programme } = (await api.get("/admin/ocop/programme", admin)).data
        expect(programme.fairs).toMatchObject({ producers_at_fairs: 2, promoted: 2, with_agreement: 1, agreement_share: 50 })
        const lastYear = (await api.get(`/admin/ocop/fair-figures?year=${year - 1}`, admin)).data.figures
        expect(lastYear).toMatchObject({ fairs: 0, producers_in_trade_promotion_percent: 0, promoted_products_with_contracts_percent: null })
        expect((await settle(api.get("/admin/ocop/fair-figures?year=1999", admin))).status).toBe(400)
      })
    })
  },
})

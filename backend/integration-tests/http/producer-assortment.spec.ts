/**
 * A producer's own assortment at the programme's sales points through the seller portal's API (issue 17,
 * docs/decisions/044): a member sees at which kiosks and markets each of its products is sold and asks to place a
 * product at one or take it off; the request waits in the programme's review queue beside new titles and variants;
 * the admin approves (the store's sales-point page and the product's "where to buy" follow) or refuses with a
 * reason. Requests that make no sense are refused with a 4xx in both languages that files nothing; another
 * producer's member meets 404s.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin, producerBody, salesPointBody, type Headers } from "../fixtures/admin"
import { settle } from "../fixtures/checkout"
import { certify, createProduct, createStorefront, daysFrom, revoke, type CreatedProduct, type Storefront } from "../fixtures/ocop"
import { mailsTo, waitForMail } from "../fixtures/mail"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Headers
    let storefront: Storefront
    let producerA: { id: string; handle: string }
    let producerB: { id: string; handle: string }
    let ownerA: Headers
    let staffA: Headers
    let ownerB: Headers
    /** A's certified coffee, A's product never graded, B's certified honey. */
    let coffee: CreatedProduct
    let ungraded: CreatedProduct
    let honey: CreatedProduct
    let krongNang: { id: string; handle: string; name: string }
    let showroom: { id: string; handle: string; name: string }
    let closed: { id: string; handle: string; name: string }
    let honeyCertification: string

    const bearer = (token: string): Headers => ({ headers: { authorization: `Bearer ${token}` } })

    async function member(producerId: string, email: string, role: "owner" | "staff") {
      const seen = mailsTo("ocop-producer-invite", email).length
      expect((await api.post(`/admin/ocop/producers/${producerId}/members/invites`, { email, role }, admin)).status).toBe(201)
      const mail = await waitForMail("ocop-producer-invite", email, seen)
      const token = new URL(mail.data.link).searchParams.get("token")!
      const registered = await api.post("/auth/producer/emailpass/register", { email, password: "mat-khau-1234" })
      expect((await api.post("/producer/invites/accept", { token, name: "Y Bhim" }, bearer(registered.data.token))).status).toBe(201)
      return bearer((await api.post("/auth/producer/emailpass", { email, password: "mat-khau-1234" })).data.token)
    }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      producerA = (await api.post("/admin/ocop/producers", producerBody(), admin)).data.producer
      producerB = (await api.post("/admin/ocop/producers", producerBody({ handle: "htx-mat-ong-krong-bong", name: "HTX Mật ong Krông Bông", email: "htx.krongbong@example.com" }), admin)).data.producer
      storefront = await createStorefront(getContainer())
      store = { headers: { "x-publishable-api-key": storefront.publishableKey } }
      coffee = await createProduct(getContainer(), storefront, {
        handle: "ca-phe-ea-tu",
        title: "Cà phê Ea Tu",
        variants: [{ title: "Gói 500 g", sku: "ca-phe-ea-tu-500", price_vnd: 120_000, stock: 30 }],
      })
      ungraded = await createProduct(getContainer(), storefront, {
        handle: "cacao-ea-tu",
        title: "Ca cao Ea Tu",
        status: "draft",
        variants: [{ title: "Hộp 200 g", sku: "cacao-ea-tu-200", price_vnd: 90_000, stock: 10 }],
      })
      honey = await createProduct(getContainer(), storefront, {
        handle: "mat-ong-krong-bong",
        title: "Mật ong Krông Bông",
        variants: [{ title: "Chai 500 ml", sku: "mat-ong-krong-bong-500", price_vnd: 180_000, stock: 12 }],
      })
      for (const [product, producer] of [[coffee, producerA], [ungraded, producerA], [honey, producerB]] as const) {
        expect((await api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: producer.id }, admin)).status).toBe(200)
      }
      await certify(getContainer(), coffee.id, { score: 74, group: "food", sub_group: "coffee_cacao", certificate_no: "OCOP-DL-2026-301", issued_at: daysFrom(new Date(), -30) })
      honeyCertification = await certify(getContainer(), honey.id, { score: 72, group: "food", sub_group: "raw_preprocessed", certificate_no: "OCOP-DL-2026-302", issued_at: daysFrom(new Date(), -30) })
      krongNang = (await api.post("/admin/ocop/sales-points", salesPointBody(), admin)).data.sales_point
      showroom = (
        await api.post(
          "/admin/ocop/sales-points",
          salesPointBody({ handle: "trung-tam-ocop-buon-ma-thuot", name: "Trung tâm OCOP Buôn Ma Thuột", type: "kiosk_cluster", market_name: "Trung tâm OCOP" }),
          admin
        )
      ).data.sales_point
      closed = (await api.post("/admin/ocop/sales-points", salesPointBody({ handle: "ki-ot-cho-cu", name: "Ki ốt chợ cũ", active: false }), admin)).data.sales_point
      ownerA = await member(producerA.id, "chu-a@example.vn", "owner")
      staffA = await member(producerA.id, "nv-a@example.vn", "staff")
      ownerB = await member(producerB.id, "chu-b@example.vn", "owner")
    })

    const salesPointsOf = async (as: Headers) => (await api.get("/producer/sales-points?limit=100", as)).data
    const pointIn = (list: any, id: string) => list.sales_points.find((p: any) => p.id === id)
    const storeSalesPoint = async (handle: string) => (await api.get(`/store/ocop/sales-points/${handle}`, store)).data.sales_point
    const whereToBuy = async (handle: string) => ((await api.get(`/store/ocop/products/${handle}`, store)).data.product.sales_points as any[]).map((p) => p.handle)

    it("a member asks to sell a certified product at a sales point; once the programme approves, the store's sales point lists it", async () => {
      const before = await salesPointsOf(staffA)
      expect(before).toMatchObject({ limit: 100, offset: 0 })
      // The open kiosks and markets, by name; a closed one is not offered.
      expect(before.sales_points.map((p: any) => p.handle)).toEqual(["ki-ot-ocop-cho-krong-nang", "trung-tam-ocop-buon-ma-thuot"])
      expect(before.count).toBe(2)
      expect(pointIn(before, krongNang.id)).toMatchObject({ name: "Ki ốt OCOP Chợ Krông Năng", type: "market_kiosk", products: [], pending: [] })

      const asked = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: krongNang.id, action: "add" }, staffA)
      expect(asked.status).toBe(202)
      expect(asked.data.change_request).toMatchObject({ kind: "sales_point_add", status: "pending", changes: { sales_point_id: krongNang.id }, producer_id: producerA.id })
      expect(asked.data.product.sales_points).toEqual([])
      expect(asked.data.product.pending_changes).toMatchObject([{ kind: "sales_point_add", changes: { sales_point_id: krongNang.id } }])
      // Waiting: the owner sees it pending at the place; the store does not sell it there yet.
      expect(pointIn(await salesPointsOf(ownerA), krongNang.id)).toMatchObject({
        products: [],
        pending: [{ action: "add", product: { id: coffee.id, title: "Cà phê Ea Tu" } }],
      })
      expect((await storeSalesPoint(krongNang.handle)).products).toEqual([])

      // The programme's queue holds it beside titles and variants, with the place named.
      const queue = (await api.get(`/admin/ocop/product-changes?kind=sales_point_add`, admin)).data
      expect(queue.count).toBe(1)
      expect(queue.product_changes[0]).toMatchObject({
        kind: "sales_point_add",
        product: { id: coffee.id, sales_points: [] },
        producer: { id: producerA.id },
        sales_point: { id: krongNang.id, name: "Ki ốt OCOP Chợ Krông Năng", active: true },
      })
      const approved = await api.post(`/admin/ocop/product-changes/${asked.data.change_request.id}/approve`, {}, admin)
      expect(approved.data.product_change).toMatchObject({ status: "approved", product: { sales_points: ["Ki ốt OCOP Chợ Krông Năng"] } })

      expect((await storeSalesPoint(krongNang.handle)).products.map((p: any) => p.handle)).toEqual([coffee.handle])
      expect(await whereToBuy(coffee.handle)).toEqual([krongNang.handle])
      const after = pointIn(await salesPointsOf(staffA), krongNang.id)
      expect(after).toMatchObject({ products: [{ id: coffee.id, title: "Cà phê Ea Tu", handle: coffee.handle }], pending: [] })
      expect((await api.get(`/producer/products/${coffee.id}`, staffA)).data.product).toMatchObject({
        sales_points: [{ id: krongNang.id, handle: krongNang.handle, name: "Ki ốt OCOP Chợ Krông Năng" }],
        pending_changes: [],
      })
    })

    it("taking a product off a sales point waits for the programme too, and the store stops listing it there once approved", async () => {
      // (Each test starts from the state beforeAll left: the admin places the coffee at both places herself.)
      expect((await api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: [krongNang.id, showroom.id] }, admin)).status).toBe(200)
      expect(await whereToBuy(coffee.handle)).toEqual(expect.arrayContaining([krongNang.handle, showroom.handle]))

      const asked = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: showroom.id, action: "remove" }, ownerA)
      expect(asked.status).toBe(202)
      expect(asked.data.change_request).toMatchObject({ kind: "sales_point_remove", changes: { sales_point_id: showroom.id } })
      expect(pointIn(await salesPointsOf(ownerA), showroom.id)).toMatchObject({ products: [{ id: coffee.id }], pending: [{ action: "remove" }] })
      expect((await storeSalesPoint(showroom.handle)).products.map((p: any) => p.handle)).toEqual([coffee.handle])

      await api.post(`/admin/ocop/product-changes/${asked.data.change_request.id}/approve`, {}, admin)
      expect((await storeSalesPoint(showroom.handle)).products).toEqual([])
      // Only this product's place changed: the other kiosk still sells it.
      expect(await whereToBuy(coffee.handle)).toEqual([krongNang.handle])
      expect(pointIn(await salesPointsOf(ownerA), showroom.id)).toMatchObject({ products: [], pending: [] })
      expect((await api.get(`/producer/products/${coffee.id}`, ownerA)).data.product.sales_points.map((p: any) => p.id)).toEqual([krongNang.id])
    })

    it("the programme refuses a request with a reason, which the queue keeps, and nothing changes at the kiosk", async () => {
      const asked = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: showroom.id, action: "add" }, staffA)
      expect(asked.status).toBe(202)
      const id = asked.data.change_request.id
      expect((await settle(api.post(`/admin/ocop/product-changes/${id}/reject`, { reason: "x" }, admin))).status).toBe(400)
      const rejected = await api.post(`/admin/ocop/product-changes/${id}/reject`, { reason: "Trung tâm đã đủ sản phẩm cà phê" }, admin)
      expect(rejected.data.product_change).toMatchObject({ status: "rejected", reason: "Trung tâm đã đủ sản phẩm cà phê", sales_point: { id: showroom.id } })
      expect((await settle(api.post(`/admin/ocop/product-changes/${id}/approve`, {}, admin))).status).toBe(400)
      expect((await storeSalesPoint(showroom.handle)).products).toEqual([])
      expect(pointIn(await salesPointsOf(staffA), showroom.id)).toMatchObject({ products: [], pending: [] })
      // Refused is not waiting: the producer may ask again.
      const again = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: showroom.id, action: "add" }, staffA)
      expect(again.status).toBe(202)
      await api.post(`/admin/ocop/product-changes/${again.data.change_request.id}/reject`, { reason: "Chờ đợt bày bán sau" }, admin)
    })

    it("refuses a request that makes no sense with a 4xx in both languages, and files nothing", async () => {
      // The coffee is sold at Krông Năng (placed by the admin); a request for the showroom waits.
      expect((await api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: [krongNang.id] }, admin)).status).toBe(200)
      const waiting = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: showroom.id, action: "add" }, staffA)
      expect(waiting.status).toBe(202)
      const queued = async () => (await api.get("/admin/ocop/product-changes?status=pending&limit=100", admin)).data.count as number
      const before = await queued()
      const cases: [string, unknown, RegExp | null][] = [
        // Duplicates of a waiting request, whoever asks and whichever way.
        [coffee.id, { sales_point_id: showroom.id, action: "add" }, /đang chờ duyệt \/ .*already waiting for review/],
        [coffee.id, { sales_point_id: showroom.id, action: "remove" }, /already waiting for review/],
        // Already there, and not there.
        [coffee.id, { sales_point_id: krongNang.id, action: "add" }, /đã được bán tại .* \/ the product is already sold at Ki ốt OCOP Chợ Krông Năng/],
        [honey.id, { sales_point_id: krongNang.id, action: "remove" }, /./],
        // Only products the store may show go on a shelf.
        [ungraded.id, { sales_point_id: krongNang.id, action: "add" }, /chứng nhận OCOP còn hiệu lực.* \/ only a product with a valid OCOP certificate/],
        // A closed place, a place that is none.
        [coffee.id, { sales_point_id: closed.id, action: "add" }, /không nhận thêm sản phẩm \/ Ki ốt chợ cũ takes no new products/],
        [coffee.id, { sales_point_id: "ocsp_01JUNKJUNKJUNKJUNKJUNKJUNK", action: "add" }, /Không có điểm bán .* \/ there is no sales point/],
        [coffee.id, { sales_point_id: "' or 1=1 --", action: "add" }, /there is no sales point/],
        // Shapes: a missing field, an unknown action or field (Medusa names an unknown field in English only).
        [coffee.id, { action: "add" }, /Hãy chọn điểm bán \/ choose a sales point/],
        [coffee.id, { sales_point_id: krongNang.id }, /action is add or remove/],
        [coffee.id, { sales_point_id: krongNang.id, action: "move" }, /action is add or remove/],
        [coffee.id, { sales_point_id: krongNang.id, action: "remove", approve: true }, null],
        [coffee.id, { sales_point_id: "", action: "add" }, /choose a sales point/],
      ]
      for (const [productId, body, message] of cases) {
        const as = productId === honey.id ? ownerB : ownerA
        const refused = await settle(api.post(`/producer/products/${productId}/sales-points`, body, as))
        const names: Record<string, string> = { [coffee.id]: "coffee", [honey.id]: "honey", [ungraded.id]: "ungraded", [krongNang.id]: "krongNang", [showroom.id]: "showroom", [closed.id]: "closed" }
        const label = `${names[productId]} ${JSON.stringify(body).replace(/ocsp_[0-9A-Z]+/g, (id) => names[id] ?? id)} → ${JSON.stringify(refused.data)}`
        expect(refused.status, label).toBe(400)
        if (message) {
          expect(refused.data.message, label).toMatch(/ \/ /)
          expect(refused.data.message, label).toMatch(message)
        }
        expect(JSON.stringify(refused.data), label).not.toMatch(/select |insert |postgres/i)
      }
      // B's honey is at no sales point: taking it off is refused as "not there".
      const notThere = await settle(api.post(`/producer/products/${honey.id}/sales-points`, { sales_point_id: krongNang.id, action: "remove" }, ownerB))
      expect(notThere.data.message).toBe("Sản phẩm không được bán tại Ki ốt OCOP Chợ Krông Năng / the product is not sold at Ki ốt OCOP Chợ Krông Năng")
      expect(await queued()).toBe(before)
      await api.post(`/admin/ocop/product-changes/${waiting.data.change_request.id}/reject`, { reason: "Để đợt sau" }, admin)
    })

    it("another producer's member gets a 404 on A's product and sees none of A's products or requests", async () => {
      const pending = await api.post(`/producer/products/${coffee.id}/sales-points`, { sales_point_id: showroom.id, action: "add" }, ownerA)
      expect(pending.status).toBe(202)
      const queued = (await api.get("/admin/ocop/product-changes?status=pending&limit=100", admin)).data.count
      for (const body of [
        { sales_point_id: showroom.id, action: "add" },
        { sales_point_id: krongNang.id, action: "remove" },
        { sales_point_id: "ocsp_01JUNKJUNKJUNKJUNKJUNKJUNK", action: "add" },
      ]) {
        const refused = await settle(api.post(`/producer/products/${coffee.id}/sales-points`, body, ownerB))
        expect(refused.status, JSON.stringify(body)).toBe(404)
      }
      expect((await api.get("/admin/ocop/product-changes?status=pending&limit=100", admin)).data.count).toBe(queued)
      const seenByB = await salesPointsOf(ownerB)
      expect(seenByB.count).toBe(2)
      const text = JSON.stringify(seenByB)
      for (const secret of [coffee.id, coffee.handle, "Cà phê Ea Tu", pending.data.change_request.id]) expect(text).not.toContain(secret)
      // Producers never reach the queue's decisions; no token, no list.
      expect((await settle(api.post(`/admin/ocop/product-changes/${pending.data.change_request.id}/approve`, {}, ownerA))).status).toBe(401)
      expect((await settle(api.get("/producer/sales-points"))).status).toBe(401)
      expect((await settle(api.get("/producer/sales-points?limit=0", ownerA))).status).toBe(400)
      expect((await settle(api.get("/producer/sales-points?product=x", ownerA))).status).toBe(400)
    })

    it("an approval that no longer holds (the certificate revoked meanwhile) stays waiting with the reason", async () => {
      const asked = await api.post(`/producer/products/${honey.id}/sales-points`, { sales_point_id: showroom.id, action: "add" }, ownerB)
      expect(asked.status).toBe(202)
      await revoke(getContainer(), honeyCertification, "Vi phạm ghi nhãn")
      const refused = await settle(api.post(`/admin/ocop/product-changes/${asked.data.change_request.id}/approve`, {}, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/valid OCOP certificate/)
      expect((await api.get(`/admin/ocop/product-changes/${asked.data.change_request.id}`, admin)).data.product_change.status).toBe("pending")
      expect(pointIn(await salesPointsOf(ownerB), showroom.id).products).toEqual([])
    })
  },
})

/**
 * A producer's own catalogue and profile through the seller portal's API (issue 17): a member creates a product,
 * which is a draft out of the store until the programme certifies it; a new title or variant of a certified
 * product waits in the programme's review queue; the owner (not staff) edits the producer's public profile.
 * Another producer's member meets 404s, and every refusal is a 4xx that writes nothing.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { loginAsAdmin, producerBody, type Headers } from "../fixtures/admin"
import { settle } from "../fixtures/checkout"
import { certify, createProduct, createStorefront, daysFrom, type Storefront } from "../fixtures/ocop"
import { waitForMail, mailsTo } from "../fixtures/mail"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storefront: Storefront
    let producerA: { id: string; handle: string }
    let producerB: { id: string; handle: string }
    let ownerA: Headers
    let staffA: Headers
    let ownerB: Headers
    let store: Headers

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

    const newProduct = {
      title: "Cà phê Robusta Ea Tu rang mộc",
      title_en: "Ea Tu roasted Robusta coffee",
      description: "Hạt Robusta hái chín, rang mộc tại HTX.",
      description_en: "Ripe-picked Robusta, roasted plain at the cooperative.",
      variants: [
        { title: "Gói 250 g", title_en: "250 g bag", price: 65_000, stock: 40 },
        { title: "Gói 500 g", title_en: "500 g bag", sku: "ea-tu-robusta-500", price: 120_000, stock: 25 },
      ],
    }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      producerA = (await api.post("/admin/ocop/producers", producerBody(), admin)).data.producer
      producerB = (await api.post("/admin/ocop/producers", producerBody({ handle: "htx-mat-ong-krong-bong", name: "HTX Mật ong Krông Bông", email: "htx.krongbong@example.com" }), admin)).data.producer
      storefront = await createStorefront(getContainer())
      store = { headers: { "x-publishable-api-key": storefront.publishableKey } }
      // A product of A's already kept at the warehouse: its new products are stocked where its goods are.
      const existing = await createProduct(getContainer(), storefront, {
        handle: "ca-phe-ea-tu",
        title: "Cà phê Ea Tu",
        variants: [{ title: "Gói 500 g", sku: "ca-phe-ea-tu-500", price_vnd: 120_000, stock: 30 }],
      })
      await api.post(`/admin/ocop/products/${existing.id}/producer`, { producer_id: producerA.id }, admin)
      ownerA = await member(producerA.id, "chu-a@example.vn", "owner")
      staffA = await member(producerA.id, "nv-a@example.vn", "staff")
      ownerB = await member(producerB.id, "chu-b@example.vn", "owner")
    })

    const productCount = async () => (await api.get("/admin/products?limit=1&fields=id", admin)).data.count as number

    it("a member's new product is a draft of her producer, stocked at its warehouse, out of the store until certified", async () => {
      const created = await api.post("/producer/products", newProduct, staffA)
      expect(created.status).toBe(201)
      const product = created.data.product
      expect(product).toMatchObject({
        title: "Cà phê Robusta Ea Tu rang mộc",
        title_en: "Ea Tu roasted Robusta coffee",
        handle: "ca-phe-robusta-ea-tu-rang-moc",
        status: "draft",
        certification: null,
        reviewed: false,
        pending_changes: [],
      })
      expect(product.variants.map((v: any) => [v.title, v.price, v.stocked])).toEqual(
        expect.arrayContaining([["Gói 250 g", 65_000, 40], ["Gói 500 g", 120_000, 25]])
      )
      const inAdmin = (await api.get(`/admin/products/${product.id}?fields=status,metadata,sales_channels.id,variants.inventory_items.inventory.location_levels.location_id`, admin)).data.product
      expect(inAdmin.sales_channels).toEqual([])
      expect(inAdmin.metadata).toMatchObject({ description_en: newProduct.description_en })
      const locations = inAdmin.variants.flatMap((v: any) => v.inventory_items.flatMap((i: any) => i.inventory.location_levels.map((l: any) => l.location_id)))
      expect(new Set(locations)).toEqual(new Set([storefront.stockLocationId]))
      expect((await api.get("/producer/products", ownerA)).data.products.map((p: any) => p.id)).toContain(product.id)

      // Not in the store: not listed, not reachable by handle, not in Medusa's own product list.
      const listed = await api.get(`/store/ocop/products?limit=100`, store)
      expect(listed.data.products.map((p: any) => p.handle)).not.toContain(product.handle)
      expect((await settle(api.get(`/store/ocop/products/${product.handle}`, store))).status).toBe(404)
      expect((await api.get(`/store/products?handle=${product.handle}`, store)).data.products).toEqual([])

      // Another producer's member: the same 404 as for nothing, and nothing written.
      const before = JSON.stringify((await api.get(`/producer/products/${product.id}`, ownerA)).data.product)
      for (const call of [
        () => api.get(`/producer/products/${product.id}`, ownerB),
        () => api.post(`/producer/products/${product.id}`, { title: "Tên của B" }, ownerB),
        () => api.post(`/producer/products/${product.id}/variants`, { title: "Gói 1 kg", price: 220_000, stock: 5 }, ownerB),
        () => api.post(`/producer/products/${product.id}/variants/${product.variants[0].id}`, { price: 1_500 }, ownerB),
      ]) {
        expect((await settle(call())).status).toBe(404)
      }
      expect(JSON.stringify((await api.get(`/producer/products/${product.id}`, ownerA)).data.product)).toBe(before)
      expect((await api.get("/producer/products", ownerB)).data.count).toBe(0)

      // While never graded, its title and variants are the producer's to change at once.
      const renamed = await api.post(`/producer/products/${product.id}`, { title: "Cà phê Robusta Ea Tu", title_en: "Ea Tu Robusta coffee" }, staffA)
      expect(renamed.status).toBe(200)
      expect(renamed.data).toMatchObject({ change_request: null, product: { title: "Cà phê Robusta Ea Tu", title_en: "Ea Tu Robusta coffee" } })
      const added = await api.post(`/producer/products/${product.id}/variants`, { title: "Gói 1 kg", title_en: "1 kg bag", price: 220_000, stock: 8 }, staffA)
      expect(added.status).toBe(201)
      expect(added.data.product.variants.find((v: any) => v.title === "Gói 1 kg")).toMatchObject({ price: 220_000, stocked: 8 })

      // The programme certifies it: published, in the store.
      await certify(getContainer(), product.id, { score: 74, group: "food", sub_group: "coffee_cacao", certificate_no: "OCOP-DL-2026-901", issued_at: daysFrom(new Date(), -1) })
      const graded = (await api.get(`/producer/products/${product.id}`, ownerA)).data.product
      expect(graded).toMatchObject({ status: "published", reviewed: true, certification: { stars: 4, state: "valid" } })
      expect((await api.get(`/store/ocop/products/${product.handle}`, store)).status).toBe(200)
    })

    it("refuses a bad new product with a 4xx in both languages and creates nothing", async () => {
      const before = await productCount()
      for (const body of [
        {},
        { ...newProduct, title: " " },
        { ...newProduct, variants: [] },
        { ...newProduct, variants: [{ title: "Gói", price: 999, stock: 1 }] },
        { ...newProduct, variants: [{ title: "Gói", price: 50_000.5, stock: 1 }] },
        { ...newProduct, variants: [{ title: "Gói", price: 50_000, stock: -1 }] },
        { ...newProduct, variants: [{ title: "Gói", price: 50_000, stock: 1 }, { title: "gói", price: 60_000, stock: 1 }] },
        { ...newProduct, status: "published" },
        { ...newProduct, stars: 5 },
        { ...newProduct, variants: [{ title: "Gói", sku: "ca-phe-ea-tu-500", price: 50_000, stock: 1 }] },
        { ...newProduct, variants: [{ title: "Gói", sku: "' or 1=1 --", price: 50_000, stock: 1 }] },
      ]) {
        const refused = await settle(api.post("/producer/products", body, ownerA))
        expect(refused.status, JSON.stringify(body)).toBe(400)
        // A field the API does not take is a programmer's mistake, in Medusa's English; a person's is in both languages.
        if (!("status" in body) && !("stars" in body)) expect(refused.data.message, JSON.stringify(body)).toMatch(/ \/ /)
        expect(JSON.stringify(refused.data)).not.toMatch(/select |insert |postgres/i)
      }
      expect(await productCount()).toBe(before)
    })

    it("a new title or variant of a certified product waits for the programme, which approves or refuses it", async () => {
      const created = (await api.post("/producer/products", { title: "Mật ong hoa cà phê", variants: [{ title: "Chai 500 ml", price: 180_000, stock: 10 }] }, ownerA)).data.product
      await certify(getContainer(), created.id, { score: 72, group: "food", sub_group: "coffee_cacao", certificate_no: "OCOP-DL-2026-902", issued_at: daysFrom(new Date(), -1) })

      const retitled = await api.post(`/producer/products/${created.id}`, { title: "Mật ong hoa cà phê Ea Tu", description: "Mật ong nguyên chất." }, staffA)
      expect(retitled.status).toBe(202)
      expect(retitled.data.product).toMatchObject({ title: "Mật ong hoa cà phê", description: "Mật ong nguyên chất." })
      expect(retitled.data.change_request).toMatchObject({ kind: "title", status: "pending", changes: { title: "Mật ong hoa cà phê Ea Tu" } })
      const variant = await api.post(`/producer/products/${created.id}/variants`, { title: "Chai 1 lít", price: 330_000, stock: 4 }, staffA)
      expect(variant.status).toBe(202)
      expect(variant.data.product.variants.map((v: any) => v.title)).toEqual(["Chai 500 ml"])
      expect(variant.data.product.pending_changes.map((c: any) => c.kind)).toEqual(["title", "variant"])
      // The same pack asked again while the first waits: refused.
      expect((await settle(api.post(`/producer/products/${created.id}/variants`, { title: "chai 1 lít", price: 330_000, stock: 4 }, ownerA))).status).toBe(400)
      expect((await api.get(`/store/ocop/products/${created.handle}`, store)).data.product.title).toBe("Mật ong hoa cà phê")

      const queue = (await api.get(`/admin/ocop/product-changes?product_id=${created.id}`, admin)).data
      expect(queue).toMatchObject({ count: 2, limit: 20, offset: 0 })
      const [title, newVariant] = queue.product_changes
      expect(title).toMatchObject({ kind: "title", product: { title: "Mật ong hoa cà phê" }, producer: { id: producerA.id } })
      expect((await settle(api.post(`/admin/ocop/product-changes/${title.id}/reject`, {}, admin))).status).toBe(400)
      expect((await settle(api.post(`/producer/products/${created.id}`, {}, ownerA))).status).toBe(400)
      const rejected = await api.post(`/admin/ocop/product-changes/${title.id}/reject`, { reason: "Tên phải khớp giấy chứng nhận" }, admin)
      expect(rejected.data.product_change).toMatchObject({ status: "rejected", reason: "Tên phải khớp giấy chứng nhận" })
      const approved = await api.post(`/admin/ocop/product-changes/${newVariant.id}/approve`, {}, admin)
      expect(approved.data.product_change.status).toBe("approved")
      expect((await settle(api.post(`/admin/ocop/product-changes/${newVariant.id}/approve`, {}, admin))).status).toBe(400)

      const after = (await api.get(`/producer/products/${created.id}`, ownerA)).data.product
      expect(after.title).toBe("Mật ong hoa cà phê")
      expect(after.pending_changes).toEqual([])
      expect(after.variants.find((v: any) => v.title === "Chai 1 lít")).toMatchObject({ price: 330_000, stocked: 4 })
      // Producers never reach the queue's decisions.
      expect((await settle(api.post(`/admin/ocop/product-changes/${newVariant.id}/approve`, {}, ownerA))).status).toBe(401)
    })

    it("the owner edits the producer's story and contacts, shown on its public page; staff and the programme's fields are refused", async () => {
      const saved = await api.post(
        "/producer/me",
        { story_vi: "Ba thế hệ trồng cà phê bên dòng Ea Tu.", story_en: "Three generations growing coffee by the Ea Tu.", phone: "0905 123 456", email: "Lien.He@HTX-EaTu.vn", address_line: "Thôn 3, xã Ea Tu", founded_year: 2012 },
        ownerA
      )
      expect(saved.status).toBe(200)
      expect(saved.data.producer).toMatchObject({ phone: "+84905123456", email: "lien.he@htx-eatu.vn", founded_year: 2012, story_en: "Three generations growing coffee by the Ea Tu." })
      const publicPage = (await api.get(`/store/ocop/producers/${producerA.handle}`, store)).data.producer
      expect(JSON.stringify(publicPage)).toContain("Ba thế hệ trồng cà phê bên dòng Ea Tu.")

      const before = JSON.stringify((await api.get("/producer/me", ownerA)).data.producer)
      const staff = await settle(api.post("/producer/me", { story_vi: "Nhân viên sửa" }, staffA))
      expect(staff.status).toBe(403)
      for (const body of [
        { name: "HTX khác" },
        { entity_type: "household" },
        { province_code: "01" },
        { address_as_certified: "Hà Nội" },
        { phone: "12345" },
        { email: "khong-phai-email" },
        { founded_year: 3000 },
        { founded_year: 1850 },
        {},
      ]) {
        const refused = await settle(api.post("/producer/me", body, ownerA))
        expect(refused.status, JSON.stringify(body)).toBe(400)
      }
      expect(JSON.stringify((await api.get("/producer/me", ownerA)).data.producer)).toBe(before)
      // B's owner edits B only.
      await api.post("/producer/me", { story_vi: "Mật ong Krông Bông." }, ownerB)
      expect(JSON.parse(before).story_vi).toBe((await api.get("/producer/me", ownerA)).data.producer.story_vi)
    })
  },
})

import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  catalogueRow,
  certificationBody,
  createTestProduct,
  failure,
  loginAsAdmin,
  producerBody,
  type Headers,
} from "../fixtures/admin"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let product: { id: string; handle: string }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      product = await createTestProduct(getContainer(), { handle: "ca-phe-rang-xay-ea-tu", title: "Cà phê rang xay Ea Tu" })
    })

    const createProducer = async (overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/ocop/producers", producerBody(overrides), admin)).data.producer

    /** A producer whose product is certified and so on the store's read model. */
    const producerWithListedProduct = async () => {
      const producer = await createProducer()
      await api.post("/admin/ocop/certifications", certificationBody(product.id), admin)
      await api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: producer.id }, admin)
      return producer
    }

    const countProducers = async () => (await api.get("/admin/ocop/producers", admin)).data.count

    describe("/admin/ocop/producers", () => {
      it("answers 401 to every producer route without an admin login", async () => {
        const producer = await createProducer()
        const calls = [
          () => api.get("/admin/ocop/producers"),
          () => api.post("/admin/ocop/producers", producerBody({ handle: "khac" })),
          () => api.get(`/admin/ocop/producers/${producer.id}`),
          () => api.post(`/admin/ocop/producers/${producer.id}`, { name: "Khác" }),
          () => api.delete(`/admin/ocop/producers/${producer.id}`),
          () => api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: producer.id }),
        ]
        for (const call of calls) expect((await failure(call())).status).toBe(401)
        expect((await api.get(`/admin/ocop/producers/${producer.id}`, admin)).data.producer.name).toBe("HTX Cà phê Ea Tu")
        expect(await countProducers()).toBe(1)
      })

      it("creates a producer, keeps its phone as +84…, and reads it back", async () => {
        const created = await createProducer()
        expect(created).toMatchObject({ ...producerBody(), phone: "+84905214386", products: [] })
        const { data } = await api.get(`/admin/ocop/producers/${created.id}`, admin)
        expect(data.producer).toEqual(created)
      })

      it("lists producers with their product count, filtered by kind and province, paged by limit and offset", async () => {
        await createProducer()
        await createProducer({ handle: "cong-ty-cacao-krong-ana", name: "Công ty Cacao Krông Ana", entity_type: "enterprise" })
        await createProducer({ handle: "ho-det-tho-cam-buon-tur", name: "Hộ dệt thổ cẩm Buôn Tur", entity_type: "household", province_code: "68", ward_code: "22918" })

        const all = (await api.get("/admin/ocop/producers?order=name", admin)).data
        expect(all.count).toBe(3)
        expect(all.producers.map((p: any) => p.name)).toEqual(["Công ty Cacao Krông Ana", "HTX Cà phê Ea Tu", "Hộ dệt thổ cẩm Buôn Tur"])
        expect(all.producers.every((p: any) => p.product_count === 0)).toBe(true)

        const enterprises = (await api.get("/admin/ocop/producers?entity_type=enterprise", admin)).data
        expect(enterprises.producers.map((p: any) => p.handle)).toEqual(["cong-ty-cacao-krong-ana"])
        const province66 = (await api.get("/admin/ocop/producers?province_code=66", admin)).data
        expect(province66.count).toBe(2)

        const page = (await api.get("/admin/ocop/producers?order=name&limit=1&offset=1", admin)).data
        expect(page).toMatchObject({ count: 3, limit: 1, offset: 1 })
        expect(page.producers.map((p: any) => p.name)).toEqual(["HTX Cà phê Ea Tu"])
      })

      it("finds a producer by its name typed with or without accents", async () => {
        await createProducer()
        await createProducer({ handle: "cong-ty-cacao-krong-ana", name: "Công ty Cacao Krông Ana", entity_type: "enterprise" })
        const accented = (await api.get(`/admin/ocop/producers?q=${encodeURIComponent("Cà phê")}`, admin)).data
        expect(accented.producers.map((p: any) => p.handle)).toEqual(["htx-ca-phe-ea-tu"])
        const plain = (await api.get("/admin/ocop/producers?q=ca%20phe", admin)).data
        expect(plain.producers.map((p: any) => p.handle)).toEqual(["htx-ca-phe-ea-tu"])
        const lower = (await api.get("/admin/ocop/producers?q=krong", admin)).data
        expect(lower.producers.map((p: any) => p.handle)).toEqual(["cong-ty-cacao-krong-ana"])
      })

      it("updates a producer, and the store card of its product shows the new name at once", async () => {
        const producer = await producerWithListedProduct()
        expect((await catalogueRow(getContainer(), product.handle))?.producer_name).toBe("HTX Cà phê Ea Tu")

        const { data } = await api.post(
          `/admin/ocop/producers/${producer.id}`,
          { name: "HTX Nông nghiệp Cà phê Ea Tu", entity_type: "enterprise", phone: "+84 912 000 111" },
          admin
        )
        expect(data.producer).toMatchObject({ name: "HTX Nông nghiệp Cà phê Ea Tu", entity_type: "enterprise", phone: "+84912000111" })
        expect(data.producer.products.map((p: any) => p.id)).toEqual([product.id])
        expect(await catalogueRow(getContainer(), product.handle)).toMatchObject({
          producer_name: "HTX Nông nghiệp Cà phê Ea Tu",
          producer_entity_type: "enterprise",
        })
      })

      it.each([
        ["a phone that is not Vietnamese", { phone: "+1 415 555 0100" }, /Số điện thoại không hợp lệ.* \/ not a Vietnamese mobile number/],
        ["a latitude beyond 90°", { latitude: 112.7 }, /Vĩ độ .* \/ latitude must be between -90 and 90/],
        ["a longitude beyond 180°", { longitude: 208.1 }, /Kinh độ .* \/ longitude must be between -180 and 180/],
        ["a province code that is not two digits", { province_code: "Đắk Lắk" }, /province_code is two digits/],
        ["a ward code that is not five digits", { ward_code: "24" }, /ward_code is five digits/],
        ["an unknown kind of producer", { entity_type: "company" }, /entity_type/],
        ["a handle with accents or spaces", { handle: "HTX Cà phê" }, /handle must be lower-case/],
        ["an empty name", { name: "  " }, /Không được để trống \/ must not be empty/],
        ["an e-mail without @", { email: "htx.eatu" }, /not an e-mail address/],
        ["a field the API does not know", { stars: 5 }, /Unrecognized fields: 'stars'/],
      ])("refuses %s with 400 and writes nothing", async (_, overrides, message) => {
        const response = await failure(api.post("/admin/ocop/producers", producerBody(overrides), admin))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "invalid_data", message: expect.stringMatching(message) })
        expect(await countProducers()).toBe(0)
      })

      it.each([
        ["a ward code that no ward has", { ward_code: "99999" }, /ward_code "99999" is not a commune or ward of province 66/],
        ["a ward of another province (Hoàn Kiếm, Hà Nội)", { ward_code: "00070" }, /ward_code "00070" is not a commune or ward of province 66/],
        ["a province code that is not one of the 34", { province_code: "99" }, /province_code "99" is not one of the 34/],
      ])("refuses a producer in %s with 400 and writes nothing", async (_, overrides, message) => {
        const response = await failure(api.post("/admin/ocop/producers", producerBody(overrides), admin))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "invalid_data", message: expect.stringMatching(message) })
        expect(await countProducers()).toBe(0)
      })

      it("refuses to move a producer to a ward outside its saved province, and keeps the one it had", async () => {
        const { data } = await api.post("/admin/ocop/producers", producerBody(), admin)
        const response = await failure(api.post(`/admin/ocop/producers/${data.producer.id}`, { ward_code: "00070" }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/ward_code "00070" is not a commune or ward of province 66/)
        expect((await api.get(`/admin/ocop/producers/${data.producer.id}`, admin)).data.producer.ward_code).toBe("24121")
        // A ward of the same province is a move the programme allows.
        await api.post(`/admin/ocop/producers/${data.producer.id}`, { ward_code: "24133" }, admin)
        expect((await api.get(`/admin/ocop/producers/${data.producer.id}`, admin)).data.producer.ward_code).toBe("24133")
      })

      it("refuses a handle another producer already has, in both languages, and writes nothing", async () => {
        const first = await createProducer()
        const second = await createProducer({ handle: "htx-tieu-cu-kuin", name: "HTX Tiêu Cư Kuin" })

        const created = await failure(api.post("/admin/ocop/producers", producerBody({ name: "Trùng mã" }), admin))
        expect(created.status).toBe(400)
        expect(created.data.message).toBe(
          "Mã htx-ca-phe-ea-tu đã thuộc về chủ thể khác / handle htx-ca-phe-ea-tu is already used by another producer"
        )
        const updated = await failure(api.post(`/admin/ocop/producers/${second.id}`, { handle: first.handle, name: "Đổi tên" }, admin))
        expect(updated.status).toBe(400)

        expect(await countProducers()).toBe(2)
        expect((await api.get(`/admin/ocop/producers/${second.id}`, admin)).data.producer).toMatchObject({
          handle: "htx-tieu-cu-kuin",
          name: "HTX Tiêu Cư Kuin",
        })
      })

      it("refuses to update with a bad phone and leaves the producer and its store card as they were", async () => {
        const producer = await producerWithListedProduct()
        const response = await failure(api.post(`/admin/ocop/producers/${producer.id}`, { name: "Tên mới", phone: "12345" }, admin))
        expect(response.status).toBe(400)
        expect((await api.get(`/admin/ocop/producers/${producer.id}`, admin)).data.producer.name).toBe("HTX Cà phê Ea Tu")
        expect((await catalogueRow(getContainer(), product.handle))?.producer_name).toBe("HTX Cà phê Ea Tu")
      })

      it("refuses to delete a producer that still has products, says why in both languages, and keeps it", async () => {
        const producer = await producerWithListedProduct()
        const response = await failure(api.delete(`/admin/ocop/producers/${producer.id}`, admin))
        expect(response.status).toBe(400)
        expect(response.data).toEqual({
          type: "invalid_data",
          message:
            'Chủ thể "HTX Cà phê Ea Tu" còn 1 sản phẩm; hãy chuyển các sản phẩm sang chủ thể khác trước khi xoá / ' +
            'producer "HTX Cà phê Ea Tu" still has 1 product(s); move them to another producer before deleting it',
        })
        expect((await api.get(`/admin/ocop/producers/${producer.id}`, admin)).status).toBe(200)
        expect((await catalogueRow(getContainer(), product.handle))?.producer_handle).toBe("htx-ca-phe-ea-tu")
      })

      it("deletes a producer once its products moved elsewhere; it is gone and its handle is free again", async () => {
        const producer = await producerWithListedProduct()
        const other = await createProducer({ handle: "htx-tieu-cu-kuin", name: "HTX Tiêu Cư Kuin" })
        await api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: other.id }, admin)
        expect((await catalogueRow(getContainer(), product.handle))?.producer_name).toBe("HTX Tiêu Cư Kuin")

        const { data } = await api.delete(`/admin/ocop/producers/${producer.id}`, admin)
        expect(data).toEqual({ id: producer.id, object: "producer", deleted: true })
        expect((await failure(api.get(`/admin/ocop/producers/${producer.id}`, admin))).status).toBe(404)
        expect(await countProducers()).toBe(1)
        expect((await createProducer()).handle).toBe("htx-ca-phe-ea-tu")
      })

      it("answers 404 for a producer that does not exist, to read, change or delete", async () => {
        for (const call of [
          () => api.get("/admin/ocop/producers/ocprod_missing", admin),
          () => api.post("/admin/ocop/producers/ocprod_missing", { name: "X" }, admin),
          () => api.delete("/admin/ocop/producers/ocprod_missing", admin),
        ]) {
          const response = await failure(call())
          expect(response.status).toBe(404)
          expect(response.data.type).toBe("not_found")
        }
      })

      it.each(["limit=1000", "limit=0", "offset=-1", "order=score", "colour=red", "entity_type=company"])(
        "refuses the list query %s with 400",
        async (search) => {
          expect((await failure(api.get(`/admin/ocop/producers?${search}`, admin))).status).toBe(400)
        }
      )
    })

    describe("/admin/ocop/products/:id/producer", () => {
      it("attaches a producer to a product, changes it, and takes it away with null", async () => {
        const first = await producerWithListedProduct()
        const second = await createProducer({ handle: "htx-tieu-cu-kuin", name: "HTX Tiêu Cư Kuin", province_code: "68", ward_code: "22918" })

        const changed = (await api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: second.id }, admin)).data
        expect(changed.product.producer).toMatchObject({ id: second.id, name: "HTX Tiêu Cư Kuin" })
        expect(await catalogueRow(getContainer(), product.handle)).toMatchObject({ producer_handle: "htx-tieu-cu-kuin", province_code: "68" })
        expect((await api.get(`/admin/ocop/producers/${first.id}`, admin)).data.producer.products).toEqual([])

        const removed = (await api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: null }, admin)).data
        expect(removed.product.producer).toBeNull()
        expect((await catalogueRow(getContainer(), product.handle))?.producer_handle).toBeNull()
      })

      it("refuses a producer that does not exist with 400 and keeps the one the product had", async () => {
        const producer = await producerWithListedProduct()
        const response = await failure(api.post(`/admin/ocop/products/${product.id}/producer`, { producer_id: "ocprod_missing" }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/Không có producer ocprod_missing \/ producer ocprod_missing does not exist/)
        expect((await api.get(`/admin/ocop/products/${product.id}`, admin)).data.product.producer.id).toBe(producer.id)
      })

      it("answers 404 for a product that does not exist", async () => {
        const producer = await createProducer()
        const response = await failure(api.post("/admin/ocop/products/prod_missing/producer", { producer_id: producer.id }, admin))
        expect(response.status).toBe(404)
      })
    })
  },
})

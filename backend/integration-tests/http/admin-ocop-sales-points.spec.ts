import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import {
  catalogueRow,
  certificationBody,
  createTestProduct,
  failure,
  loginAsAdmin,
  salesPointBody,
  type Headers,
} from "../fixtures/admin"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let coffee: { id: string; handle: string }
    let pepper: { id: string; handle: string }
    let warehouse: { id: string; name: string }

    beforeAll(async () => {
      admin = await loginAsAdmin(api, getContainer())
      coffee = await createTestProduct(getContainer(), { handle: "ca-phe-robusta-ea-tu", title: "Cà phê Robusta Ea Tu" })
      pepper = await createTestProduct(getContainer(), { handle: "tieu-den-cu-kuin", title: "Tiêu đen Cư Kuin", price: 90_000 })
      const { result } = await createStockLocationsWorkflow(getContainer()).run({
        input: { locations: [{ name: "Kho Chợ Krông Năng" }] },
      })
      warehouse = result[0]
    })

    const createSalesPoint = async (overrides: Record<string, unknown> = {}) =>
      (await api.post("/admin/ocop/sales-points", salesPointBody(overrides), admin)).data.sales_point
    const countSalesPoints = async () => (await api.get("/admin/ocop/sales-points", admin)).data.count

    /** Both products certified (so on the store's read model) and carried by a new sales point. */
    const salesPointCarryingListedProducts = async () => {
      await api.post("/admin/ocop/certifications", certificationBody(coffee.id), admin)
      await api.post("/admin/ocop/certifications", certificationBody(pepper.id, { certificate_no: "OCOP-66-TEST-002", sub_group: "spices" }), admin)
      const point = await createSalesPoint()
      await api.post(`/admin/ocop/sales-points/${point.id}/products`, { product_ids: [coffee.id, pepper.id] }, admin)
      return point
    }

    describe("/admin/ocop/sales-points", () => {
      it("answers 401 to every sales-point route without an admin login", async () => {
        const point = await createSalesPoint()
        const calls = [
          () => api.get("/admin/ocop/sales-points"),
          () => api.post("/admin/ocop/sales-points", salesPointBody({ handle: "khac" })),
          () => api.get(`/admin/ocop/sales-points/${point.id}`),
          () => api.post(`/admin/ocop/sales-points/${point.id}`, { name: "Khác" }),
          () => api.delete(`/admin/ocop/sales-points/${point.id}`),
          () => api.post(`/admin/ocop/sales-points/${point.id}/products`, { product_ids: [coffee.id] }),
          () => api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: warehouse.id }),
          () => api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: [point.id] }),
        ]
        for (const call of calls) expect((await failure(call())).status).toBe(401)
        const kept = (await api.get(`/admin/ocop/sales-points/${point.id}`, admin)).data.sales_point
        expect(kept).toMatchObject({ name: "Ki ốt OCOP Chợ Krông Năng", products: [], stock_location: null })
        expect(await countSalesPoints()).toBe(1)
      })

      it("creates a sales point and reads it back", async () => {
        const created = await createSalesPoint()
        expect(created).toMatchObject({ ...salesPointBody(), products: [], stock_location: null })
        expect((await api.get(`/admin/ocop/sales-points/${created.id}`, admin)).data.sales_point).toEqual(created)
      })

      it("lists sales points with their product count, filtered by type, activity, province and name, paged", async () => {
        await salesPointCarryingListedProducts()
        await createSalesPoint({ handle: "cum-ki-ot-ocop-buon-ma-thuot", name: "Cụm ki ốt OCOP Buôn Ma Thuột", type: "kiosk_cluster" })
        await createSalesPoint({ handle: "gian-hang-hoi-cho-ca-phe", name: "Gian hàng Lễ hội Cà phê", type: "fair_booth", market_name: "", active: false })

        const all = (await api.get("/admin/ocop/sales-points?order=handle", admin)).data
        expect(all.count).toBe(3)
        expect(all.sales_points.map((p: any) => [p.handle, p.product_count])).toEqual([
          ["cum-ki-ot-ocop-buon-ma-thuot", 0],
          ["gian-hang-hoi-cho-ca-phe", 0],
          ["ki-ot-ocop-cho-krong-nang", 2],
        ])
        const byType = (await api.get("/admin/ocop/sales-points?type=kiosk_cluster", admin)).data
        expect(byType.sales_points.map((p: any) => p.handle)).toEqual(["cum-ki-ot-ocop-buon-ma-thuot"])
        const closed = (await api.get("/admin/ocop/sales-points?active=false", admin)).data
        expect(closed.sales_points.map((p: any) => p.handle)).toEqual(["gian-hang-hoi-cho-ca-phe"])
        const byName = (await api.get("/admin/ocop/sales-points?q=buon%20ma%20thuot", admin)).data
        expect(byName.sales_points.map((p: any) => p.handle)).toEqual(["cum-ki-ot-ocop-buon-ma-thuot"])
        expect((await api.get("/admin/ocop/sales-points?province_code=68", admin)).data.count).toBe(0)
        const page = (await api.get("/admin/ocop/sales-points?order=-handle&limit=2&offset=2", admin)).data
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 2 })
        expect(page.sales_points.map((p: any) => p.handle)).toEqual(["cum-ki-ot-ocop-buon-ma-thuot"])
      })

      it.each([
        ["a phone that is not Vietnamese", { phone: "0212 345 678" }, /not a Vietnamese mobile number/],
        ["a latitude beyond 90°", { latitude: -95 }, /latitude must be between -90 and 90/],
        ["a longitude beyond 180°", { longitude: 181 }, /longitude must be between -180 and 180/],
        ["no coordinates", { latitude: undefined }, /Field 'latitude' is required/],
        ["an unknown type", { type: "supermarket" }, /type/],
        ["a ward code that is not five digits", { ward_code: "phường Thành Công" }, /ward_code is five digits/],
        ["a handle with accents", { handle: "chợ-krông-năng" }, /handle must be lower-case/],
        ["a field the API does not know", { opening_hours: "cả ngày" }, /Unrecognized fields: 'opening_hours'/],
      ])("refuses %s with 400 and writes nothing", async (_, overrides, message) => {
        const response = await failure(api.post("/admin/ocop/sales-points", salesPointBody(overrides), admin))
        expect(response.status).toBe(400)
        expect(response.data).toMatchObject({ type: "invalid_data", message: expect.stringMatching(message) })
        expect(await countSalesPoints()).toBe(0)
      })

      it("refuses a handle another sales point already has, in both languages, and writes nothing", async () => {
        await createSalesPoint()
        const response = await failure(api.post("/admin/ocop/sales-points", salesPointBody({ name: "Trùng" }), admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(
          "Mã ki-ot-ocop-cho-krong-nang đã thuộc về điểm bán khác / handle ki-ot-ocop-cho-krong-nang is already used by another sales point"
        )
        expect(await countSalesPoints()).toBe(1)
      })

      it("updates a sales point, and the store cards of its products name its new handle", async () => {
        const point = await salesPointCarryingListedProducts()
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual(["ki-ot-ocop-cho-krong-nang"])

        const { data } = await api.post(
          `/admin/ocop/sales-points/${point.id}`,
          { handle: "ki-ot-ocop-cho-trung-tam-krong-nang", opening_hours_vi: "05:30–18:00" },
          admin
        )
        expect(data.sales_point).toMatchObject({ handle: "ki-ot-ocop-cho-trung-tam-krong-nang", opening_hours_vi: "05:30–18:00", name: point.name })
        for (const product of [coffee, pepper]) {
          expect((await catalogueRow(getContainer(), product.handle))?.sales_point_handles).toEqual(["ki-ot-ocop-cho-trung-tam-krong-nang"])
        }
      })

      it("closes a sales point (active: false): its products' store cards stop naming it", async () => {
        const point = await salesPointCarryingListedProducts()
        await api.post(`/admin/ocop/sales-points/${point.id}`, { active: false }, admin)
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual([])
        expect((await api.get(`/admin/ocop/sales-points/${point.id}`, admin)).data.sales_point.products).toHaveLength(2)
      })

      it("refuses an update with a bad phone and changes nothing", async () => {
        const point = await salesPointCarryingListedProducts()
        const response = await failure(api.post(`/admin/ocop/sales-points/${point.id}`, { handle: "moi", phone: "12" }, admin))
        expect(response.status).toBe(400)
        expect((await api.get(`/admin/ocop/sales-points/${point.id}`, admin)).data.sales_point.handle).toBe("ki-ot-ocop-cho-krong-nang")
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual(["ki-ot-ocop-cho-krong-nang"])
      })

      it("deletes a sales point: it is gone, its products stay listed but no longer name it, and its handle is free", async () => {
        const point = await salesPointCarryingListedProducts()
        await api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: warehouse.id }, admin)

        const { data } = await api.delete(`/admin/ocop/sales-points/${point.id}`, admin)
        expect(data).toEqual({ id: point.id, object: "sales_point", deleted: true })
        expect((await failure(api.get(`/admin/ocop/sales-points/${point.id}`, admin))).status).toBe(404)
        for (const product of [coffee, pepper]) {
          expect((await catalogueRow(getContainer(), product.handle))?.sales_point_handles).toEqual([])
          expect((await api.get(`/admin/ocop/products/${product.id}`, admin)).data.product.sales_points).toEqual([])
        }
        expect((await createSalesPoint()).products).toEqual([])
      })

      it("answers 404 for a sales point that does not exist, to read, change, delete or link", async () => {
        for (const call of [
          () => api.get("/admin/ocop/sales-points/ocsp_missing", admin),
          () => api.post("/admin/ocop/sales-points/ocsp_missing", { name: "X" }, admin),
          () => api.delete("/admin/ocop/sales-points/ocsp_missing", admin),
          () => api.post("/admin/ocop/sales-points/ocsp_missing/products", { product_ids: [coffee.id] }, admin),
          () => api.post("/admin/ocop/sales-points/ocsp_missing/stock-location", { stock_location_id: warehouse.id }, admin),
        ]) {
          expect((await failure(call())).status).toBe(404)
        }
      })

      it.each(["limit=1000", "offset=-1", "active=yes", "type=shop", "colour=red"])("refuses the list query %s with 400", async (search) => {
        expect((await failure(api.get(`/admin/ocop/sales-points?${search}`, admin))).status).toBe(400)
      })
    })

    describe("/admin/ocop/sales-points/:id/products", () => {
      it("sets the products a sales point carries, as a whole: the dropped product's card stops naming it", async () => {
        const point = await salesPointCarryingListedProducts()
        const { data } = await api.post(`/admin/ocop/sales-points/${point.id}/products`, { product_ids: [pepper.id] }, admin)
        expect(data.sales_point.products.map((p: any) => p.id)).toEqual([pepper.id])
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual([])
        expect((await catalogueRow(getContainer(), pepper.handle))?.sales_point_handles).toEqual(["ki-ot-ocop-cho-krong-nang"])
      })

      it("refuses a product that does not exist with 400 and keeps the products it had", async () => {
        const point = await salesPointCarryingListedProducts()
        const response = await failure(
          api.post(`/admin/ocop/sales-points/${point.id}/products`, { product_ids: [coffee.id, "prod_missing"] }, admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toBe("Không có product prod_missing / product prod_missing does not exist")
        expect((await api.get(`/admin/ocop/sales-points/${point.id}`, admin)).data.sales_point.products).toHaveLength(2)
      })
    })

    describe("/admin/ocop/products/:id/sales-points", () => {
      it("sets where a product is sold, and its store card lists those sales points", async () => {
        await api.post("/admin/ocop/certifications", certificationBody(coffee.id), admin)
        const first = await createSalesPoint()
        const second = await createSalesPoint({ handle: "cum-ki-ot-ocop-buon-ma-thuot", name: "Cụm ki ốt OCOP Buôn Ma Thuột", type: "kiosk_cluster" })
        const { data } = await api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: [first.id, second.id] }, admin)
        expect(data.product.sales_points.map((p: any) => p.handle).sort()).toEqual(["cum-ki-ot-ocop-buon-ma-thuot", "ki-ot-ocop-cho-krong-nang"])
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual(["cum-ki-ot-ocop-buon-ma-thuot", "ki-ot-ocop-cho-krong-nang"])

        await api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: [] }, admin)
        expect((await catalogueRow(getContainer(), coffee.handle))?.sales_point_handles).toEqual([])
      })

      it("refuses a sales point that does not exist with 400", async () => {
        const response = await failure(api.post(`/admin/ocop/products/${coffee.id}/sales-points`, { sales_point_ids: ["ocsp_missing"] }, admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(/sales_point ocsp_missing does not exist/)
      })
    })

    describe("/admin/ocop/sales-points/:id/stock-location", () => {
      it("links the stock location pickup orders come from, replaces it, and unlinks it with null", async () => {
        const point = await createSalesPoint()
        const linked = (await api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: warehouse.id }, admin)).data
        expect(linked.sales_point.stock_location).toEqual({ id: warehouse.id, name: "Kho Chợ Krông Năng" })
        expect((await api.get("/admin/ocop/sales-points", admin)).data.sales_points[0].stock_location).toEqual({
          id: warehouse.id,
          name: "Kho Chợ Krông Năng",
        })

        const unlinked = (await api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: null }, admin)).data
        expect(unlinked.sales_point.stock_location).toBeNull()
      })

      it("refuses a stock location that does not exist with 400 and keeps the link it had", async () => {
        const point = await createSalesPoint()
        await api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: warehouse.id }, admin)
        const response = await failure(api.post(`/admin/ocop/sales-points/${point.id}/stock-location`, { stock_location_id: "sloc_missing" }, admin))
        expect(response.status).toBe(400)
        expect((await api.get(`/admin/ocop/sales-points/${point.id}`, admin)).data.sales_point.stock_location?.id).toBe(warehouse.id)
      })
    })
  },
})

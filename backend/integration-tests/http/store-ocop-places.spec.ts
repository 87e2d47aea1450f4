/**
 * GET /store/ocop/producers, /store/ocop/sales-points and /store/ocop/groups (and their `:handle` pages), as
 * docs/store-api.md specifies them: where products come from, where they are sold, and how they are grouped,
 * each counting only the products a shopper may see today.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { certify, createCatalogueWorld, createProduct, createSalesPoints, daysFrom, type CatalogueWorld } from "../fixtures/ocop"

const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"
const PRODUCER_KEYS = [
  "address", "address_as_certified", "email", "entity_type", "founded_year", "handle", "latitude", "longitude", "name",
  "phone", "product_count", "province_code", "representative", "story", "ward_code",
]
const SALES_POINT_KEYS = [
  "address", "address_as_certified", "handle", "latitude", "longitude", "market_name", "name", "opening_hours", "phone",
  "product_count", "province_code", "type", "ward_code",
]

// The runner restores the database before every test (~2 s here), so read-only cases of one rule share a test.
medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CatalogueWorld

    beforeAll(async () => {
      const container = getContainer()
      world = await createCatalogueWorld(container)
      // Certificates of 2022, scored under Decision 1048/2019 and still valid: one in a group the current list
      // keeps (food), one in a group it dropped (textiles).
      const weaselCoffee = await createProduct(container, world.storefront, {
        handle: "ca-phe-chon-2022",
        title: "Cà phê chồn",
        variants: [{ title: "Gói 250 g", sku: "CC-250", price_vnd: 450000 }],
      })
      await certify(container, weaselCoffee.id, {
        score: 68, criteria_version: "1048/2019", group: "food", sub_group: "coffee_cacao",
        certificate_no: "OCOP-66-2024-001", issued_at: daysFrom(world.now, -700),
      })
      const oldBrocade = await createProduct(container, world.storefront, {
        handle: "vai-tho-cam-2022",
        title: "Vải thổ cẩm M'nông",
        variants: [{ title: "Tấm 2 m", sku: "VT-200", price_vnd: 800000 }],
      })
      await certify(container, oldBrocade.id, {
        score: 52, criteria_version: "1048/2019", group: "textiles", sub_group: "fabric",
        certificate_no: "OCOP-66-2024-002", issued_at: daysFrom(world.now, -650),
      })
    })

    const get = (url: string, headers: Record<string, string> = world.storefront.headers.headers) =>
      api.get(url, { headers }).catch((error: any) => error.response)

    describe("GET /store/ocop/producers", () => {
      it("lists producers with their provenance and the count of their products on show, cacheable for 30 s", async () => {
        const response = await get("/store/ocop/producers")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        expect(Object.keys(response.data).sort()).toEqual(["count", "limit", "offset", "producers"])
        expect(response.data).toMatchObject({ count: 4, limit: 50, offset: 0 })
        for (const producer of response.data.producers) expect(Object.keys(producer).sort()).toEqual(PRODUCER_KEYS)
        const counts = Object.fromEntries(response.data.producers.map((p: any) => [p.handle, p.product_count]))
        // Each producer has one product on show; the cooperative's expired coffee and the household's 2-star honey do not count.
        expect(counts).toEqual({
          "htx-ca-phe-cu-mgar": 1,
          "ho-mat-ong-krong-bong": 1,
          "cong-ty-ruou-buon-don": 1,
          "tho-cam-lam-dong": 1,
        })
        const cooperative = response.data.producers.find((p: any) => p.handle === "htx-ca-phe-cu-mgar")
        expect(cooperative).toEqual({
          handle: "htx-ca-phe-cu-mgar",
          name: "HTX Cà phê Cư M'gar",
          entity_type: "cooperative",
          province_code: "66",
          address_as_certified: "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
          representative: "Nguyễn Văn A",
          phone: "+84905123456",
          email: "htx.cumgar@example.vn",
          ward_code: "24121",
          address: "Thôn 1",
          latitude: 12.68,
          longitude: 108.05,
          story: "Hợp tác xã của 120 hộ trồng cà phê trên đất đỏ bazan.",
          founded_year: 2015,
          product_count: 1,
        })
      })

      it("filters producers by kind and province, and pages them with the total", async () => {
        const handles = async (queryString: string) =>
          (await get(`/store/ocop/producers?${queryString}`)).data.producers.map((p: any) => p.handle)
        expect(await handles("entity_type=household")).toEqual(["ho-mat-ong-krong-bong"])
        expect(await handles("entity_type=enterprise")).toEqual(["cong-ty-ruou-buon-don"])
        expect(await handles("province_code=68")).toEqual(["tho-cam-lam-dong"])
        const page = await get("/store/ocop/producers?limit=3&offset=3")
        expect(page.data).toMatchObject({ count: 4, limit: 3, offset: 3 })
        expect(page.data.producers).toHaveLength(1)
      })

      it("tells the story in English with locale=en, in Vietnamese where none was written", async () => {
        const { data } = await get("/store/ocop/producers?locale=en")
        const stories = Object.fromEntries(data.producers.map((p: any) => [p.handle, p.story]))
        expect(stories["htx-ca-phe-cu-mgar"]).toBe("A cooperative of 120 coffee-growing households on red basalt soil.")
        expect(stories["ho-mat-ong-krong-bong"]).toBe("Nuôi ong lấy mật hoa cà phê từ năm 2008.")
      })

      it("refuses bad queries with 400 and Medusa's error shape", async () => {
        for (const queryString of ["entity_type=farm", "limit=101", "limit=0", "offset=-1", "province_code=DL", "q=ca", "locale=ja"]) {
          const response = await get(`/store/ocop/producers?${queryString}`)
          expect(response.status, queryString).toBe(400)
          expect(response.data, queryString).toEqual({ type: "invalid_data", message: expect.any(String) })
        }
      })
    })

    describe("GET /store/ocop/producers/:handle", () => {
      it("answers the producer with its products on show as cards, and nothing it may not sell", async () => {
        const response = await get("/store/ocop/producers/htx-ca-phe-cu-mgar")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const { producer } = response.data
        expect(Object.keys(producer).sort()).toEqual([...PRODUCER_KEYS, "products"].sort())
        expect(producer.product_count).toBe(1)
        const list = (await get("/store/ocop/products?producer=htx-ca-phe-cu-mgar")).data.products
        expect(producer.products).toEqual(list)
        expect(producer.products.map((card: any) => card.handle)).toEqual(["ca-phe-rang-xay-cu-mgar"])

        const english = (await get("/store/ocop/producers/htx-ca-phe-cu-mgar?locale=en")).data.producer
        expect([english.story, english.products[0].title]).toEqual([
          "A cooperative of 120 coffee-growing households on red basalt soil.",
          "Cư M'gar ground coffee",
        ])
      })

      it("answers 404 for a producer that does not exist, and 400 for an unknown field", async () => {
        const missing = await get("/store/ocop/producers/khong-co")
        expect(missing.status).toBe(404)
        expect(missing.data).toEqual({ type: "not_found", message: expect.stringContaining("khong-co") })
        expect((await get("/store/ocop/producers/htx-ca-phe-cu-mgar?limit=5")).status).toBe(400)
      })
    })

    describe("GET /store/ocop/sales-points", () => {
      it("lists the active sales points with the count of certified products on sale at each, cacheable for 30 s", async () => {
        const response = await get("/store/ocop/sales-points")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        expect(Object.keys(response.data).sort()).toEqual(["count", "limit", "offset", "sales_points"])
        expect(response.data).toMatchObject({ count: 2, limit: 50, offset: 0 })
        for (const point of response.data.sales_points) expect(Object.keys(point).sort()).toEqual(SALES_POINT_KEYS)
        // The closed wholesale cluster is not listed; the expired, revoked and 2-star products do not count.
        expect(response.data.sales_points.map((p: any) => [p.handle, p.type, p.product_count])).toEqual([
          ["cho-cu-mgar-ki-ot-1", "market_kiosk", 1],
          ["ki-ot-ocop-buon-ma-thuot", "kiosk_cluster", 2],
        ])
        const kiosk = response.data.sales_points[1]
        expect(kiosk).toMatchObject({
          name: "Ki ốt OCOP chợ Buôn Ma Thuột",
          address_as_certified: "TP. Buôn Ma Thuột, tỉnh Đắk Lắk",
          latitude: 12.67,
          longitude: 108.04,
          opening_hours: "7:00–21:00 hằng ngày",
        })
      })

      it("filters by type, province and product; a product not on show is sold nowhere", async () => {
        const handles = async (queryString: string) =>
          (await get(`/store/ocop/sales-points?${queryString}`)).data.sales_points.map((p: any) => p.handle)
        const cases: [string, string[]][] = [
          ["type=market_kiosk", ["cho-cu-mgar-ki-ot-1"]],
          ["type=wholesale_kiosk_cluster", []],
          ["province_code=66", ["cho-cu-mgar-ki-ot-1", "ki-ot-ocop-buon-ma-thuot"]],
          ["province_code=68", []],
          ["product=ca-phe-rang-xay-cu-mgar", ["cho-cu-mgar-ki-ot-1", "ki-ot-ocop-buon-ma-thuot"]],
          ["product=mat-ong-hoa-ca-phe", ["ki-ot-ocop-buon-ma-thuot"]],
          ["product=ca-phe-bot-het-han", []],
          ["product=tieu-do-bi-thu-hoi", []],
          ["product=khong-co", []],
          ["product=ca-phe-rang-xay-cu-mgar&type=kiosk_cluster", ["ki-ot-ocop-buon-ma-thuot"]],
        ]
        for (const [queryString, expected] of cases) expect(await handles(queryString), queryString).toEqual(expected)
        expect((await get("/store/ocop/sales-points?product=ca-phe-bot-het-han")).data.count).toBe(0)
      })

      it("pages with limit and offset, counting every match, in the order of their names", async () => {
        const first = await get("/store/ocop/sales-points?limit=1")
        expect(first.status).toBe(200)
        expect(first.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(first.data.sales_points.map((p: any) => p.handle)).toEqual(["cho-cu-mgar-ki-ot-1"])
        const second = await get("/store/ocop/sales-points?limit=1&offset=1")
        expect(second.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(second.data.sales_points.map((p: any) => [p.handle, p.product_count])).toEqual([["ki-ot-ocop-buon-ma-thuot", 2]])
        const beyond = await get("/store/ocop/sales-points?limit=50&offset=2")
        expect(beyond.data).toMatchObject({ count: 2, sales_points: [] })
        const filtered = await get("/store/ocop/sales-points?type=kiosk_cluster&limit=1")
        expect(filtered.data).toMatchObject({ count: 1 })
      })

      it("pages a country's worth of points 50 at a time: limit=50&offset=50 answers the rest, with the same count", async () => {
        await createSalesPoints(
          getContainer(),
          Array.from({ length: 60 }, (_, i) => ({
            handle: `diem-ban-thu-${String(i + 1).padStart(2, "0")}`,
            name: `Điểm bán thử ${String(i + 1).padStart(2, "0")}`,
            type: "market_kiosk" as const,
          }))
        )
        const all = await get("/store/ocop/sales-points?limit=100")
        expect(all.data).toMatchObject({ count: 62, limit: 100, offset: 0 })
        const first = await get("/store/ocop/sales-points?limit=50")
        expect(first.status).toBe(200)
        expect(first.data).toMatchObject({ count: 62, limit: 50, offset: 0 })
        expect(first.data.sales_points).toHaveLength(50)
        const rest = await get("/store/ocop/sales-points?limit=50&offset=50")
        expect(rest.status).toBe(200)
        expect(rest.data).toMatchObject({ count: 62, limit: 50, offset: 50 })
        expect(rest.data.sales_points).toHaveLength(12)
        // The two pages are the whole list, in its order, each point once.
        const handles = (page: any) => page.data.sales_points.map((p: any) => p.handle)
        expect([...handles(first), ...handles(rest)]).toEqual(handles(all))
        expect(new Set(handles(all)).size).toBe(62)
        expect((await get("/store/ocop/sales-points?limit=50&offset=100")).data).toMatchObject({ count: 62, sales_points: [] })
        // Filters count what they keep, over every page.
        const kiosks = await get("/store/ocop/sales-points?type=market_kiosk&province_code=66&limit=50&offset=50")
        expect(kiosks.data).toMatchObject({ count: 61, offset: 50 })
        expect(kiosks.data.sales_points).toHaveLength(11)
        // The province's figure counts the same points.
        expect((await get("/store/ocop/provinces/66")).data.province.sales_point_count).toBe(62)
      })

      it("gives opening hours in English with locale=en, in Vietnamese where none were written", async () => {
        const { data } = await get("/store/ocop/sales-points?locale=en")
        expect(data.sales_points.map((p: any) => p.opening_hours)).toEqual(["7:00–21:00 hằng ngày", "7 am – 9 pm daily"])
      })

      it("refuses bad queries with 400 and Medusa's error shape", async () => {
        for (const queryString of ["type=shop", "province_code=6", "limit=0", "limit=101", "offset=-1", "limit=ten", "active=false", "locale=EN"]) {
          const response = await get(`/store/ocop/sales-points?${queryString}`)
          expect(response.status, queryString).toBe(400)
          expect(response.data, queryString).toEqual({ type: "invalid_data", message: expect.any(String) })
        }
      })
    })

    describe("GET /store/ocop/sales-points/:handle", () => {
      it("answers the sales point with the certified products on sale there today", async () => {
        const response = await get("/store/ocop/sales-points/ki-ot-ocop-buon-ma-thuot")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const point = response.data.sales_point
        expect(Object.keys(point).sort()).toEqual([...SALES_POINT_KEYS, "products"].sort())
        expect(point.product_count).toBe(2)
        expect(point.products).toEqual((await get("/store/ocop/products?sales_point=ki-ot-ocop-buon-ma-thuot")).data.products)
        expect(point.products.map((card: any) => card.handle)).toEqual(["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"])
      })

      it("answers 404 for a closed sales point and for one that does not exist", async () => {
        for (const handle of ["cho-dau-moi-da-dong-cua", "khong-co"]) {
          const response = await get(`/store/ocop/sales-points/${handle}`)
          expect(response.status, handle).toBe(404)
          expect(response.data, handle).toEqual({ type: "not_found", message: expect.stringContaining(handle) })
        }
      })
    })

    describe("GET /store/ocop/groups", () => {
      it("lists the groups of the current criteria with the count of products on show, older certificates counted by code", async () => {
        const response = await get("/store/ocop/groups")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const { groups } = response.data
        expect(groups.map((g: any) => [g.code, g.count])).toEqual([
          // coffee, honey, and the 2022 weasel coffee under 1048/2019's food group
          ["food", 3],
          ["drinks", 1],
          ["herbal", 0],
          // the 2022 brocade's group (1048/2019 "textiles") is not in the current list
          ["handicraft", 1],
          ["ornamental", 0],
          ["tourism", 0],
        ])
        const food = groups[0]
        expect(food).toMatchObject({ code: "food", name: "Thực phẩm" })
        expect(Object.fromEntries(food.sub_groups.map((s: any) => [s.code, s.count]))).toEqual({
          fresh: 0, raw_preprocessed: 1, processed: 0, spices: 0, tea: 0, coffee_cacao: 2,
        })
        for (const group of groups) {
          expect(Object.keys(group).sort()).toEqual(["code", "count", "name", "sub_groups"])
          for (const sub of group.sub_groups) expect(Object.keys(sub).sort()).toEqual(["code", "count", "name"])
        }
        // The older group's products are still listed, and can be filtered by their own code.
        const textiles = await get("/store/ocop/products?group=textiles")
        expect(textiles.data.products.map((card: any) => card.handle)).toEqual(["vai-tho-cam-2022"])
      })

      it("names groups in English with locale=en, while codes stay the same", async () => {
        const { data } = await get("/store/ocop/groups?locale=en")
        expect(data.groups.map((g: any) => [g.code, g.name])).toEqual([
          ["food", "Food"],
          ["drinks", "Drinks"],
          ["herbal", "Medicinal herbs and herbal products"],
          ["handicraft", "Handicrafts"],
          ["ornamental", "Ornamental plants and animals"],
          ["tourism", "Community tourism, eco-tourism and tourist sites"],
        ])
        expect((await get("/store/ocop/groups?version=148/2023")).status).toBe(400)
      })
    })

    describe("every list route", () => {
      it("takes limit and offset and answers count, and refuses bad paging with 400, never 500", async () => {
        const lists: [string, string, number][] = [
          ["/store/ocop/producers", "producers", 4],
          ["/store/ocop/sales-points", "sales_points", 2],
          ["/store/ocop/groups", "groups", 6],
          ["/store/ocop/provinces", "provinces", 34],
          ["/store/ocop/districts", "districts", 4],
          ["/store/ocop/delivery-zones", "delivery_zones", 3],
        ]
        for (const [route, key, count] of lists) {
          const whole = await get(route)
          expect(whole.status, route).toBe(200)
          expect(whole.data, route).toMatchObject({ count, offset: 0 })
          expect(whole.data[key], route).toHaveLength(count)
          const second = await get(`${route}?limit=1&offset=1`)
          expect(second.status, route).toBe(200)
          expect(second.data, route).toMatchObject({ count, limit: 1, offset: 1 })
          expect(second.data[key], route).toEqual([whole.data[key][1]])
          for (const bad of ["limit=0", "limit=101", "offset=-1", "limit=ten", "offset=1.5", "limit=%00"]) {
            const response = await get(`${route}?${bad}`)
            expect(response.status, `${route}?${bad}`).toBe(400)
            expect(response.data, `${route}?${bad}`).toEqual({ type: "invalid_data", message: expect.any(String) })
          }
        }
      })

      it("answers a province's figures by code, 404 for a code no province has", async () => {
        const response = await get("/store/ocop/provinces/66")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        // Three of the four products on show and three of the producers are Đắk Lắk's; the brocade is Lâm Đồng's.
        expect(response.data.province).toMatchObject({ code: "66", name: "Tỉnh Đắk Lắk", delivery_zone: "dak_lak", sales_point_count: 2 })
        expect(response.data.province.product_count).toBe(
          (await get("/store/ocop/products?province_code=66&limit=1")).data.count
        )
        expect(response.data.province.producer_count).toBe((await get("/store/ocop/producers?province_code=66")).data.count)
        const listed = (await get("/store/ocop/provinces")).data.provinces.find((p: any) => p.code === "66")
        expect(listed.product_count).toBe(response.data.province.product_count)
        for (const code of ["99", "6", "abc"]) expect((await get(`/store/ocop/provinces/${code}`)).status, code).toBe(404)
        expect((await get("/store/ocop/provinces/66?limit=1")).status).toBe(400)
      })
    })

    describe("the publishable key", () => {
      it("is required on every OCOP store route, refused exactly as Medusa refuses its own store routes", async () => {
        const medusas = await get("/store/products", {})
        expect(medusas.status).toBe(400)
        for (const route of [
          "/store/ocop/products",
          "/store/ocop/products/ca-phe-rang-xay-cu-mgar",
          "/store/ocop/producers",
          "/store/ocop/producers/htx-ca-phe-cu-mgar",
          "/store/ocop/sales-points",
          "/store/ocop/sales-points/ki-ot-ocop-buon-ma-thuot",
          "/store/ocop/groups",
        ]) {
          const ours = await get(route, {})
          expect({ status: ours.status, data: ours.data }, route).toEqual({ status: medusas.status, data: medusas.data })
        }
      })
    })
  },
})

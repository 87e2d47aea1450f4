/**
 * GET /store/ocop/products and /store/ocop/products/:handle, as docs/store-api.md specifies them, and the rule
 * behind both: a shopper sees and buys only products whose certificate is valid today and rated 3 ★ or more.
 */
import path from "node:path"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createCatalogueWorld,
  HIDDEN_HANDLES,
  inStorefrontChannel,
  revoke,
  SHOWABLE_HANDLES,
  type CatalogueWorld,
} from "../fixtures/ocop"
import { shopper } from "../fixtures/checkout"

const CARD_KEYS = ["handle", "id", "ocop", "price", "producer", "rating", "subtitle", "thumbnail", "title"]
const OCOP_KEYS = [
  "certificate_no", "criteria_version", "decision_no", "expires_at", "group", "issued_at", "level", "score", "stars", "sub_group",
]
const PRODUCER_REF_KEYS = ["address_as_certified", "entity_type", "handle", "name", "province_code"]
const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"

// The runner restores the database before every test (~2 s here), so read-only cases of one rule share a test
// and name themselves in the assertion message instead.

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let world: CatalogueWorld

    beforeAll(async () => {
      world = await createCatalogueWorld(getContainer())
    })

    /** The response whatever its status (axios throws on 4xx). */
    const get = (url: string, headers: Record<string, string> = world.storefront.headers.headers) =>
      api.get(url, { headers }).catch((error: any) => error.response)
    const handlesOf = (response: any) => response.data.products.map((product: any) => product.handle)

    describe("GET /store/ocop/products", () => {
      it("lists only the products certified today with 3 stars or more, best first, with the total, cacheable for 30 s", async () => {
        const response = await get("/store/ocop/products")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        expect(handlesOf(response)).toEqual(SHOWABLE_HANDLES)
        expect(response.data).toMatchObject({ count: 4, limit: 24, offset: 0 })
        expect(Object.keys(response.data).sort()).toEqual(["count", "limit", "offset", "products"])
      })

      it("answers each product as a card of exactly the documented fields", async () => {
        const { data } = await get("/store/ocop/products")
        for (const card of data.products) {
          expect(Object.keys(card).sort()).toEqual(CARD_KEYS)
          expect(Object.keys(card.ocop).sort()).toEqual(OCOP_KEYS)
          expect(Object.keys(card.producer).sort()).toEqual(PRODUCER_REF_KEYS)
        }
        const coffee = data.products.find((card: any) => card.handle === "ca-phe-rang-xay-cu-mgar")
        expect(coffee).toEqual({
          id: world.products.coffee.id,
          handle: "ca-phe-rang-xay-cu-mgar",
          title: "Cà phê rang xay Cư M'gar",
          subtitle: "Robusta rang mộc",
          thumbnail: "/static/ca-phe-rang-xay-cu-mgar.svg",
          price: { amount: 95000, currency_code: "vnd" },
          ocop: {
            stars: 4,
            score: 78,
            group: "food",
            sub_group: "coffee_cacao",
            criteria_version: "148/2023",
            certificate_no: "OCOP-66-2024-010",
            decision_no: "1378/QĐ-UBND",
            level: "province",
            issued_at: new Date(world.now.getTime() - 200 * 86_400_000).toISOString(),
            expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
          },
          producer: {
            handle: "htx-ca-phe-cu-mgar",
            name: "HTX Cà phê Cư M'gar",
            entity_type: "cooperative",
            province_code: "66",
            address_as_certified: "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
          },
          // Nobody has reviewed it yet (reviews.spec.ts: the average once buyers have).
          rating: { average: null, count: 0 },
        })
        const wine = data.products.find((card: any) => card.handle === "ruou-can-buon-don")
        expect(wine.ocop).toMatchObject({ stars: 5, level: "national", decision_no: "3925/QĐ-BNNMT" })
      })

      it("filters by stars, minimum stars, group, producer type, province, producer and sales point, and counts what matches", async () => {
        const cases: [string, string[]][] = [
          ["stars=3", ["mat-ong-hoa-ca-phe", "tho-cam-e-de"]],
          ["stars=4,5", ["ruou-can-buon-don", "ca-phe-rang-xay-cu-mgar"]],
          ["stars=3&stars=5", ["ruou-can-buon-don", "mat-ong-hoa-ca-phe", "tho-cam-e-de"]],
          ["min_stars=3", SHOWABLE_HANDLES],
          ["min_stars=4", ["ruou-can-buon-don", "ca-phe-rang-xay-cu-mgar"]],
          ["min_stars=5", ["ruou-can-buon-don"]],
          ["group=food", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["group=handicraft", ["tho-cam-e-de"]],
          ["group=herbal", []],
          ["producer_type=cooperative", ["ca-phe-rang-xay-cu-mgar"]],
          ["producer_type=household", ["mat-ong-hoa-ca-phe"]],
          ["producer_type=cooperative_group", ["tho-cam-e-de"]],
          ["province_code=68", ["tho-cam-e-de"]],
          ["province_code=66", ["ruou-can-buon-don", "ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["producer=htx-ca-phe-cu-mgar", ["ca-phe-rang-xay-cu-mgar"]],
          ["producer=ho-mat-ong-krong-bong", ["mat-ong-hoa-ca-phe"]],
          ["sales_point=ki-ot-ocop-buon-ma-thuot", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["sales_point=cho-dau-moi-da-dong-cua", []],
          ["min_stars=4&group=food", ["ca-phe-rang-xay-cu-mgar"]],
          // Products named by handle (a shopper's recently viewed): only those certified today come back.
          ["handle=mat-ong-hoa-ca-phe,tho-cam-e-de", ["mat-ong-hoa-ca-phe", "tho-cam-e-de"]],
          ["handle=mat-ong-hoa-ca-phe&handle=ca-phe-rang-xay-cu-mgar", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          [`handle=${HIDDEN_HANDLES[0]},mat-ong-hoa-ca-phe`, ["mat-ong-hoa-ca-phe"]],
          ["handle=khong-co", []],
        ]
        for (const [queryString, expected] of cases) {
          const response = await get(`/store/ocop/products?${queryString}`)
          expect(response.status, queryString).toBe(200)
          expect(handlesOf(response), queryString).toEqual(expected)
          expect(response.data.count, queryString).toBe(expected.length)
        }
      })

      it("filters by the district of origin printed on the certificate, accents and kind optional, and by price", async () => {
        const cases: [string, string[]][] = [
          ["district=Cư M'gar", ["ca-phe-rang-xay-cu-mgar"]],
          ["district=cu mgar", ["ca-phe-rang-xay-cu-mgar"]],
          ["district=cu-m-gar", ["ca-phe-rang-xay-cu-mgar"]],
          ["district=huyện Krông Bông", ["mat-ong-hoa-ca-phe"]],
          ["district=BUON DON", ["ruou-can-buon-don"]],
          ["district=Lạc Dương", ["tho-cam-e-de"]],
          ["district=Ea Kar", []],
          ["price_min=100000", ["ruou-can-buon-don", "mat-ong-hoa-ca-phe", "tho-cam-e-de"]],
          ["price_max=150000", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["price_min=100000&price_max=300000", ["ruou-can-buon-don", "mat-ong-hoa-ca-phe"]],
          ["price_min=150000&price_max=150000", ["mat-ong-hoa-ca-phe"]],
          ["district=krong bong&price_max=100000", []],
          // With a search: the same filters, on the Search Module's path.
          ["q=ca phe&district=cu mgar", ["ca-phe-rang-xay-cu-mgar"]],
          ["q=ca phe&price_min=100000", ["mat-ong-hoa-ca-phe"]],
          ["q=ca phe&district=ea kar", []],
        ]
        for (const [queryString, expected] of cases) {
          const response = await get(`/store/ocop/products?${encodeURI(queryString)}`)
          expect(response.status, queryString).toBe(200)
          expect(handlesOf(response), queryString).toEqual(expected)
          expect(response.data.count, queryString).toBe(expected.length)
        }
        for (const bad of ["price_min=-1", "price_max=abc", "price_min=1.5", "price_min=300000&price_max=100000", "district="]) {
          const response = await get(`/store/ocop/products?${bad}`)
          expect(response.status, bad).toBe(400)
        }
      })

      it("lists the districts products come from, with how many each, for the place-of-origin filter", async () => {
        const response = await get("/store/ocop/districts")
        expect(response.status).toBe(200)
        expect(response.data.districts).toEqual([
          { name: "Buôn Đôn", printed: "huyện Buôn Đôn", code: "buon-don", count: 1 },
          { name: "Cư M'gar", printed: "huyện Cư M'gar", code: "cu-m-gar", count: 1 },
          { name: "Krông Bông", printed: "huyện Krông Bông", code: "krong-bong", count: 1 },
          // Outside the province's list of old districts: named as printed, with no code.
          { name: "Lạc Dương", printed: "huyện Lạc Dương", code: null, count: 1 },
        ])
      })

      it("finds words typed with accents or without (\"ca phe\" finds \"Cà phê\", \"dak lak\" finds \"Đắk Lắk\")", async () => {
        const cases: [string, string[]][] = [
          ["ca phe", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["Cà phê", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["dak lak", ["ruou-can-buon-don", "ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe"]],
          ["mat ong", ["mat-ong-hoa-ca-phe"]],
          ["ground coffee", ["ca-phe-rang-xay-cu-mgar"]],
          ["lac duong", ["tho-cam-e-de"]],
          ["sầu riêng", []],
        ]
        // Ordered by relevance (store-ocop-search.spec.ts checks the ranking); here only what is found.
        for (const [q, expected] of cases) {
          expect(handlesOf(await get(`/store/ocop/products?q=${encodeURIComponent(q)}`)).sort(), q).toEqual([...expected].sort())
        }
      })

      it("orders by stars, title, price either way, or newest certificate", async () => {
        const cases: [string, string[]][] = [
          ["-stars", ["ruou-can-buon-don", "ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe", "tho-cam-e-de"]],
          ["title", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe", "ruou-can-buon-don", "tho-cam-e-de"]],
          ["price", ["ca-phe-rang-xay-cu-mgar", "mat-ong-hoa-ca-phe", "ruou-can-buon-don", "tho-cam-e-de"]],
          ["-price", ["tho-cam-e-de", "ruou-can-buon-don", "mat-ong-hoa-ca-phe", "ca-phe-rang-xay-cu-mgar"]],
          ["-certified_at", ["tho-cam-e-de", "mat-ong-hoa-ca-phe", "ca-phe-rang-xay-cu-mgar", "ruou-can-buon-don"]],
        ]
        for (const [order, expected] of cases) {
          expect(handlesOf(await get(`/store/ocop/products?order=${order}`)), order).toEqual(expected)
        }
      })

      it("pages with limit and offset and counts every match on every page, even past the last one", async () => {
        const second = await get("/store/ocop/products?limit=1&offset=1")
        expect(second.data).toMatchObject({ count: 4, limit: 1, offset: 1 })
        expect(handlesOf(second)).toEqual(["ca-phe-rang-xay-cu-mgar"])
        const beyond = await get("/store/ocop/products?limit=2&offset=10")
        expect(beyond.data).toEqual({ products: [], count: 4, limit: 2, offset: 10 })
      })

      it("speaks English with locale=en, falling back to Vietnamese where nothing was translated", async () => {
        const { data } = await get("/store/ocop/products?locale=en")
        const titles = Object.fromEntries(data.products.map((card: any) => [card.handle, [card.title, card.subtitle]]))
        expect(titles).toEqual({
          "ca-phe-rang-xay-cu-mgar": ["Cư M'gar ground coffee", "Plain-roasted robusta"],
          "ruou-can-buon-don": ["Buôn Đôn rice wine", null],
          "mat-ong-hoa-ca-phe": ["Mật ong hoa cà phê", null],
          "tho-cam-e-de": ["Thổ cẩm Ê Đê", null],
        })
        expect(data.products.map((card: any) => card.ocop.group)).toEqual(["drinks", "food", "food", "handicraft"])
      })

      it("also takes the language from Medusa's x-medusa-locale header", async () => {
        const { data } = await get("/store/ocop/products?producer=htx-ca-phe-cu-mgar", {
          ...world.storefront.headers.headers,
          "x-medusa-locale": "en-US",
        })
        expect(data.products[0].title).toBe("Cư M'gar ground coffee")
      })

      it("accepts the Vietnam region, whose prices the cards carry", async () => {
        const response = await get(`/store/ocop/products?region_id=${world.storefront.regionId}`)
        expect(response.status).toBe(200)
        expect(response.data.products[0].price.currency_code).toBe("vnd")
      })

      it("refuses a region that does not sell in VND, and one that does not exist", async () => {
        const { result } = await createRegionsWorkflow(getContainer()).run({
          input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"] }] },
        })
        const usd = await get(`/store/ocop/products?region_id=${result[0].id}`)
        expect(usd.status).toBe(400)
        expect(usd.data).toEqual({ type: "invalid_data", message: expect.stringContaining("VND only") })
        const unknown = await get("/store/ocop/products?region_id=reg_nope")
        expect(unknown.status).toBe(400)
        expect(unknown.data.type).toBe("invalid_data")
      })

      it("refuses min_stars=2, limit=1000, offset=-1, stars=6, unknown fields and other bad queries with 400 and Medusa's error shape", async () => {
        const cases: [string, string][] = [
          ["min_stars=2", "min_stars"],
          ["min_stars=6", "min_stars"],
          ["stars=6", "stars"],
          ["stars=2,3", "stars"],
          ["stars=", "stars"],
          ["limit=1000", "limit"],
          ["limit=0", "limit"],
          ["limit=ten", "limit"],
          ["offset=-1", "offset"],
          ["order=stars", "order"],
          ["group=beverages", "group"],
          ["producer_type=farm", "producer_type"],
          ["province_code=dak-lak", "province_code"],
          ["locale=fr", "locale"],
          ["fields=*variants", "fields"],
          ["colour=red", "colour"],
          ["handle=Ca-Phe", "handle"],
          [`handle=${Array.from({ length: 25 }, (_, i) => `san-pham-${i}`).join(",")}`, "handle"],
          ["handle=mat-ong-hoa-ca-phe&q=mat", "handle"],
        ]
        for (const [queryString, field] of cases) {
          const response = await get(`/store/ocop/products?${queryString}`)
          expect(response.status, queryString).toBe(400)
          expect(response.data, queryString).toEqual({ type: "invalid_data", message: expect.stringContaining(field) })
          expect(response.data.message, queryString).toMatch(/^Invalid request: /)
        }
        // Same words as Medusa's own catalogue for the same mistake.
        const ours = await get("/store/ocop/products?colour=red")
        const medusas = await get("/store/products?colour=red")
        expect(medusas.status).toBe(400)
        expect(ours.data).toEqual(medusas.data)
      })

      it("refuses a request without a valid publishable key exactly as Medusa refuses its own /store/products", async () => {
        const cases: [string, Record<string, string>][] = [
          ["no publishable key", {}],
          ["an unknown publishable key", { "x-publishable-api-key": "pk_not_a_key" }],
        ]
        for (const [name, headers] of cases) {
          const ours = await get("/store/ocop/products", headers)
          const medusas = await get("/store/products", headers)
          expect(medusas.status, name).toBeGreaterThanOrEqual(400)
          expect({ status: ours.status, data: ours.data }, name).toEqual({ status: medusas.status, data: medusas.data })
        }
      })
    })

    describe("GET /store/ocop/delivery-zones", () => {
      it("prices home delivery per parcel by zone, with the working days, in the page's language, for all 34 provinces", async () => {
        const response = await get("/store/ocop/delivery-zones")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const zones = response.data.delivery_zones
        expect(zones.map((zone: any) => [zone.code, zone.price, zone.days])).toEqual([
          ["dak_lak", { amount: 20000, currency_code: "vnd" }, "1–2"],
          ["neighbours", { amount: 35000, currency_code: "vnd" }, "2–3"],
          ["rest_of_vietnam", { amount: 45000, currency_code: "vnd" }, "3–5"],
        ])
        expect(zones[0]).toMatchObject({ name: "Trong tỉnh Đắk Lắk", province_codes: ["66"] })
        const provinces = (await get("/store/ocop/provinces")).data.provinces.map((province: any) => province.code).sort()
        expect(zones.flatMap((zone: any) => zone.province_codes).sort()).toEqual(provinces)
        expect(provinces).toHaveLength(34)
        const english = (await get("/store/ocop/delivery-zones?locale=en")).data.delivery_zones
        expect(english.map((zone: any) => zone.name)).toEqual([
          "Within Đắk Lắk",
          "Neighbouring provinces (Gia Lai, Khánh Hòa, Lâm Đồng)",
          "Rest of Vietnam",
        ])
        expect((await get("/store/ocop/delivery-zones?locale=fr")).status).toBe(400)
        expect((await get("/store/ocop/delivery-zones?zone=x")).status).toBe(400)
      })
    })

    describe("GET /store/ocop/products/:handle", () => {
      it("answers the card plus description, images, variants with price and stock, and the active sales points", async () => {
        const response = await get("/store/ocop/products/ca-phe-rang-xay-cu-mgar")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const { product } = response.data
        expect(Object.keys(product).sort()).toEqual([...CARD_KEYS, "description", "images", "sales_points", "variants"].sort())
        const card = (await get("/store/ocop/products?producer=htx-ca-phe-cu-mgar")).data.products[0]
        expect(product).toMatchObject(card)
        expect(product.description).toBe("Cà phê vối trồng trên đất đỏ bazan.")
        expect(product.images).toEqual([{ id: expect.stringMatching(/^img_/), url: "/static/ca-phe-rang-xay-cu-mgar.svg" }])
        expect(product.variants).toEqual([
          {
            id: world.products.coffee.variant_ids[0],
            title: "Gói 250 g",
            sku: "CP-250",
            options: { "Quy cách": "Gói 250 g" },
            price: { amount: 95000, currency_code: "vnd" },
            in_stock: true,
            available: 10,
          },
          {
            id: world.products.coffee.variant_ids[1],
            title: "Gói 500 g",
            sku: "CP-500",
            options: { "Quy cách": "Gói 500 g" },
            price: { amount: 180000, currency_code: "vnd" },
            in_stock: false,
            available: 0,
          },
        ])
        // The closed wholesale kiosk still carries it in the data, but is not where a shopper can buy it.
        expect(product.sales_points.map((point: any) => [point.handle, point.product_count])).toEqual([
          ["cho-cu-mgar-ki-ot-1", 1],
          ["ki-ot-ocop-buon-ma-thuot", 2],
        ])
        expect(Object.keys(product.sales_points[0]).sort()).toEqual([
          "address", "address_as_certified", "fair", "handle", "latitude", "longitude", "market_name", "name", "opening_hours",
          "phone", "product_count", "province_code", "type", "ward_code",
        ])
        // An ordinary kiosk is not a fair's booth.
        expect(product.sales_points.map((point: any) => point.fair)).toEqual([null, null])
        // A variant whose inventory Medusa does not manage is always in stock.
        const honey = (await get("/store/ocop/products/mat-ong-hoa-ca-phe")).data.product
        expect(honey.variants.map((variant: any) => variant.in_stock)).toEqual([true])
      })

      it("speaks English with locale=en: title, description, opening hours", async () => {
        const { data } = await get("/store/ocop/products/ca-phe-rang-xay-cu-mgar?locale=en")
        expect(data.product.title).toBe("Cư M'gar ground coffee")
        expect(data.product.description).toBe("Robusta grown on red basalt soil.")
        const hours = Object.fromEntries(data.product.sales_points.map((point: any) => [point.handle, point.opening_hours]))
        expect(hours).toEqual({ "ki-ot-ocop-buon-ma-thuot": "7 am – 9 pm daily", "cho-cu-mgar-ki-ot-1": "7:00–21:00 hằng ngày" })
      })

      it("answers 404 with a bilingual message for a handle that names no product", async () => {
        const response = await get("/store/ocop/products/khong-co")
        expect(response.status).toBe(404)
        expect(response.data).toEqual({ type: "not_found", message: expect.stringMatching(/Không có .* \/ no .*khong-co/) })
      })

      it("refuses an unknown region, another language or an unknown field with 400", async () => {
        for (const queryString of ["region_id=reg_nope", "locale=de", "expand=variants"]) {
          const response = await get(`/store/ocop/products/ca-phe-rang-xay-cu-mgar?${queryString}`)
          expect(response.status, queryString).toBe(400)
          expect(response.data.type, queryString).toBe("invalid_data")
        }
      })
    })

    describe("products a shopper may not see or buy", () => {
      it.each([
        ["a 2-star product", "twoStars", "mat-ong-rung-hai-sao"],
        ["a product whose certificate expired", "expired", "ca-phe-bot-het-han"],
        ["a product whose certificate was revoked", "revoked", "tieu-do-bi-thu-hoi"],
        ["a product whose certificate is not issued yet", "notYetIssued", "bo-say-chua-cap"],
      ] as const)("keeps %s out of the list, answers 404 for it, and refuses it in a cart", async (_case, key, handle) => {
        expect(HIDDEN_HANDLES).toContain(handle)
        const all = await get("/store/ocop/products?limit=100")
        expect(handlesOf(all)).not.toContain(handle)
        const searched = await get(`/store/ocop/products?q=${encodeURIComponent(handle.replace(/-/g, " "))}`)
        expect(handlesOf(searched)).not.toContain(handle)

        const detail = await get(`/store/ocop/products/${handle}`)
        expect(detail.status).toBe(404)
        expect(detail.data.type).toBe("not_found")

        // Medusa's own catalogue hides it too: the plugin keeps it out of the storefront's sales channel.
        expect(await inStorefrontChannel(getContainer(), world.storefront, world.products[key].id)).toBe(false)
        const medusas = await get(`/store/products?handle=${handle}`)
        expect(medusas.data.products).toEqual([])

        const { data } = await api.post("/store/carts", { region_id: world.storefront.regionId }, world.storefront.headers)
        const refused = await api
          .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: world.products[key].variant_ids[0], quantity: 1 }, world.storefront.headers)
          .catch((error: any) => error.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({ type: "invalid_data", message: expect.stringContaining("OCOP") })
        // The same cart takes a certified product, so the refusal is about the certificate, not the cart.
        const accepted = await api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: world.products.honey.variant_ids[0], quantity: 1 },
          world.storefront.headers
        )
        expect(accepted.data.cart.items.map((item: any) => item.variant_id)).toEqual([world.products.honey.variant_ids[0]])
      })

      it("refuses a cart created with such a product in it", async () => {
        const response = await api
          .post(
            "/store/carts",
            { region_id: world.storefront.regionId, items: [{ variant_id: world.products.expired.variant_ids[0], quantity: 1 }] },
            world.storefront.headers
          )
          .catch((error: any) => error.response)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("OCOP")
      })

      it("refuses checkout of a cart whose product lost its certificate after it was added, and completes one that did not", async () => {
        const headers = world.storefront.headers
        // Contact, an address in Buôn Ma Thuột, home delivery, cash on delivery: all an order needs but the product.
        const readyCart = (variantId: string) => shopper(api, world.storefront).ready([{ variant_id: variantId, quantity: 1 }])
        const kept = await readyCart(world.products.wine.variant_ids[0])
        const lapsed = await readyCart(world.products.honey.variant_ids[0])
        await revoke(getContainer(), world.certifications.honey, "Mẫu kiểm tra không đạt")

        const refused = await api.post(`/store/carts/${lapsed}/complete`, {}, headers).catch((error: any) => error.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({ type: "invalid_data", message: expect.stringContaining("Mật ong hoa cà phê") })
        const completed = await api.post(`/store/carts/${kept}/complete`, {}, headers)
        expect(completed.data.type).toBe("order")
      })

      it("takes a product revoked right after it was listed off the list, the detail, the channel and carts", async () => {
        expect(handlesOf(await get("/store/ocop/products"))).toContain("ca-phe-rang-xay-cu-mgar")
        const { data } = await api.post("/store/carts", { region_id: world.storefront.regionId }, world.storefront.headers)
        const variantId = world.products.coffee.variant_ids[0]
        await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, world.storefront.headers)

        await revoke(getContainer(), world.certifications.coffee, "Sai lệch nhãn mác")

        expect(handlesOf(await get("/store/ocop/products"))).not.toContain("ca-phe-rang-xay-cu-mgar")
        expect((await get("/store/ocop/products/ca-phe-rang-xay-cu-mgar")).status).toBe(404)
        expect((await get("/store/ocop/products?producer=htx-ca-phe-cu-mgar")).data.count).toBe(0)
        expect(await inStorefrontChannel(getContainer(), world.storefront, world.products.coffee.id)).toBe(false)
        const more = await api
          .post(`/store/carts/${data.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, world.storefront.headers)
          .catch((error: any) => error.response)
        expect(more.status).toBe(400)
      })
    })
  },
})

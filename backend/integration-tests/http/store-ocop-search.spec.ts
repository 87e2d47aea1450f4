/**
 * Search over the certified catalogue (GET /store/ocop/products?q=, GET /store/ocop/search/suggest) on the seed's
 * Đắk Lắk catalogue, through Medusa's Search Module and its PostgreSQL provider in the test database: nothing
 * mocked. The same table runs against a real Meilisearch in store-ocop-search-meilisearch.spec.ts.
 */
import path from "node:path"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { attachProducer, certify, createProducers, createProduct, daysFrom, revoke } from "../fixtures/ocop"
import {
  eventually,
  expectSearchCase,
  SEARCH_TABLE,
  SEED_HIDDEN,
  SEED_SHOWABLE_COUNT,
  waitForIndexedCount,
} from "../fixtures/search"
import { createSeedCatalogue, type SeedCatalogue } from "../fixtures/seed-catalogue"

const INDEX = "ocop_products"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let catalogue: SeedCatalogue

    beforeAll(async () => {
      catalogue = await createSeedCatalogue(getContainer())
      await waitForIndexedCount(getContainer(), INDEX, SEED_SHOWABLE_COUNT)
    })

    const get = (url: string) => api.get(url, catalogue.storefront.headers).catch((error: any) => error.response)
    const search = async (q: string, more = "") => get(`/store/ocop/products?q=${encodeURIComponent(q)}&limit=100${more}`)
    const handlesOf = (response: any): string[] => response.data.products.map((product: any) => product.handle)
    const indexed = async (productId: string) => {
      const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
      const { hits } = await searchModule.search({ entity: INDEX, filters: { id: productId } })
      return hits.length > 0
    }

    describe("GET /store/ocop/products?q= on the PostgreSQL provider", () => {
      it.each(SEARCH_TABLE)("finds what a shopper means by \"$q\" ($why)", async (row) => {
        const response = await search(row.q)
        expect(response.status).toBe(200)
        expectSearchCase(row, handlesOf(response))
      })

      it("answers \"dak lak\", \"Đắk Lắk\", \"DAK LAK\" and \"đắk lắk\" alike: every showable product, all from Đắk Lắk", async () => {
        const answers = await Promise.all(["dak lak", "Đắk Lắk", "DAK LAK", "đắk lắk"].map((q) => search(q)))
        const [first, ...rest] = answers.map(handlesOf)
        expect(first).toHaveLength(SEED_SHOWABLE_COUNT)
        expect(answers[0].data.count).toBe(SEED_SHOWABLE_COUNT)
        for (const other of rest) expect(other).toEqual(first)
      })

      it("never finds a 2-star, expired or revoked product, even by its exact title", async () => {
        for (const [handle, title] of Object.entries(SEED_HIDDEN)) {
          for (const q of [title, title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/gi, "d")]) {
            const response = await search(q)
            expect(response.status, q).toBe(200)
            expect(handlesOf(response), q).not.toContain(handle)
          }
        }
      })

      it("ranks the whole phrase above the same words scattered (\"mat ong hoa ca phe\")", async () => {
        const handles = handlesOf(await search("mat ong hoa ca phe"))
        const phrase = Math.max(handles.indexOf("mat-ong-hoa-ca-phe-ea-o"), handles.indexOf("mat-ong-hoa-ca-phe-tay-nguyen-xanh"))
        // "Phấn hoa ong" has "hoa", "ong", "mật ong" and "cà phê" in its texts, but not in that order.
        const scattered = handles.indexOf("phan-hoa-ong-tay-nguyen-xanh")
        expect(scattered).toBeGreaterThan(phrase)
      })

      it("ranks a title above a subtitle above the place on the certificate (\"krong pac\", \"cu mgar\")", async () => {
        const krongPac = handlesOf(await search("krong pac"))
        // Sầu riêng Ri6 Tân Tiến is made in huyện Krông Pắc too; only its certificate says so.
        expect(krongPac.indexOf("sau-rieng-tuoi-tan-tien")).toBeGreaterThan(1)
        const cuMgar = handlesOf(await search("cu mgar"))
        // Its subtitle says "Robusta Cư M'gar"; the others are only certified in huyện Cư M'gar.
        expect(cuMgar[0]).toBe("ca-phe-rang-xay-cong-bang-ea-kiet")
        expect(cuMgar).toContain("ca-phe-hat-rang-honey-ea-kiet")
      })

      it("combines the text with every catalogue filter, and counts what matches", async () => {
        const matches = handlesOf(await search("ca phe"))
        expect(matches.length).toBeGreaterThan(5)
        const filters = [
          "min_stars=4",
          "stars=3",
          "stars=4,5",
          "group=food",
          "group=drinks",
          "producer_type=cooperative",
          "producer_type=enterprise",
          "province_code=66",
          "producer=cong-ty-ca-phe-hat-sao",
          "sales_point=ki-ot-ocop-cho-buon-ma-thuot",
        ]
        for (const filter of filters) {
          const listed = handlesOf(await get(`/store/ocop/products?${filter}&limit=100`))
          const response = await search("ca phe", `&${filter}`)
          expect(response.status, filter).toBe(200)
          const expected = matches.filter((handle) => listed.includes(handle))
          expect(handlesOf(response), filter).toEqual(expected)
          expect(response.data.count, filter).toBe(expected.length)
        }
      })

      it("orders by relevance unless an order is asked for, then strictly by it", async () => {
        const relevant = handlesOf(await search("ca phe"))
        for (const order of ["price", "-price", "title", "-stars", "-certified_at"]) {
          const ordered = await search("ca phe", `&order=${order}`)
          expect(handlesOf(ordered).sort(), order).toEqual([...relevant].sort())
          const listed = handlesOf(await get(`/store/ocop/products?order=${order}&limit=100`))
          expect(handlesOf(ordered), order).toEqual(listed.filter((handle) => relevant.includes(handle)))
        }
      })

      it("pages with limit and offset, counting every match on every page", async () => {
        const all = await search("ca phe")
        const page = await get(`/store/ocop/products?q=ca%20phe&limit=3&offset=3`)
        expect(page.data).toMatchObject({ count: all.data.count, limit: 3, offset: 3 })
        expect(handlesOf(page)).toEqual(handlesOf(all).slice(3, 6))
        const beyond = await get(`/store/ocop/products?q=ca%20phe&limit=3&offset=500`)
        expect(beyond.data).toEqual({ products: [], count: all.data.count, limit: 3, offset: 500 })
      })

      it("answers each found product as exactly the card the catalogue lists, in either language", async () => {
        for (const locale of ["vi", "en"]) {
          const found = (await search("hat sao", `&locale=${locale}`)).data.products
          const listed = (await get(`/store/ocop/products?limit=100&locale=${locale}`)).data.products
          expect(found.length).toBeGreaterThan(1)
          for (const card of found) expect(card, locale).toEqual(listed.find((c: any) => c.handle === card.handle))
        }
      })

      it("answers nothing, not everything, for words no product has", async () => {
        const response = await search("xe máy điện")
        expect(response.data).toEqual({ products: [], count: 0, limit: 100, offset: 0 })
      })

      it("refuses a query longer than 200 characters with 400", async () => {
        const response = await search("cà phê ".repeat(40))
        expect(response.status).toBe(400)
        expect(response.data).toEqual({ type: "invalid_data", message: expect.stringContaining("q") })
      })
    })

    describe("the index follows the catalogue", () => {
      it("drops a product from results the moment its certificate is revoked, and from the index right after", async () => {
        const before = await search("hat sao")
        expect(handlesOf(before)).toContain("ca-phe-phin-giay-hat-sao")
        await revoke(getContainer(), catalogue.certifications["ca-phe-phin-giay-hat-sao"], "Sai nhãn")
        // Cards come from the read model, which the revocation rewrote in the same workflow.
        const after = await search("hat sao")
        expect(handlesOf(after)).not.toContain("ca-phe-phin-giay-hat-sao")
        expect(after.data.count).toBe(before.data.count - 1)
        await eventually(async () => expect(await indexed(catalogue.products["ca-phe-phin-giay-hat-sao"])).toBe(false))
      })

      it("finds a product once it is certified, by its title, its producer and its place", async () => {
        const container = getContainer()
        const [producerId] = Object.values(
          await createProducers(container, [
            {
              handle: "htx-ca-phe-krong-buk",
              name: "HTX Cà phê Pơng Drang",
              entity_type: "cooperative",
              address_as_certified: "xã Pơng Drang, huyện Krông Búk, tỉnh Đắk Lắk",
            },
          ])
        )
        const product = await createProduct(container, catalogue.storefront, {
          handle: "ca-phe-culi-pong-drang",
          title: "Cà phê Culi Pơng Drang",
          title_en: "Pơng Drang peaberry coffee",
          variants: [{ title: "Gói 250 g", sku: "CULI-250", price_vnd: 120000 }],
        })
        await attachProducer(container, product.id, producerId)
        expect(handlesOf(await search("culi"))).not.toContain("ca-phe-culi-pong-drang")
        await certify(container, product.id, { score: 75, group: "food", sub_group: "coffee_cacao", certificate_no: "OCOP-66-2026-120", issued_at: daysFrom(new Date(), -1) })

        for (const q of ["culi", "ca phe culi", "pong drang", "krong buk", "peaberry"]) {
          await eventually(async () => expect(handlesOf(await search(q)), q).toContain("ca-phe-culi-pong-drang"))
        }
      })

      it("follows a product renamed in Medusa's admin and a product given another producer", async () => {
        const container = getContainer()
        const id = catalogue.products["gao-sach-ea-le"]
        await updateProductsWorkflow(container).run({ input: { selector: { id }, update: { title: "Gạo ST25 sạch Ea Lê" } } })
        await eventually(async () => expect(handlesOf(await search("st25"))).toEqual(["gao-sach-ea-le"]))

        await attachProducer(container, id, catalogue.producers["htx-lua-gao-quang-dien"])
        await eventually(async () => {
          const cards = (await search("st25")).data.products
          expect(cards.map((card: any) => card.producer.handle)).toEqual(["htx-lua-gao-quang-dien"])
          expect(await indexed(id)).toBe(true)
        })
        const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
        await eventually(async () => {
          const { hits } = await searchModule.search({ entity: INDEX, filters: { id, producer: "htx-lua-gao-quang-dien" } })
          expect(hits.map((hit) => hit.id)).toEqual([id])
        })
      })

      it("catches up after a rebuild on what changed while it ran: rewrites the changed, removes the revoked", async () => {
        const container = getContainer()
        const searchModule = container.resolve<ISearchModuleService>(Modules.SEARCH)
        const definition = searchModule.getIndex(INDEX)
        const since = new Date()
        await revoke(container, catalogue.certifications["tra-dinh-lang-chu-yang-sin"], "Sai nhãn")
        await updateProductsWorkflow(container).run({
          input: { selector: { id: catalogue.products["gao-thom-quang-dien"] }, update: { title: "Gạo thơm ST24 Quảng Điền" } },
        })
        // The rename reaches the read model through Medusa's product.updated event.
        await eventually(async () => expect(handlesOf(await get("/store/ocop/products?q=st24"))).toEqual(["gao-thom-quang-dien"]))
        const mutations: any[] = []
        const context = { container: { query: container.resolve(ContainerRegistrationKeys.QUERY), logger: console as any }, index: definition, catchup: { since } }
        for await (const batch of definition.seed(context as any)) mutations.push(...batch)
        const upserted = mutations.filter((m) => m.action === "upsert").flatMap((m) => m.documents.map((d: any) => d.title))
        expect(upserted).toContain("Gạo thơm ST24 Quảng Điền")
        expect(upserted).toHaveLength(1)
        expect(mutations).toContainEqual({ action: "delete", filters: { id: [catalogue.products["tra-dinh-lang-chu-yang-sin"]] } })
        expect(mutations).toContainEqual({ action: "delete", filters: { expires_at: { $lte: expect.any(Date) } } })
      })

      it("rebuilds from scratch with Medusa's reindex, holding exactly the showable products", async () => {
        const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
        await searchModule.reindex({ index: INDEX })
        await waitForIndexedCount(getContainer(), INDEX, SEED_SHOWABLE_COUNT)
        for (const handle of Object.keys(SEED_HIDDEN)) expect(await indexed(catalogue.products[handle]), handle).toBe(false)
        expectSearchCase(SEARCH_TABLE[0], handlesOf(await search(SEARCH_TABLE[0].q)))
      })
    })

    describe("GET /store/ocop/search/suggest", () => {
      it("suggests products, their producers and the groups that match while the last word is still being typed", async () => {
        const response = await get("/store/ocop/search/suggest?q=mat%20o")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe("public, max-age=30, stale-while-revalidate=60")
        expect(Object.keys(response.data).sort()).toEqual(["groups", "producers", "products"])
        const { products, producers, groups } = response.data
        expect(products.length).toBeGreaterThan(0)
        expect(products.length).toBeLessThanOrEqual(6)
        expect(products.slice(0, 3).map((p: any) => p.handle)).toEqual(
          expect.arrayContaining(["mat-ong-hoa-ca-phe-ea-o", "mat-ong-hoa-ca-phe-tay-nguyen-xanh", "mat-ong-rung-cu-san"])
        )
        expect(Object.keys(products[0]).sort()).toEqual(["handle", "producer", "stars", "title"])
        expect(producers[0]).toEqual({ handle: expect.any(String), name: expect.any(String) })
        expect(groups).toContainEqual({ code: "food", count: expect.any(Number) })
        expect(products.map((p: any) => p.handle)).not.toContain("mat-ong-y-bhim")
      })

      it("answers in English with locale=en, and takes a limit", async () => {
        const { data } = await get("/store/ocop/search/suggest?q=sau%20rieng&locale=en&limit=2")
        expect(data.products).toHaveLength(2)
        for (const product of data.products) expect(product.title).toMatch(/durian/i)
      })

      it("refuses an empty text, a limit above 10 and unknown fields with 400", async () => {
        for (const queryString of ["q=", "q=%20", "q=ca&limit=11", "q=ca&limit=0", "q=ca&fields=title", ""]) {
          const response = await get(`/store/ocop/search/suggest?${queryString}`)
          expect(response.status, queryString).toBe(400)
          expect(response.data.type, queryString).toBe("invalid_data")
        }
      })
    })
  },
})

/**
 * The programme dashboard (`GET /admin/ocop/programme`, `.csv`) on the seed's Đắk Lắk catalogue: every figure
 * against a count made by hand from seed/data/products.json (written here as numbers, not computed again), today
 * with the clock set to the dataset's reference day (2026-11-24) and for a past year from the certification
 * history; and sales by channel from real checkouts.
 */
import fs from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createSalesChannelsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createProgrammeTargetsWorkflow } from "@ocop/medusa-plugin-ocop/workflows"
import { loadProgramme } from "@ocop/medusa-plugin-ocop/programme/programme"
import { loginAsAdmin, failure, type Headers } from "../fixtures/admin"
import { createSeedCatalogue, SEED_REFERENCE_DAY, type SeedCatalogue } from "../fixtures/seed-catalogue"
import { createSalesPoints, givePickupLocations, setSalesPoints } from "../fixtures/ocop"
import { shopper } from "../fixtures/checkout"

const TARGETS = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../../seed/data/programme-targets.json"), "utf8"))

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let catalogue: SeedCatalogue

    beforeAll(async () => {
      const container = getContainer()
      // Dates as the files print them: the dataset meets the clock below as on its reference day.
      catalogue = await createSeedCatalogue(container, SEED_REFERENCE_DAY)
      await createProgrammeTargetsWorkflow(container).run({ input: { targets: TARGETS } })
      admin = await loginAsAdmin(api, container)
    })

    const targetsOf = (result: any, plan: RegExp) => {
      const found = result.plans.find((p: any) => plan.test(p.plan))
      if (!found) throw new Error(`no plan ${plan} in ${result.plans.map((p: any) => p.plan).join(", ")}`)
      return Object.fromEntries(found.targets.map((t: any) => [t.metric, t]))
    }
    const counts = (rows: { key?: string; label?: string; stars?: number; count: number }[], by: "key" | "label" | "stars" = "key") =>
      Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [String(r[by]), r.count]))

    describe("today (clock at the dataset's reference day, 24 November 2026)", () => {
      it("counts the products on show by stars, group and old district as the data file does", async () => {
        const { figures } = await loadProgramme(getContainer(), { now: SEED_REFERENCE_DAY })
        // 41 on show: 46 products less three 2 ★, one expired (cà phê bột Đạt Hiếu) and one revoked (tiêu đỏ Quảng Tiến).
        expect(counts(figures.products_by_stars, "stars")).toEqual({ 3: 25, 4: 14, 5: 2 })
        expect(counts(figures.products_by_group)).toEqual({ food: 29, handicraft: 4, drinks: 3, herbal: 3, tourism: 2 })
        expect(counts(figures.products_by_district, "label")).toEqual({
          "huyện Krông Ana": 6,
          "thành phố Buôn Ma Thuột": 6,
          "huyện Cư M'gar": 5,
          "huyện Krông Năng": 4,
          "huyện Lắk": 4,
          "huyện Krông Pắc": 3,
          "huyện Cư Kuin": 2,
          "huyện Ea H'leo": 2,
          "huyện Ea Kar": 2,
          "huyện Krông Bông": 2,
          "thị xã Buôn Hồ": 2,
          "huyện Buôn Đôn": 1,
          "huyện Ea Súp": 1,
          "huyện M'Đrắk": 1,
        })
        expect(figures.products_by_district[0]).toMatchObject({ count: 6 })
      })

      it("counts certificates by the year of their decision, the revoked one left out", async () => {
        const { figures } = await loadProgramme(getContainer(), { now: SEED_REFERENCE_DAY })
        expect(figures.certified_by_year.map((y: any) => [y.year, y.total, y.by_stars[3], y.by_stars[4], y.by_stars[5]])).toEqual([
          [2022, 1, 1, 0, 0],
          [2023, 1, 1, 0, 0],
          // 1378/QĐ-UBND (14 June) and 2 decisions of December, less tiêu đỏ Quảng Tiến, revoked in March 2026.
          [2024, 15, 6, 8, 1],
          [2025, 17, 11, 5, 1],
          [2026, 8, 7, 1, 0],
        ])
        expect(figures.certified_by_year.every((y: any) => y.renewal === 0 && y.new === y.total)).toBe(true)
      })

      it("counts producers by kind, economic organisations with a product on show, candidates for five stars and sales points", async () => {
        const { figures } = await loadProgramme(getContainer(), { now: SEED_REFERENCE_DAY })
        expect(counts(figures.producers_by_kind)).toEqual({ cooperative: 14, enterprise: 8, household: 4, cooperative_group: 2 })
        expect(counts(figures.organisations_with_certified_product)).toEqual({ enterprise: 8, cooperative: 14 })
        // The one 4 ★ product scoring 85 or more: Dliê Ya's macadamia (86).
        expect(figures.five_star_candidates.map((c: any) => [c.handle, c.score])).toEqual([["mac-ca-say-nut-dlie-ya", 86]])
        expect(counts(figures.sales_points_by_type)).toEqual({ kiosk_cluster: 2, market_kiosk: 16, wholesale_kiosk_cluster: 4 })
        // No fair in this dataset: nobody took part yet, and no product was shown to count agreements over.
        expect(figures.fairs).toMatchObject({ producers_at_fairs: 0, producers_in_programme: 28, producers_share: 0, promoted: 0, agreement_share: null })
      })

      it("puts each plan's targets beside the actuals: the 2018–2020 plan met only in sales points, phase 2 short of new products", async () => {
        const result = await loadProgramme(getContainer(), { now: SEED_REFERENCE_DAY })
        expect(result.plans.map((p: any) => p.period)).toEqual(["2018–2020", "2021", "2021–2025"])
        const first = targetsOf(result, /2018–2020/)
        expect(first.products_5_star_national).toMatchObject({ actual: 0, status: "not_met", met: false, gap: 1 })
        expect(first.products_3_4_star_provincial).toMatchObject({ actual: 0, status: "not_met", gap: 10 })
        expect(first.economic_organisations).toMatchObject({ actual: 0, status: "not_met", gap: 20 })
        for (const metric of ["sales_points_kiosk_cluster", "sales_points_market_kiosk", "sales_points_wholesale_kiosk_cluster", "sales_points"]) {
          expect(first[metric]).toMatchObject({ status: "met", met: true, gap: 0, historical: false })
        }
        expect([first.sales_points_kiosk_cluster.actual, first.sales_points_market_kiosk.actual, first.sales_points.actual]).toEqual([2, 16, 22])

        const plan76 = targetsOf(result, /76\/KH-UBND/)
        expect(plan76.products_3_star_provincial).toMatchObject({ actual: 0, status: "not_met", gap: 23 })
        expect(plan76.products_4_star_provincial).toMatchObject({ actual: 0, status: "not_met", gap: 2 })
        expect(plan76.economic_organisations).toMatchObject({ actual: 0, status: "not_met", gap: 15 })
        expect(plan76.producers_in_trade_promotion_percent).toMatchObject({ actual: null, status: "no_data", met: null })
        expect(plan76.promoted_products_with_contracts_percent).toMatchObject({ actual: null, status: "no_data" })

        const phase2 = targetsOf(result, /2021–2025/)
        // First certified in 2021–2025 and not revoked by its end: 1 (2022) + 1 (2023) + 16 (2024) + 17 (2025).
        expect(phase2.new_products).toMatchObject({ actual: 35, status: "not_met", gap: 22 })
        // Enterprises and cooperatives first evaluated by the end of 2025: 8 + 13 (Ea Tiêu's first decision is 2024;
        // Cư San's honey and the cooperatives of 2026 came later).
        expect(phase2.new_economic_organisations).toMatchObject({ actual: 21, status: "not_met", gap: 9 })
        expect(phase2.phase_1_products_maintained).toMatchObject({ actual: 0, status: "not_met" })
        expect(phase2.value_chains).toMatchObject({ actual: null, status: "no_data" })
      })
    })

    describe("a past year, read from the certification history", () => {
      it("answers 2025 as the register stood on 31 December 2025: the macadamia of June 2026 not yet, the revoked pepper still valid", async () => {
        const { data } = await api.get("/admin/ocop/programme?year=2025", admin)
        expect(data.year).toBe(2025)
        expect(data.as_of).toBe("2025-12-31T16:59:59.999Z")
        expect(counts(data.figures.products_by_stars, "stars")).toEqual({ 3: 18, 4: 14, 5: 2 })
        expect(counts(data.figures.products_by_group)).toEqual({ food: 25, handicraft: 3, drinks: 2, herbal: 2, tourism: 2 })
        expect(counts(data.figures.producers_by_kind)).toEqual({ cooperative: 13, enterprise: 8, cooperative_group: 2, household: 1 })
        expect(counts(data.figures.organisations_with_certified_product)).toEqual({ enterprise: 8, cooperative: 13 })
        expect(data.figures.certified_by_year.map((y: any) => [y.year, y.total])).toEqual([[2022, 1], [2023, 1], [2024, 16], [2025, 17]])
        expect(data.figures.five_star_candidates.map((c: any) => c.handle)).toEqual(["mac-ca-say-nut-dlie-ya"])
        const phase2 = targetsOf(data, /2021–2025/)
        expect(phase2.new_products).toMatchObject({ actual: 35, status: "not_met" })
        expect(data.years[data.years.length - 1]).toBe(2018)
      })

      it("answers 2022 with the one certificate then standing, and 2021 with none", async () => {
        const { data: y2022 } = await api.get("/admin/ocop/programme?year=2022", admin)
        expect(counts(y2022.figures.products_by_stars, "stars")).toEqual({ 3: 1 })
        expect(counts(y2022.figures.products_by_district, "label")).toEqual({ "thị xã Buôn Hồ": 1 })
        const phase2 = targetsOf(y2022, /2021–2025/)
        expect(phase2.new_products).toMatchObject({ actual: 1, status: "in_progress", gap: 56 })

        const { data: y2021 } = await api.get("/admin/ocop/programme?year=2021", admin)
        expect(counts(y2021.figures.products_by_stars, "stars")).toEqual({})
        expect(targetsOf(y2021, /76\/KH-UBND/).products_3_star_provincial).toMatchObject({ actual: 0, status: "not_met", gap: 23 })
      })

      it.each(["year=2017", "year=abc", "year=2025.5", "year=9999", "month=1"])("refuses %s with 400", async (search) => {
        const response = await failure(api.get(`/admin/ocop/programme?${search}`, admin))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      })

      it("answers 401 without an admin login", async () => {
        expect((await failure(api.get("/admin/ocop/programme"))).status).toBe(401)
        expect((await failure(api.get("/admin/ocop/programme.csv"))).status).toBe(401)
      })
    })

    describe("the same figures as CSV", () => {
      it("writes one line per target and per figure, UTF-8 with a byte-order mark", async () => {
        // As bytes: axios would take the byte-order mark off a text answer.
        const response = await api.get("/admin/ocop/programme.csv?year=2025", { ...admin, responseType: "arraybuffer" })
        expect(response.headers["content-type"]).toMatch(/^text\/csv/)
        const text = Buffer.from(response.data).toString("utf8")
        expect(text.startsWith("\uFEFFmuc,nhom,chi_tieu,gia_tri,muc_tieu,trang_thai,ghi_chu")).toBe(true)
        expect(text).toContain("Sản phẩm theo hạng sao,,3 sao,18,,,")
        expect(text).toContain("Sản phẩm theo hạng sao,,4 sao,14,,,")
        expect(text).toMatch(/Mục tiêu,Kế hoạch 76\/KH-UBND \(2021\),Hoàn thiện, nâng cấp|Mục tiêu,Kế hoạch 76\/KH-UBND \(2021\),"Hoàn thiện, nâng cấp/)
        expect(text).toContain("Hội chợ,,Chủ thể tham gia hội chợ (%),0,,,0/24")
      })
    })

    describe("sales by channel and month", () => {
      it("counts a home delivery as online, a pickup at a kiosk as pickup, at a fair booth as fair, and a kiosk channel's sale as kiosk", async () => {
        const container = getContainer()
        const { storefront } = catalogue
        const coffee = catalogue.data.find((p) => p.handle === "ca-phe-rang-xay-cong-bang-ea-kiet")!
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({ entity: "product", fields: ["id", "variants.id", "variants.sku"], filters: { handle: coffee.handle } })
        // The 250 g pack (95 000 ₫) by its SKU: the query returns the variants in no fixed order.
        const variantId = (products[0] as any).variants.find((v: { sku: string }) => v.sku === "CP-EAKIET-RX-250").id as string
        const productId = (products[0] as any).id as string

        const { data: kiosks } = await query.graph({ entity: "sales_point", fields: ["id"], filters: { handle: "ki-ot-ocop-cho-buon-ma-thuot" } })
        const booth = await createSalesPoints(container, [{ handle: "hoi-cho-ocop-2026-gian-12", name: "Hội chợ OCOP 2026, gian 12", type: "fair_booth" }])
        await givePickupLocations(container, storefront, { "ki-ot-ocop-cho-buon-ma-thuot": (kiosks[0] as any).id, ...booth })
        await setSalesPoints(container, productId, [(kiosks[0] as any).id, booth["hoi-cho-ocop-2026-gian-12"]!])

        const buyer = shopper(api, storefront)
        const home = await buyer.ready([{ variant_id: variantId, quantity: 1 }])
        expect((await buyer.complete(home)).data.type).toBe("order")
        const pickupOptions = async (cartId: string) => ((await buyer.check(cartId)).data.pickup_points ?? []) as { shipping_option_id: string; sales_point: { handle: string } }[]
        for (const point of ["ki-ot-ocop-cho-buon-ma-thuot", "hoi-cho-ocop-2026-gian-12"]) {
          const cartId = await buyer.cart([{ variant_id: variantId, quantity: 2 }])
          await buyer.contact(cartId)
          await buyer.address(cartId)
          const option = (await pickupOptions(cartId)).find((p) => p.sales_point.handle === point)!
          expect((await buyer.ship(cartId, option.shipping_option_id)).status).toBe(200)
          await buyer.pay(cartId)
          expect((await buyer.complete(cartId)).data.type).toBe("order")
        }
        const { result: channels } = await createSalesChannelsWorkflow(container).run({
          input: { salesChannelsData: [{ name: "Ki ốt OCOP Buôn Ma Thuột (quầy)", metadata: { ocop_channel: "kiosk" } }] },
        })
        await createOrderWorkflow(container).run({
          input: {
            region_id: storefront.regionId,
            sales_channel_id: channels[0]!.id,
            email: "khach.quay@example.vn",
            currency_code: "vnd",
            items: [{ title: "Cà phê bán tại quầy", quantity: 3, unit_price: 95000 }],
          } as any,
        })

        const { figures } = await loadProgramme(container, { now: new Date() })
        const byChannel = Object.fromEntries(figures.sales.by_channel.map((c: any) => [c.channel, [c.orders, c.total]]))
        // 95 000 ₫ a 250 g bag; home delivery in Đắk Lắk 20 000 ₫, pickup free.
        expect(byChannel).toEqual({ online: [1, 115000], pickup: [1, 190000], fair: [1, 190000], kiosk: [1, 285000] })
        const month = figures.sales.by_month[figures.sales.by_month.length - 1]
        expect(month).toMatchObject({ orders: 4, total: 780000, online: 115000, pickup: 190000, fair: 190000, kiosk: 285000 })
        expect(figures.sales.by_month).toHaveLength(12)
        expect(await container.resolve(Modules.ORDER).listOrders({}, { take: null })).toHaveLength(4)
      })
    })
  },
})

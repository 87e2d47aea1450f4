import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OCOP_MODULE } from "../index"
import type OcopModuleService from "../service"
import type { CatalogueEntryInput } from "../service"
import { isShowable } from "../rules"
import { foldVietnamese } from "../utils/fold"

const NOW = new Date("2026-11-24T05:00:00.000Z")
const DAY_MS = 24 * 60 * 60 * 1000
const day = (n: number) => new Date(NOW.getTime() + n * DAY_MS)

let sequence = 0

/** A catalogue row as projectProduct writes it; what a test does not say is a plain valid 3-star card. */
function entry(overrides: Partial<CatalogueEntryInput> & { handle: string; title: string }): CatalogueEntryInput {
  sequence += 1
  const row: CatalogueEntryInput = {
    product_id: `prod_${overrides.handle}`,
    title_en: null,
    subtitle: null,
    subtitle_en: null,
    thumbnail: null,
    price_amount: 100000,
    currency_code: "vnd",
    certification_id: `ocert_${overrides.handle}`,
    stars: 3,
    score: 60,
    group_code: "food",
    sub_group_code: "processed",
    criteria_version: "148/2023",
    level: "province",
    certificate_no: `OCOP-66-2025-${String(sequence).padStart(3, "0")}`,
    decision_no: "1378/QĐ-UBND",
    issued_at: day(-100),
    expires_at: day(900),
    producer_id: null,
    producer_handle: null,
    producer_name: null,
    producer_entity_type: null,
    province_code: "66",
    address_as_certified: "tỉnh Đắk Lắk",
    sales_point_handles: [],
    search_text: "",
    ...overrides,
  }
  row.search_text ||= foldVietnamese([row.title, row.title_en, row.producer_name, row.address_as_certified].filter(Boolean).join(" "))
  return row
}

const ROWS: CatalogueEntryInput[] = [
  entry({
    handle: "ca-phe-buon-ma-thuot", title: "Cà phê Buôn Ma Thuột", stars: 4, score: 78, price_amount: 95000,
    sub_group_code: "coffee_cacao", issued_at: day(-200), producer_handle: "htx-ea-kiet", producer_name: "HTX Ea Kiết",
    producer_entity_type: "cooperative", address_as_certified: "xã Ea Kiết, huyện Cư M'gar, tỉnh Đắk Lắk",
    sales_point_handles: ["ki-ot-bmt", "cho-cu-mgar"],
  }),
  entry({
    handle: "mat-ong-hoa-ca-phe", title: "Mật ong hoa cà phê", stars: 3, score: 65, price_amount: 150000,
    sub_group_code: "raw_preprocessed", issued_at: day(-50), producer_handle: "ho-krong-bong", producer_name: "Hộ Krông Bông",
    producer_entity_type: "household", address_as_certified: "huyện Krông Bông, tỉnh Đắk Lắk", sales_point_handles: ["ki-ot-bmt"],
  }),
  entry({
    handle: "ruou-can-buon-don", title: "Rượu cần Buôn Đôn", stars: 5, score: 91, level: "national", price_amount: 250000,
    group_code: "drinks", sub_group_code: "alcoholic", issued_at: day(-300), producer_handle: "cty-buon-don",
    producer_name: "Công ty Buôn Đôn", producer_entity_type: "enterprise", address_as_certified: "huyện Buôn Đôn, tỉnh Đắk Lắk",
  }),
  entry({
    handle: "tho-cam-lac-duong", title: "Thổ cẩm Lạc Dương", stars: 3, score: 55, price_amount: 500000,
    group_code: "handicraft", sub_group_code: "textiles", issued_at: day(-10), producer_handle: "tht-lac-duong",
    producer_name: "Tổ hợp tác Lạc Dương", producer_entity_type: "cooperative_group", province_code: "68",
    address_as_certified: "huyện Lạc Dương, tỉnh Lâm Đồng", sales_point_handles: ["ki-ot-bmt"],
  }),
  // Rows the sweep has not reached yet: the query itself must hide them.
  entry({ handle: "ca-phe-het-han", title: "Cà phê hết hạn", issued_at: day(-1200), expires_at: day(-1), producer_handle: "htx-ea-kiet", sales_point_handles: ["ki-ot-bmt"] }),
  entry({ handle: "bo-chua-cap", title: "Bơ chưa đến ngày cấp", issued_at: day(3), expires_at: day(1100), sales_point_handles: ["ki-ot-bmt"] }),
  // Never written by projectProduct; the query refuses it anyway.
  entry({ handle: "mat-ong-hai-sao", title: "Mật ong hai sao", stars: 2, score: 40, producer_handle: "ho-krong-bong" }),
]

const handles = (rows: { handle: string }[]) => rows.map((row) => row.handle)

moduleIntegrationTestRunner<OcopModuleService>({
  moduleName: OCOP_MODULE,
  // The schema comes from the models (the runner's default); the migration's extra indexes change speed, not answers.
  resolve: path.resolve(__dirname, ".."),
  testSuite: ({ service }) => {
    beforeEach(async () => {
      await service.replaceCatalogueEntries(ROWS.map((row) => row.product_id), ROWS)
    })

    describe("listCatalogue", () => {
      it("lists only rows whose certificate is valid at the given instant and rated 3 stars or more, best first", async () => {
        const { rows, count } = await service.listCatalogue({ now: NOW }, { limit: 24, offset: 0 })
        expect(handles(rows)).toEqual(["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "tho-cam-lac-duong"])
        expect(count).toBe(4)
      })

      it("judges validity against the clock it is given: a row appears on its issue day and leaves at its expiry", async () => {
        expect(handles((await service.listCatalogue({ now: day(3) }, { limit: 24, offset: 0 })).rows)).toContain("bo-chua-cap")
        expect(handles((await service.listCatalogue({ now: day(-2) }, { limit: 24, offset: 0 })).rows)).toContain("ca-phe-het-han")
        expect(handles((await service.listCatalogue({ now: day(-1) }, { limit: 24, offset: 0 })).rows)).not.toContain("ca-phe-het-han")
      })

      it.each([
        [{ stars: [3] }, ["mat-ong-hoa-ca-phe", "tho-cam-lac-duong"]],
        [{ stars: [4, 5] }, ["ruou-can-buon-don", "ca-phe-buon-ma-thuot"]],
        [{ stars: [2] }, []],
        [{ min_stars: 4 }, ["ruou-can-buon-don", "ca-phe-buon-ma-thuot"]],
        [{ min_stars: 1 }, ["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "tho-cam-lac-duong"]],
        [{ group: "food" }, ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"]],
        [{ producer_type: "household" }, ["mat-ong-hoa-ca-phe"]],
        [{ province_code: "68" }, ["tho-cam-lac-duong"]],
        [{ producer: "htx-ea-kiet" }, ["ca-phe-buon-ma-thuot"]],
        [{ sales_point: "ki-ot-bmt" }, ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "tho-cam-lac-duong"]],
        [{ sales_point: "cho-cu-mgar" }, ["ca-phe-buon-ma-thuot"]],
        [{ product_handles: ["mat-ong-hoa-ca-phe", "bo-chua-cap"] }, ["mat-ong-hoa-ca-phe"]],
        [{ min_stars: 4, group: "food", sales_point: "ki-ot-bmt" }, ["ca-phe-buon-ma-thuot"]],
      ])("filters by %j", async (filters, expected) => {
        const { rows, count } = await service.listCatalogue({ now: NOW, ...filters }, { limit: 24, offset: 0 })
        expect(handles(rows)).toEqual(expected)
        expect(count).toBe(expected.length)
      })

      it.each([
        ["ca phe", ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"]],
        ["Cà Phê", ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"]],
        ["dak lak", ["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"]],
        ["ĐẮK LẮK", ["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"]],
        ["buon ma thuot", ["ca-phe-buon-ma-thuot"]],
        ["ca phe   krong bong", ["mat-ong-hoa-ca-phe"]],
        ["lam dong", ["tho-cam-lac-duong"]],
        ["100%", []],
        ["_", []],
        ["", ["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "tho-cam-lac-duong"]],
      ])("searches %j without accents, every word, in title, producer and place", async (q, expected) => {
        const { rows } = await service.listCatalogue({ now: NOW, q }, { limit: 24, offset: 0 })
        expect(handles(rows)).toEqual(expected)
      })

      it.each([
        ["-stars", ["ruou-can-buon-don", "ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "tho-cam-lac-duong"]],
        ["title", ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "ruou-can-buon-don", "tho-cam-lac-duong"]],
        ["price", ["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe", "ruou-can-buon-don", "tho-cam-lac-duong"]],
        ["-price", ["tho-cam-lac-duong", "ruou-can-buon-don", "mat-ong-hoa-ca-phe", "ca-phe-buon-ma-thuot"]],
        ["-certified_at", ["tho-cam-lac-duong", "mat-ong-hoa-ca-phe", "ca-phe-buon-ma-thuot", "ruou-can-buon-don"]],
      ] as const)("orders by %s", async (order, expected) => {
        const { rows } = await service.listCatalogue({ now: NOW }, { limit: 24, offset: 0, order })
        expect(handles(rows)).toEqual(expected)
      })

      it("pages through the catalogue and counts every match on every page", async () => {
        const first = await service.listCatalogue({ now: NOW }, { limit: 3, offset: 0 })
        const second = await service.listCatalogue({ now: NOW }, { limit: 3, offset: 3 })
        expect([first.rows.length, first.count, second.rows.length, second.count]).toEqual([3, 4, 1, 4])
        expect(handles([...first.rows, ...second.rows])).toEqual(handles((await service.listCatalogue({ now: NOW }, { limit: 24, offset: 0 })).rows))
      })

      it("still counts the matches when asked for a page past the last one", async () => {
        const { rows, count } = await service.listCatalogue({ now: NOW, group: "food" }, { limit: 10, offset: 50 })
        expect(rows).toEqual([])
        expect(count).toBe(2)
      })

      it("answers with the card columns only, not the search text", async () => {
        const { rows } = await service.listCatalogue({ now: NOW, product_handles: ["ca-phe-buon-ma-thuot"] }, { limit: 1, offset: 0 })
        expect(rows[0]).not.toHaveProperty("search_text")
        expect(rows[0]).not.toHaveProperty("total_count")
        expect(rows[0]).toMatchObject({ product_id: "prod_ca-phe-buon-ma-thuot", stars: 4, price_amount: 95000, sales_point_handles: ["ki-ot-bmt", "cho-cu-mgar"] })
      })
    })

    describe("counts", () => {
      it("counts showable products per group and sub-group", async () => {
        const counts = await service.countCatalogueByGroup(NOW)
        expect(counts).toEqual(
          expect.arrayContaining([
            { group_code: "food", sub_group_code: "coffee_cacao", count: 1 },
            { group_code: "food", sub_group_code: "raw_preprocessed", count: 1 },
            { group_code: "drinks", sub_group_code: "alcoholic", count: 1 },
            { group_code: "handicraft", sub_group_code: "textiles", count: 1 },
          ])
        )
        expect(counts.reduce((sum, row) => sum + row.count, 0)).toBe(4) // the 2-star row is not counted either
      })

      it("counts showable products per producer", async () => {
        const counts = await service.countCatalogueBy("producer", NOW)
        expect(Object.fromEntries(counts)).toEqual({ "htx-ea-kiet": 1, "ho-krong-bong": 1, "cty-buon-don": 1, "tht-lac-duong": 1 })
      })

      it("counts showable products per sales point, each product once per point it is sold at", async () => {
        const counts = await service.countCatalogueBy("sales_point", NOW)
        expect(Object.fromEntries(counts)).toEqual({ "ki-ot-bmt": 3, "cho-cu-mgar": 1 })
      })

      it("counts only the handles it is asked about, and nothing for none", async () => {
        expect(Object.fromEntries(await service.countCatalogueBy("sales_point", NOW, ["cho-cu-mgar", "no-such-point"]))).toEqual({ "cho-cu-mgar": 1 })
        // Its 2-star honey is not showable, so it is not counted.
        expect(Object.fromEntries(await service.countCatalogueBy("producer", NOW, ["ho-krong-bong"]))).toEqual({ "ho-krong-bong": 1 })
        expect((await service.countCatalogueBy("sales_point", NOW, [])).size).toBe(0)
      })
    })

    describe("agrees with rules.ts' isShowable on every clock", () => {
      // Before, on and after every row's issue day and expiry, and the days between.
      const clocks = [...new Set(ROWS.flatMap((row) => [row.issued_at, row.expires_at]).flatMap((d) => [-1, 0, 1].map((ms) => new Date(d.getTime() + ms))))]
        .concat([NOW, day(400)])
        .sort((a, b) => a.getTime() - b.getTime())

      it.each(clocks.map((now) => [now.toISOString(), now]))("at %s the list, the counts by group, producer and point show the same rows", async (_, now) => {
        const showable = ROWS.filter((row) => isShowable(row, now))
        const { rows, count } = await service.listCatalogue({ now }, { limit: 100, offset: 0 })
        expect(handles(rows).sort()).toEqual(handles(showable).sort())
        expect(count).toBe(showable.length)
        const byGroup = await service.countCatalogueByGroup(now)
        expect(byGroup.reduce((sum, row) => sum + row.count, 0)).toBe(showable.length)
        const tally = (keys: (string | null)[]) => keys.filter(Boolean).reduce<Record<string, number>>((acc, k) => ((acc[k!] = (acc[k!] ?? 0) + 1), acc), {})
        expect(Object.fromEntries(await service.countCatalogueBy("producer", now))).toEqual(tally(showable.map((row) => row.producer_handle)))
        expect(Object.fromEntries(await service.countCatalogueBy("sales_point", now))).toEqual(tally(showable.flatMap((row) => row.sales_point_handles)))
      })
    })

    describe("replaceCatalogueEntries", () => {
      it("rewrites the rows of the products it is given, removes those without an entry, and returns what it replaced", async () => {
        const coffee = ROWS[0]
        const { previous } = await service.replaceCatalogueEntries(
          [coffee.product_id, ROWS[1].product_id],
          [{ ...coffee, title: "Cà phê rang xay Buôn Ma Thuột", price_amount: 99000 }]
        )
        expect(previous.map((row) => row.handle).sort()).toEqual(["ca-phe-buon-ma-thuot", "mat-ong-hoa-ca-phe"])
        const { rows } = await service.listCatalogue({ now: NOW, group: "food" }, { limit: 24, offset: 0 })
        expect(rows.map((row) => [row.handle, row.title, row.price_amount])).toEqual([
          ["ca-phe-buon-ma-thuot", "Cà phê rang xay Buôn Ma Thuột", 99000],
        ])
      })
    })
  },
})

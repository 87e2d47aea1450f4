/**
 * "Showable" has one definition, rules.ts' `isShowable`; three places act on it. The read model keeps a row
 * only for a product `projectProduct` lets in, the catalogue's SQL (`listCatalogue`) filters rows by the
 * clock it is given, and the search documents are the rows `loadShowableRows` reads through `showableFilter`.
 * For a certificate in every state, on every clock from the moment the read model was written until its next
 * rewrite, all three show exactly what `isShowable` says.
 */
import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import { isShowable } from "../../../modules/ocop/rules"
import type OcopModuleService from "../../../modules/ocop/service"
import { projectProduct, type CertificationGraph, type ProductGraph } from "../../../workflows/utils/project-product"
import { loadShowableRows, toSearchDocument } from "../documents"

const WRITTEN = new Date("2026-11-24T05:00:00.000Z")
const DAY_MS = 24 * 60 * 60 * 1000
const day = (n: number) => new Date(WRITTEN.getTime() + n * DAY_MS)

function certification(overrides: Partial<CertificationGraph>): CertificationGraph {
  return {
    id: `ocert_${overrides.certificate_no ?? "x"}`,
    stars: 4,
    score: 78,
    criteria_version: "148/2023",
    group_code: "food",
    sub_group_code: "coffee_cacao",
    level: "province",
    certificate_no: "OCOP-66-2025-001",
    decision_no: "1378/QĐ-UBND",
    issued_at: day(-200),
    expires_at: day(900),
    revoked_at: null,
    ...overrides,
  }
}

/** One product per state a certificate can be in when the read model is written, and what comes after. */
const CASES: [string, CertificationGraph][] = [
  ["valid, 4 stars", certification({ certificate_no: "A" })],
  ["valid, 3 stars", certification({ certificate_no: "B", stars: 3, score: 55 })],
  ["valid, expiring in 2 days", certification({ certificate_no: "C", issued_at: day(-1093), expires_at: day(2) })],
  ["issued in 3 days (not yet valid)", certification({ certificate_no: "D", issued_at: day(3), expires_at: day(1100) })],
  ["expired yesterday", certification({ certificate_no: "E", issued_at: day(-1097), expires_at: day(-1) })],
  ["revoked", certification({ certificate_no: "F", revoked_at: day(-5) })],
  ["rated 2 stars (no certificate)", certification({ certificate_no: null, stars: 2, score: 40, level: null })],
]

const products: ProductGraph[] = CASES.map(([name, cert], i) => ({
  id: `prod_${i}`,
  handle: `san-pham-${i}`,
  title: name,
  status: "published",
  variants: [{ prices: [{ amount: 100000, currency_code: "vnd" }] }],
  certifications: [cert],
}))

/** The written moment, then on, just before and just after every date a certificate has, until the last one. */
const clocks = [
  ...new Set(
    [WRITTEN, day(400)]
      .concat(CASES.flatMap(([, cert]) => [cert.issued_at, cert.expires_at]).flatMap((d) => [-1, 0, 1].map((ms) => new Date(new Date(d).getTime() + ms))))
      .filter((clock) => clock >= WRITTEN)
      .map((clock) => clock.getTime())
  ),
]
  .sort((a, b) => a - b)
  .map((ms) => new Date(ms))

moduleIntegrationTestRunner<OcopModuleService>({
  moduleName: OCOP_MODULE,
  resolve: path.resolve(__dirname, "../../../modules/ocop"),
  testSuite: ({ service }) => {
    /**
     * `query.graph` over the read model, as the Search Module's seed reads it: one entity of this module, so Query
     * hands the filters to the module's generated list method, which is what this does.
     */
    const query: Parameters<typeof loadShowableRows>[0] = {
      graph: async ({ filters, fields, pagination }: any) => ({
        data: await service.listCatalogueEntries(filters, { select: fields, order: pagination?.order, take: pagination?.take ?? undefined }),
      }),
    }

    beforeEach(async () => {
      const rows = products.map((product) => projectProduct(product, WRITTEN)).filter((row) => row !== null)
      await service.replaceCatalogueEntries(products.map((product) => product.id), rows)
    })

    it.each(clocks.map((now) => [now.toISOString(), now]))("at %s the list, its count and the search documents show what isShowable shows", async (_, now) => {
      const expected = products.filter((product) => isShowable(product.certifications![0]!, now)).map((product) => product.handle).sort()

      const { rows, count } = await service.listCatalogue({ now }, { limit: 100, offset: 0 })
      expect(rows.map((row) => row.handle).sort()).toEqual(expected)
      expect(count).toBe(expected.length)

      const documents = (await loadShowableRows(query, { now })).map(toSearchDocument)
      expect(documents.map((document) => document.handle).sort()).toEqual(expected)
      // What the search engines filter on between two rewrites (lib/catalogue-search/search.ts): still in the window.
      for (const document of documents) expect(Date.parse(document.expires_at as string)).toBeGreaterThan(now.getTime())
    })

    it("keeps a row for a certificate valid or issued later, none for a revoked, an expired or a 2-star one", async () => {
      const rows = await service.listCatalogueEntries({}, { select: ["title"] })
      expect(rows.map((row) => row.title).sort()).toEqual([
        "issued in 3 days (not yet valid)",
        "valid, 3 stars",
        "valid, 4 stars",
        "valid, expiring in 2 days",
      ])
    })
  },
})

/**
 * GET /store/ocop/rules, as docs/store-api.md specifies it: the programme's rules that the storefront puts into
 * words (star bands, who certifies, the fewest stars shown, how long a certificate lives), read from the
 * plugin's rules.ts. The expected values are the tables of ocop-domain.md.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createStorefront, type Storefront } from "../fixtures/ocop"

const CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"
const BANDS_0_100 = [
  { stars: 5, min: 90, max: 100, certifying_level: "national" },
  { stars: 4, min: 70, max: 89, certifying_level: "province" },
  { stars: 3, min: 50, max: 69, certifying_level: "province" },
  { stars: 2, min: 30, max: 49, certifying_level: null },
  { stars: 1, min: 0, max: 29, certifying_level: null },
]

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let storefront: Storefront

    beforeAll(async () => {
      storefront = await createStorefront(getContainer())
    })

    const get = (url: string, headers: Record<string, string> = storefront.headers.headers) =>
      api.get(url, { headers }).catch((error: any) => error.response)

    describe("GET /store/ocop/rules", () => {
      it("answers every criteria version's star bands, the fewest stars shown and a certificate's months, cacheable for 30 s", async () => {
        const response = await get("/store/ocop/rules")
        expect(response.status).toBe(200)
        expect(response.headers["cache-control"]).toBe(CACHE_CONTROL)
        const { rules } = response.data
        expect(Object.keys(rules).sort()).toEqual(["criteria_versions", "current_criteria_version", "min_stars", "validity_months"])
        expect(rules).toMatchObject({ min_stars: 3, validity_months: 36, current_criteria_version: "1489/2025" })
        expect(rules.criteria_versions.map((version: any) => version.code)).toEqual(["1048/2019", "148/2023", "1489/2025"])
        for (const version of rules.criteria_versions) {
          expect(Object.keys(version).sort()).toEqual(["bands", "code", "decision", "in_force_from", "title"])
          expect(version.bands).toEqual(BANDS_0_100)
        }
        expect(rules.criteria_versions[0]).toMatchObject({ decision: "1048/QĐ-TTg", in_force_from: "2019-08-21" })
      })

      it("names the criteria versions in the language asked for, Vietnamese unless English is asked", async () => {
        const vi = await get("/store/ocop/rules")
        const en = await get("/store/ocop/rules?locale=en")
        expect(vi.data.rules.criteria_versions[1].title).toBe(
          "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg, 2023)"
        )
        expect(en.data.rules.criteria_versions[1].title).toBe("OCOP rating criteria and procedure (Decision 148/QĐ-TTg, 2023)")
        expect(en.data.rules.criteria_versions[1].bands).toEqual(vi.data.rules.criteria_versions[1].bands)
      })

      it("refuses a language it does not speak or a field it does not take with a 400, and a caller without the publishable key", async () => {
        expect((await get("/store/ocop/rules?locale=fr")).status).toBe(400)
        expect((await get("/store/ocop/rules?stars=3")).status).toBe(400)
        const keyless = await get("/store/ocop/rules", {})
        expect(keyless.status).toBe(400)
        expect(keyless.data.message).toMatch(/publishable api key required/i)
      })
    })
  },
})

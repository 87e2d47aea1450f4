/**
 * Search over the certified catalogue (GET /store/ocop/products?q=, GET /store/ocop/search/suggest) on the seed's
 * Đắk Lắk catalogue, through Medusa's Search Module and its PostgreSQL provider, nothing mocked.
 */
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createSeedCatalogue, type SeedCatalogue } from "../fixtures/seed-catalogue"
import { SEARCH_TABLE, waitForIndexedCount } from "../fixtures/search"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api, getContainer }) => {
    let catalogue: SeedCatalogue

    beforeAll(async () => {
      catalogue = await createSeedCatalogue(getContainer())
      await waitForIndexedCount(getContainer(), "ocop_products", 41)
    })

    const get = (url: string) => api.get(url, catalogue.storefront.headers).catch((error: any) => error.response)
    const handlesOf = (response: any) => response.data.products.map((product: any) => product.handle)

    it("prints", async () => {
      for (const row of SEARCH_TABLE) {
        const response = await get(`/store/ocop/products?q=${encodeURIComponent(row.q)}&limit=5`)
        console.log(row.q, response.status, response.data.count, handlesOf(response))
      }
    })
  },
})

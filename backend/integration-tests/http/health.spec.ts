import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

medusaIntegrationTestRunner({
  cwd: path.resolve(__dirname, "../.."),
  testSuite: ({ api }) => {
    describe("a started Medusa backend", () => {
      it("answers its health check", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
      })

      it("serves the OCOP plugin's routes, behind the publishable key like every store route", async () => {
        const refused = await api.get("/store/ocop/health").catch((error: any) => error.response)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/publishable api key required/i)
      })
    })
  },
})

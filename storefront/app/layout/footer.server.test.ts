import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { loadStarFacts } from "./footer.server"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const band = (stars: number, min: number, max: number, certifying_level: string | null) => ({ stars, min, max, certifying_level })
const rules = {
  min_stars: 3,
  validity_months: 36,
  current_criteria_version: "new",
  criteria_versions: [
    { code: "old", decision: "1/QĐ", title: "Old", in_force_from: "2019-01-01", bands: [band(5, 80, 100, "national"), band(4, 60, 79, "province"), band(3, 40, 59, "province"), band(1, 0, 39, null)] },
    { code: "new", decision: "2/QĐ", title: "New", in_force_from: "2025-01-01", bands: [band(5, 90, 100, "national"), band(4, 70, 89, "province"), band(3, 50, 69, "province"), band(2, 30, 49, null), band(1, 0, 29, null)] },
  ],
}

describe("the footer's star facts", () => {
  it("are the current criteria's bands from the fewest stars shown up, lowest first, with a certificate's months", async () => {
    api = await startFakeStoreApi((url) => (url.pathname === "/store/ocop/rules" ? { body: { rules } } : undefined))
    expect(await loadStarFacts("vi")).toEqual({
      minStars: 3,
      validityMonths: 36,
      bands: [band(3, 50, 69, "province"), band(4, 70, 89, "province"), band(5, 90, 100, "national")],
    })
    expect(api.requests[0]!.searchParams.get("locale")).toBe("vi")
  })

  it("are none when the backend cannot be asked, so that no page fails for its footer", async () => {
    api = await startFakeStoreApi(() => ({ status: 500, body: { message: "down" } }))
    expect(await loadStarFacts("en")).toBeNull()
  })
})

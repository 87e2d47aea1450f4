import { FetchError } from "@medusajs/js-sdk"
import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { storeGet, withQuery } from "./medusa.server"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

describe("storeGet", () => {
  it("asks the backend once for concurrent and repeated reads of the same URL", async () => {
    api = await startFakeStoreApi(() => ({ body: { groups: [] } }))
    await Promise.all([
      storeGet("/store/ocop/groups", { locale: "vi" }),
      storeGet("/store/ocop/groups", { locale: "vi" }),
    ])
    await storeGet("/store/ocop/groups", { locale: "vi" })
    expect(api.requests).toHaveLength(1)
    await storeGet("/store/ocop/groups", { locale: "en" })
    expect(api.requests).toHaveLength(2)
  })

  it("passes a 404 on as the SDK's error and does not remember it", async () => {
    api = await startFakeStoreApi(() => undefined)
    const failure = await storeGet("/store/ocop/products/gone").catch((error) => error)
    expect(failure).toBeInstanceOf(FetchError)
    expect((failure as FetchError).status).toBe(404)
    await storeGet("/store/ocop/products/gone").catch(() => {})
    expect(api.requests).toHaveLength(2)
  })
})

describe("withQuery", () => {
  it("sorts parameters and leaves out empty ones, so equal queries share a cache entry", () => {
    expect(withQuery("/store/ocop/products", { stars: [4, 5], locale: "vi", group: "", q: undefined, limit: 24 })).toBe(
      "/store/ocop/products?limit=24&locale=vi&stars=4%2C5"
    )
  })
})

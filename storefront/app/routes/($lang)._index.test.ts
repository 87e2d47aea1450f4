import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { cityKiosks, eaKiet, groundCoffee, groups, marketKiosk, weaselCoffee } from "~/test/fixtures"
import { loader } from "./($lang)._index"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

function fakeApi({ slowProducers = false } = {}) {
  return startFakeStoreApi((url) => {
    if (url.pathname === "/store/ocop/products")
      return { body: { products: [weaselCoffee, groundCoffee], count: 2, limit: 8, offset: 0 } }
    if (url.pathname === "/store/ocop/groups") return { body: { groups } }
    if (url.pathname === "/store/ocop/producers")
      return { body: { producers: [eaKiet], count: 1, limit: 100, offset: 0 }, delayMs: slowProducers ? 300 : 0 }
    if (url.pathname === "/store/ocop/sales-points")
      return { body: { sales_points: [cityKiosks, marketKiosk], count: 2 } }
  })
}

async function runLoader(path: string, headers: HeadersInit = {}) {
  const result = await loader({ request: new Request(`http://localhost${path}`, { headers }), params: {}, context: {} })
  return { data: result.data, headers: new Headers(result.init?.headers) }
}

describe("the home page loader", () => {
  it("features 4–5 ★ products and the groups, through the publishable key, in the page's language", async () => {
    api = await fakeApi()
    const { data } = await runLoader("/en")
    await Promise.all([data.producers, data.salesPoints])
    expect(data.featured.map((product) => product.handle)).toEqual([weaselCoffee.handle, groundCoffee.handle])
    expect(data.groups).toEqual(groups.map(({ code, name, count }) => ({ code, name, count })))
    const productRequest = api.requests.find((url) => url.pathname === "/store/ocop/products")
    expect(Object.fromEntries(productRequest!.searchParams)).toEqual({ min_stars: "4", limit: "8", locale: "en" })
    expect(api.headers.every((headers) => headers["x-publishable-api-key"] === "pk_test_storefront")).toBe(true)
  })

  it("streams the producers later when they are slow, instead of holding the page for them", async () => {
    api = await fakeApi({ slowProducers: true })
    const started = Date.now()
    const { data } = await runLoader("/")
    expect(Date.now() - started).toBeLessThan(250)
    expect(data.producers).toBeInstanceOf(Promise)
    expect((await data.producers)?.producers.map((producer) => producer.handle)).toEqual([eaKiet.handle])
    await data.salesPoints
  })

  it("sends the producers and the sales points with the page when they are ready at once", async () => {
    api = await fakeApi()
    await runLoader("/").then(({ data }) => Promise.all([data.producers, data.salesPoints]))
    // Now cached: ready within the loader's short wait, so nothing is left to stream.
    const { data } = await runLoader("/")
    expect(data.producers).not.toBeInstanceOf(Promise)
    expect(data.salesPoints).toEqual([
      { handle: cityKiosks.handle, latitude: cityKiosks.latitude, longitude: cityKiosks.longitude },
      { handle: marketKiosk.handle, latitude: marketKiosk.latitude, longitude: marketKiosk.longitude },
    ])
  })

  it("titles the page in the URL's language and lets caches keep it unless the visitor has a cart", async () => {
    api = await fakeApi()
    const vietnamese = await runLoader("/")
    expect(vietnamese.data.seo.title).toContain("Chợ OCOP Đắk Lắk")
    expect(vietnamese.headers.get("cache-control")).toBe("public, max-age=30, stale-while-revalidate=60")
    await Promise.all([vietnamese.data.producers, vietnamese.data.salesPoints])
    const english = await runLoader("/en", { cookie: "other=1" })
    await Promise.all([english.data.producers, english.data.salesPoints])
    expect(english.data.seo.title).toContain("Đắk Lắk OCOP Market")
    const withCart = await runLoader("/", { cookie: "ocop_cart=%22cart_01%22" })
    expect(withCart.headers.get("cache-control")).toBe("private, no-cache")
    await Promise.all([withCart.data.producers, withCart.data.salesPoints])
  })
})

import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { cityKiosks, groundCoffee, groups } from "~/test/fixtures"
import { loader } from "./($lang).san-pham._index"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

async function runLoader(path: string) {
  api = await startFakeStoreApi((url) => {
    if (url.pathname === "/store/ocop/products")
      return { body: { products: [groundCoffee], count: 30, limit: 24, offset: 24 } }
    if (url.pathname === "/store/ocop/groups") return { body: { groups } }
    if (url.pathname === "/store/ocop/sales-points") return { body: { sales_points: [cityKiosks], count: 1 } }
  })
  const result = await loader({ request: new Request(`http://localhost${path}`), params: {}, context: {} })
  return result.data
}

describe("the catalogue loader", () => {
  it("turns the URL's filters, sort and page into the API's query", async () => {
    await runLoader(
      "/san-pham?stars=4&group=food&kind=cooperative&sold_at=ki-ot-ocop-cho-buon-ma-thuot&sort=price&page=2"
    )
    const request = api!.requests.find((url) => url.pathname === "/store/ocop/products")!
    expect(Object.fromEntries(request.searchParams)).toEqual({
      stars: "4",
      group: "food",
      producer_type: "cooperative",
      sales_point: "ki-ot-ocop-cho-buon-ma-thuot",
      order: "price",
      limit: "24",
      offset: "24",
      locale: "vi",
    })
  })

  it("names the active filters in the title, with the group's name from the API", async () => {
    const data = await runLoader("/en/san-pham?stars=5&group=food")
    expect(data.heading).toBe("OCOP products: 5 stars, Thực phẩm")
    expect(data.seo.path).toBe("/san-pham?stars=5&group=food")
  })

  it("offers the sales points as the place filter, without their whole records", async () => {
    const data = await runLoader("/san-pham")
    expect(data.salesPoints).toEqual([{ handle: cityKiosks.handle, name: cityKiosks.name, type: cityKiosks.type }])
    expect(data.list.count).toBe(30)
  })
})

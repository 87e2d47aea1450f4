import { afterEach, describe, expect, it } from "vitest"
import { startFakeStoreApi, type FakeStoreApi } from "~/test/fake-store-api"
import { loader } from "./($lang)._index"

let api: FakeStoreApi | undefined
afterEach(async () => api?.close())

const regions = { regions: [{ id: "reg_vn", currency_code: "vnd" }] }
const products = {
  products: [
    {
      handle: "ca-phe-rang-xay-cong-bang-ea-kiet",
      title: "Cà phê rang xay Công bằng Ea Kiết",
      thumbnail: null,
      variants: [{ calculated_price: { calculated_amount: 180000 } }, { calculated_price: { calculated_amount: 95000 } }],
    },
  ],
}

async function runLoader(path: string) {
  const request = new Request(`http://localhost${path}`)
  return loader({ request, params: {}, context: {} })
}

describe("the home page loader", () => {
  it("lists products priced in the VND region, from the lowest variant price, with the publishable key", async () => {
    api = await startFakeStoreApi((url) => {
      if (url.pathname === "/store/regions") return { body: regions }
      if (url.pathname === "/store/products") return { body: products }
    })
    const data = await runLoader("/")
    expect(data.products).toEqual([
      { handle: "ca-phe-rang-xay-cong-bang-ea-kiet", title: "Cà phê rang xay Công bằng Ea Kiết", thumbnail: null, price: 95000 },
    ])
    const productRequest = api.requests.find((url) => url.pathname === "/store/products")
    expect(productRequest?.searchParams.get("region_id")).toBe("reg_vn")
    expect(api.headers.every((headers) => headers["x-publishable-api-key"] === "pk_test_storefront")).toBe(true)
  })

  it("titles the page in the URL's language", async () => {
    api = await startFakeStoreApi((url) => {
      if (url.pathname === "/store/regions") return { body: regions }
      if (url.pathname === "/store/products") return { body: products }
    })
    expect((await runLoader("/")).meta.title).toBe("Chợ OCOP Đắk Lắk")
    expect((await runLoader("/en")).meta.title).toBe("Đắk Lắk OCOP Market")
  })
})

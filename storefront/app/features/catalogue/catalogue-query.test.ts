import { describe, expect, it } from "vitest"
import { catalogueSearch, parseCatalogueState, toProductQuery } from "./catalogue-query"

const parse = (search: string) => parseCatalogueState(new URLSearchParams(search))

describe("the catalogue's URL state", () => {
  it("reads stars, group, producer kind, places, sort and page from the query string", () => {
    expect(
      parse("stars=4&stars=5&group=food&kind=cooperative&province=66&sold_at=cho-ea-kar-ki-ot-1&sort=price&page=2")
    ).toEqual({
      stars: [4, 5],
      group: "food",
      kind: "cooperative",
      province: "66",
      district: undefined,
      soldAt: "cho-ea-kar-ki-ot-1",
      priceMin: undefined,
      priceMax: undefined,
      q: undefined,
      sort: "price",
      page: 2,
    })
  })

  it("drops what the API would refuse instead of passing it on", () => {
    expect(parse("stars=2&stars=6&kind=company&sort=cheapest&page=-1&group=<script>")).toEqual({
      stars: [],
      group: undefined,
      kind: undefined,
      province: undefined,
      district: undefined,
      soldAt: undefined,
      priceMin: undefined,
      priceMax: undefined,
      q: undefined,
      sort: "-stars",
      page: 1,
    })
  })

  it("asks the API for one page of 24, from the page's offset", () => {
    expect(toProductQuery(parse("stars=4&group=drinks&page=3"))).toEqual({
      stars: [4],
      group: "drinks",
      producer_type: undefined,
      province_code: undefined,
      district: undefined,
      sales_point: undefined,
      price_min: undefined,
      price_max: undefined,
      q: undefined,
      order: undefined,
      limit: 24,
      offset: 48,
    })
  })

  it("reads a district and a price range, in either order, and writes them back", () => {
    const state = parse("district=Cư M'gar&price_min=300.000&price_max=100000")
    expect([state.district, state.priceMin, state.priceMax]).toEqual(["Cư M'gar", 100000, 300000])
    expect(toProductQuery(state)).toMatchObject({ district: "Cư M'gar", price_min: 100000, price_max: 300000 })
    expect(catalogueSearch(state)).toBe("?district=C%C6%B0+M%27gar&price_min=100000&price_max=300000")
    expect(parse("price_min=abc").priceMin).toBeUndefined()
  })

  it("treats all three star levels as no star filter", () => {
    expect(toProductQuery(parse("stars=3&stars=4&stars=5")).stars).toBeUndefined()
  })

  it("writes a state back without its defaults, so links stay short and canonical", () => {
    const state = parse("sort=-stars&page=1&stars=5&group=food")
    expect(catalogueSearch(state)).toBe("?stars=5&group=food")
    expect(catalogueSearch(state, { page: 2 })).toBe("?stars=5&group=food&page=2")
    expect(catalogueSearch(parse(""))).toBe("")
  })
})

import { describe, expect, it } from "vitest"
import { pagesOf, parsePlaceListState, placeListQuery, placeListSearch } from "./place-list"

describe("a list of places' state in the URL", () => {
  it("reads a province and a page, and drops what the Store API would refuse", () => {
    expect(parsePlaceListState(new URLSearchParams("province=79&page=3"))).toEqual({ province: "79", page: 3 })
    expect(parsePlaceListState(new URLSearchParams("province=7&page=0"))).toEqual({ province: undefined, page: 1 })
    expect(parsePlaceListState(new URLSearchParams("province=<b>&page=x"))).toEqual({ province: undefined, page: 1 })
    expect(parsePlaceListState(new URLSearchParams("page=1001"))).toEqual({ province: undefined, page: 1 })
  })

  it("asks the Store API for one page of that province", () => {
    expect(placeListQuery({ province: "66", page: 2 }, 50)).toEqual({ province_code: "66", limit: 50, offset: 50 })
    expect(placeListQuery({ page: 1 }, 60)).toEqual({ province_code: undefined, limit: 60, offset: 0 })
  })

  it("writes the shortest query string that keeps the province", () => {
    expect(placeListSearch({ page: 1 })).toBe("")
    expect(placeListSearch({ province: "66", page: 1 }, { page: 2 })).toBe("?province=66&page=2")
    expect(pagesOf(22, 50)).toBe(1)
    expect(pagesOf(0, 50)).toBe(1)
    expect(pagesOf(101, 50)).toBe(3)
  })
})

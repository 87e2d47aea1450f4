import { describe, expect, it } from "vitest"
import { cityKiosks, marketKiosk } from "~/test/fixtures"
import { districtOptions, filterSalesPoints, parseSalesPointFilters } from "./filter-sales-points"

const parse = (search: string) => parseSalesPointFilters(new URLSearchParams(search))

describe("the sales points page's filters", () => {
  it("read a district and a kind from the URL, dropping a kind that does not exist", () => {
    expect(parse("district=Cư M'gar&type=market_kiosk")).toEqual({ district: "Cư M'gar", type: "market_kiosk" })
    expect(parse("type=shop&district=")).toEqual({ district: undefined, type: undefined })
  })

  it("offer the districts the points lie in, read from their certified address, with counts", () => {
    expect(districtOptions([cityKiosks, marketKiosk, marketKiosk])).toEqual([
      { name: "Buôn Ma Thuột", count: 1 },
      { name: "Cư M'gar", count: 2 },
    ])
  })

  it("keep the points of the district and kind asked for", () => {
    expect(filterSalesPoints([cityKiosks, marketKiosk], { district: "Cư M'gar" })).toEqual([marketKiosk])
    expect(filterSalesPoints([cityKiosks, marketKiosk], { type: "kiosk_cluster" })).toEqual([cityKiosks])
    expect(filterSalesPoints([cityKiosks, marketKiosk], { district: "Cư M'gar", type: "kiosk_cluster" })).toEqual([])
    expect(filterSalesPoints([cityKiosks, marketKiosk], {})).toEqual([cityKiosks, marketKiosk])
  })
})

import { describe, expect, it } from "vitest"
import { cityKiosks, marketKiosk } from "~/test/fixtures"
import { groupSalesPoints } from "./group-sales-points"

describe("groupSalesPoints", () => {
  it("groups by kind of site in the plan's order, then by market, kiosks in number order", () => {
    const secondKiosk = {
      ...marketKiosk,
      handle: "cho-quang-phu-ki-ot-2",
      name: "Điểm ki ốt OCOP số 2 – Chợ Quảng Phú",
    }
    const eaKar = {
      ...marketKiosk,
      handle: "cho-ea-kar-ki-ot-1",
      name: "Điểm ki ốt OCOP số 1 – Chợ Ea Kar",
      market_name: "Chợ Ea Kar",
    }
    const groups = groupSalesPoints([secondKiosk, eaKar, marketKiosk, cityKiosks])
    expect(groups.map((group) => [group.type, group.count])).toEqual([
      ["kiosk_cluster", 1],
      ["market_kiosk", 3],
    ])
    expect(groups[1].markets.map((market) => [market.market, market.points.map((point) => point.handle)])).toEqual([
      ["Chợ Ea Kar", ["cho-ea-kar-ki-ot-1"]],
      ["Chợ Quảng Phú", ["cho-quang-phu-ki-ot-1", "cho-quang-phu-ki-ot-2"]],
    ])
  })
})

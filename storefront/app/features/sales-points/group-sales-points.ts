import { SALES_POINT_TYPES, type SalesPoint, type SalesPointType } from "~/lib/store-api"

export type MarketGroup = { market: string; points: SalesPoint[] }
export type TypeGroup = { type: SalesPointType; markets: MarketGroup[]; count: number }

/**
 * The list as the province's plan reads: by kind of site (city kiosk clusters, district-market kiosks, wholesale
 * markets, fairs), then by market, each market's kiosks in name order ("số 1" before "số 2").
 */
export function groupSalesPoints(points: SalesPoint[]): TypeGroup[] {
  return SALES_POINT_TYPES.map((type) => {
    const ofType = points.filter((point) => point.type === type)
    const markets = [...new Set(ofType.map((point) => point.market_name))]
      .sort((a, b) => a.localeCompare(b, "vi"))
      .map((market) => ({
        market,
        points: ofType
          .filter((point) => point.market_name === market)
          .sort((a, b) => a.name.localeCompare(b.name, "vi", { numeric: true })),
      }))
    return { type, markets, count: ofType.length }
  }).filter((group) => group.count > 0)
}

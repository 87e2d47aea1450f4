/**
 * The sales points page's filters, in the URL (`/diem-ban?district=Ea Kar&type=market_kiosk`): the old district
 * a kiosk lies in, read from its address as certified as buyers still name places (lib/place.ts), and the kind
 * of sales point. Unknown values are dropped.
 */
import { districtOf } from "~/lib/place"
import { SALES_POINT_TYPES, type SalesPoint, type SalesPointType } from "~/lib/store-api"

export type SalesPointFilters = { district?: string; type?: SalesPointType }

export function parseSalesPointFilters(search: URLSearchParams): SalesPointFilters {
  const district = search.get("district")?.trim().slice(0, 100)
  const type = search.get("type")
  return {
    district: district || undefined,
    type: SALES_POINT_TYPES.includes(type as SalesPointType) ? (type as SalesPointType) : undefined,
  }
}

export function districtName(point: Pick<SalesPoint, "address_as_certified">): string | null {
  return districtOf(point.address_as_certified)?.name ?? null
}

/** The districts with at least one point, by name, with how many each. */
export function districtOptions(points: SalesPoint[]): { name: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const point of points) {
    const name = districtName(point)
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name, "vi"))
}

export function filterSalesPoints(points: SalesPoint[], filters: SalesPointFilters): SalesPoint[] {
  return points.filter(
    (point) => (!filters.district || districtName(point) === filters.district) && (!filters.type || point.type === filters.type)
  )
}

/**
 * The state of a list of places (sales points, producers) in the URL: `?province=66&page=2`. A province has a few
 * dozen of them, the country thousands: such lists go a page at a time and can be narrowed to a province.
 * Malformed values are dropped rather than sent on (the Store API answers 400 to them).
 */
export type PlaceListState = { province?: string; page: number }

export function parsePlaceListState(search: URLSearchParams): PlaceListState {
  const province = search.get("province")
  const page = Number(search.get("page") ?? "1")
  return {
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  }
}

/** The Store API query of one page of `size`. */
export function placeListQuery(state: PlaceListState, size: number) {
  return { province_code: state.province, limit: size, offset: (state.page - 1) * size }
}

/** The query string of a state, defaults left out; `""` for the first page of every province. */
export function placeListSearch(state: PlaceListState, changes: Partial<PlaceListState> = {}): string {
  const next = { ...state, ...changes }
  const params = new URLSearchParams()
  if (next.province) params.set("province", next.province)
  if (next.page > 1) params.set("page", String(next.page))
  const search = params.toString()
  return search ? `?${search}` : ""
}

export const pagesOf = (count: number, size: number) => Math.max(1, Math.ceil(count / size))

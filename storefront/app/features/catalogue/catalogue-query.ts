/**
 * The catalogue's state lives in the URL (shareable, back button works, no JavaScript needed):
 * `?stars=4&stars=5&group=food&kind=cooperative&province=66&district=Krông Năng&sold_at=<sales point>&price_min=100000
 * &price_max=300000&sort=price&page=2`.
 * Unknown or malformed values are dropped rather than sent on: the API answers 400 to them.
 */
import {
  ENTITY_TYPES,
  SORT_ORDERS,
  STAR_LEVELS,
  type EntityType,
  type ProductQuery,
  type SortOrder,
  type Stars,
} from "~/lib/store-api"

export const PAGE_SIZE = 24
export const DEFAULT_SORT: SortOrder = "-stars"

export type CatalogueState = {
  stars: Stars[]
  group?: string
  kind?: EntityType
  province?: string
  /** The old district of origin printed on the certificate (`GET /store/ocop/districts`). */
  district?: string
  soldAt?: string
  /** The card's price in đồng, inclusive. */
  priceMin?: number
  priceMax?: number
  q?: string
  sort: SortOrder
  page: number
}

const CODE = /^[a-z0-9_-]{1,64}$/i

export function parseCatalogueState(search: URLSearchParams): CatalogueState {
  const stars = STAR_LEVELS.filter((level) => search.getAll("stars").includes(String(level)))
  const kind = search.get("kind")
  const sort = search.get("sort")
  const page = Number(search.get("page") ?? "1")
  const q = search.get("q")?.trim().slice(0, 100)
  const district = search.get("district")?.trim().slice(0, 100)
  let priceMin = dong(search.get("price_min"))
  let priceMax = dong(search.get("price_max"))
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin]
  return {
    stars,
    group: code(search.get("group")),
    kind: ENTITY_TYPES.includes(kind as EntityType) ? (kind as EntityType) : undefined,
    province: code(search.get("province")),
    district: district || undefined,
    soldAt: code(search.get("sold_at")),
    priceMin,
    priceMax,
    q: q || undefined,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : DEFAULT_SORT,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  }
}

export function toProductQuery(state: CatalogueState): ProductQuery {
  return {
    // All three levels is the same as none: leave it to the API's default (3 ★ and up).
    stars: state.stars.length && state.stars.length < STAR_LEVELS.length ? state.stars : undefined,
    group: state.group,
    producer_type: state.kind,
    province_code: state.province,
    district: state.district,
    sales_point: state.soldAt,
    price_min: state.priceMin,
    price_max: state.priceMax,
    q: state.q,
    order: state.sort === DEFAULT_SORT ? undefined : state.sort,
    limit: PAGE_SIZE,
    offset: (state.page - 1) * PAGE_SIZE,
  }
}

/** The query string of a state, defaults left out, in a stable order; `""` for the plain catalogue. */
export function catalogueSearch(state: CatalogueState, changes: Partial<CatalogueState> = {}): string {
  const next = { ...state, ...changes }
  const params = new URLSearchParams()
  if (next.q) params.set("q", next.q)
  for (const level of next.stars) params.append("stars", String(level))
  if (next.group) params.set("group", next.group)
  if (next.kind) params.set("kind", next.kind)
  if (next.province) params.set("province", next.province)
  if (next.district) params.set("district", next.district)
  if (next.soldAt) params.set("sold_at", next.soldAt)
  if (next.priceMin !== undefined) params.set("price_min", String(next.priceMin))
  if (next.priceMax !== undefined) params.set("price_max", String(next.priceMax))
  if (next.sort !== DEFAULT_SORT) params.set("sort", next.sort)
  if (next.page > 1) params.set("page", String(next.page))
  const search = params.toString()
  return search ? `?${search}` : ""
}

export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE))
}

export function hasFilters(state: CatalogueState): boolean {
  return activeFilterCount(state) > 0
}

/** How many filters narrow the list (the phone's "Lọc (2)"); the order and the page are not filters. */
export function activeFilterCount(state: CatalogueState): number {
  return [
    state.stars.length > 0,
    state.group,
    state.kind,
    state.province,
    state.district,
    state.soldAt,
    state.priceMin !== undefined || state.priceMax !== undefined,
  ].filter(Boolean).length
}

/** A price typed into the filter: whole đồng, dots or commas between thousands allowed. */
function dong(value: string | null): number | undefined {
  const digits = value?.replace(/[.,\s]/g, "")
  if (!digits || !/^\d{1,10}$/.test(digits)) return undefined
  return Number(digits)
}

function code(value: string | null): string | undefined {
  return value && CODE.test(value) ? value : undefined
}

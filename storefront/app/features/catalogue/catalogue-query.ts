/**
 * The catalogue's state lives in the URL (shareable, back button works, no JavaScript needed):
 * `?stars=4&stars=5&group=food&kind=cooperative&province=66&sold_at=<sales point>&sort=price&page=2`.
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
  soldAt?: string
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
  return {
    stars,
    group: code(search.get("group")),
    kind: ENTITY_TYPES.includes(kind as EntityType) ? (kind as EntityType) : undefined,
    province: code(search.get("province")),
    soldAt: code(search.get("sold_at")),
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
    sales_point: state.soldAt,
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
  if (next.soldAt) params.set("sold_at", next.soldAt)
  if (next.sort !== DEFAULT_SORT) params.set("sort", next.sort)
  if (next.page > 1) params.set("page", String(next.page))
  const search = params.toString()
  return search ? `?${search}` : ""
}

export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE))
}

export function hasFilters(state: CatalogueState): boolean {
  return Boolean(state.stars.length || state.group || state.kind || state.province || state.soldAt)
}

function code(value: string | null): string | undefined {
  return value && CODE.test(value) ? value : undefined
}

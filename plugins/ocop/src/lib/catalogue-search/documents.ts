/**
 * Search documents are copies of catalogue read-model rows. They are read through `query.graph`, the one
 * service the Search Module hands an index's seed, and filtered by the same validity window the catalogue
 * query applies (`showableAt`), so what may be shown is still decided by the read model alone.
 */
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { showableAt } from "../../modules/ocop/catalogue-visibility"
import type { CatalogueEntryRow } from "../../modules/ocop/service"
import { foldVietnamese } from "../../modules/ocop/utils/fold"
import type { OcopProductDocument } from "./fields"

/** The read model as `query.graph` names it (the module's `CatalogueEntry` model). */
const CATALOGUE_ENTITY = "catalogue_entry"

const ROW_FIELDS = [
  "product_id", "handle", "title", "title_en", "subtitle", "subtitle_en", "price_amount", "stars", "score",
  "group_code", "sub_group_code", "producer_handle", "producer_name", "producer_entity_type", "province_code",
  "address_as_certified", "sales_point_handles", "issued_at", "expires_at",
] as const

export type SearchSourceRow = Pick<CatalogueEntryRow, (typeof ROW_FIELDS)[number]>

export type LoadShowableRowsOptions = {
  now: Date
  product_ids?: string[]
  /** Keyset paging: rows whose product id sorts after this one. */
  after?: string
  updated_since?: Date
  limit?: number
  fields?: readonly string[]
}

/** Rows of products a shopper may see at `now`, in product-id order. */
export async function loadShowableRows(query: Pick<RemoteQueryFunction, "graph">, options: LoadShowableRowsOptions): Promise<SearchSourceRow[]> {
  const filters: Record<string, unknown> = { ...showableAt(options.now) }
  const and: Record<string, unknown>[] = []
  if (options.product_ids) filters.product_id = options.product_ids
  if (options.after !== undefined) and.push({ product_id: { $gt: options.after } })
  if (options.updated_since) and.push({ updated_at: { $gte: options.updated_since } })
  if (and.length) filters.$and = and
  const { data } = await query.graph({
    entity: CATALOGUE_ENTITY,
    fields: [...(options.fields ?? ROW_FIELDS)],
    filters,
    pagination: { order: { product_id: "ASC" }, ...(options.limit ? { take: options.limit } : { take: null as unknown as number }) },
  } as any)
  return data as unknown as SearchSourceRow[]
}

export function toSearchDocument(row: SearchSourceRow): OcopProductDocument {
  const searchable = [row.title, row.title_en, row.subtitle, row.subtitle_en, row.producer_name, row.address_as_certified]
  return {
    id: row.product_id,
    handle: row.handle,
    title: row.title,
    title_en: row.title_en ?? undefined,
    subtitle: row.subtitle ?? undefined,
    subtitle_en: row.subtitle_en ?? undefined,
    producer_name: row.producer_name ?? undefined,
    place: row.address_as_certified ?? undefined,
    // Apostrophes dropped too, so "cu mgar" meets "Cư M'gar" (which the text parser splits into 'm' and 'gar').
    folded: foldVietnamese(searchable.filter(Boolean).join(" ")).replace(/['’]/g, ""),
    stars: row.stars,
    score: Number(row.score),
    group: row.group_code,
    sub_group: row.sub_group_code ?? undefined,
    producer: row.producer_handle ?? undefined,
    producer_type: row.producer_entity_type ?? undefined,
    province_code: row.province_code ?? undefined,
    sales_points: row.sales_point_handles ?? [],
    price: Number(row.price_amount),
    title_sort: row.title,
    issued_at: new Date(row.issued_at).toISOString(),
    expires_at: new Date(row.expires_at).toISOString(),
  } as OcopProductDocument
}

/**
 * Products whose certification or product record changed since `since` (revoked, renewed, unpublished,
 * deleted…) and that the read model does not show at `now`: what a search index built meanwhile may still hold.
 */
export async function productsThatMayHaveLeft(query: Pick<RemoteQueryFunction, "graph">, since: Date, now: Date): Promise<string[]> {
  const [{ data: certifications }, { data: products }] = await Promise.all([
    query.graph({ entity: "certification", fields: ["product.id"], filters: { updated_at: { $gte: since } } } as any),
    query.graph({ entity: "product", fields: ["id"], filters: { updated_at: { $gte: since } }, withDeleted: true } as any),
  ])
  const touched = [
    ...new Set([
      ...(certifications as any[]).map((c) => c.product?.id as string | undefined),
      ...(products as any[]).map((p) => p.id as string),
    ]),
  ].filter((id): id is string => !!id)
  if (!touched.length) return []
  const shown = new Set((await loadShowableRows(query, { now, product_ids: touched, fields: ["product_id"] })).map((row) => row.product_id))
  return touched.filter((id) => !shown.has(id))
}

import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CatalogueEntry } from "./models/catalogue-entry"
import { Certification } from "./models/certification"
import { Producer } from "./models/producer"
import { ProgrammeTarget } from "./models/programme-target"
import { RegisterEntry } from "./models/register-entry"
import { SalesPoint } from "./models/sales-point"
import { findOldDistrict } from "./places/old-districts"
import { certificateKey, showableFilter } from "./rules"
import { foldVietnamese } from "./utils/fold"

export type CatalogueOrder = "-stars" | "title" | "price" | "-price" | "-certified_at"

export type CatalogueFilters = {
  /** The instant "valid today" is judged at; rows whose certificate lapsed since the last sweep stay hidden. */
  now: Date
  stars?: number[]
  min_stars?: number
  group?: string
  producer_type?: string
  province_code?: string
  producer?: string
  sales_point?: string
  product_handles?: string[]
  product_ids?: string[]
  q?: string
  /** The old district printed on the certificate ("Krông Năng", "krong nang", "huyện Krông Năng"). */
  district?: string
  /** The card's price (the lowest variant's), in đồng, inclusive. */
  price_min?: number
  price_max?: number
}

/**
 * The old district (huyện, thị xã, thành phố) in a certificate's address, as PostgreSQL reads it: "huyện Krông
 * Năng" from "Thôn 3, xã Ea Tóh, huyện Krông Năng, tỉnh Đắk Lắk". Since July 2025 there are no districts, but
 * buyers and certificates still place products by them (storefront/app/lib/place.ts reads them the same way).
 */
const DISTRICT_PATTERN = "(?:^|,)\\s*((?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\\.?)\\s+[^,]+)"
const DISTRICT_KIND = /^(huyện|thị xã|thành phố|tp\.?)\s+/i

/** "huyện Krông Năng" → "Krông Năng". */
export function districtName(printed: string): string {
  return printed.trim().replace(DISTRICT_KIND, "").trim()
}

/**
 * Accent-free, kind-free, apostrophe-free: "Cư M'gar", "cu mgar" and "huyện Cư M'gar" meet. A district of the
 * province's list (places/old-districts.ts) is also found by its code ("cu-m-gar") and its other spellings.
 */
export function districtKey(text: string): string {
  const known = findOldDistrict(text)
  return foldVietnamese(districtName(known ? known.name : text))
    .replace(/['’`]/g, "")
    .replace(/\s+/g, " ")
}

export type CatalogueEntryRow = {
  id: string
  product_id: string
  handle: string
  title: string
  title_en: string | null
  subtitle: string | null
  subtitle_en: string | null
  thumbnail: string | null
  price_amount: number
  currency_code: string
  certification_id: string
  stars: number
  score: number
  group_code: string
  sub_group_code: string | null
  criteria_version: string
  level: "province" | "national"
  certificate_no: string
  decision_no: string | null
  issued_at: Date
  expires_at: Date
  producer_id: string | null
  producer_handle: string | null
  producer_name: string | null
  producer_entity_type: string | null
  province_code: string | null
  address_as_certified: string | null
  sales_point_handles: string[]
  /** Buyers' published reviews, copied from the review module by the projection (docs/decisions/040). */
  rating_average: number | null
  rating_count: number
}

export type CatalogueEntryInput = Omit<CatalogueEntryRow, "id"> & { search_text: string }

/** A row of the public register (models/register-entry.ts). */
export type RegisterEntryRow = {
  certification_id: string
  product_id: string
  certificate_no: string
  certificate_key: string
  decision_no: string | null
  decision_key: string | null
  stars: number
  score: number
  group_code: string
  sub_group_code: string | null
  criteria_version: string
  level: "province" | "national"
  issued_at: Date
  expires_at: Date
  revoked_at: Date | null
  product_handle: string
  product_title: string
  product_title_en: string | null
  producer_id: string | null
  producer_handle: string | null
  producer_name: string | null
  producer_entity_type: string | null
  province_code: string | null
  successor_certification_id: string | null
  successor_certificate_no: string | null
  successor_stars: number | null
  successor_issued_at: Date | null
  successor_revoked_at: Date | null
  search_text: string
}

const REGISTER_COLUMNS = [
  "certification_id", "product_id", "certificate_no", "certificate_key", "decision_no", "decision_key", "stars", "score",
  "group_code", "sub_group_code", "criteria_version", "level", "issued_at", "expires_at", "revoked_at", "product_handle",
  "product_title", "product_title_en", "producer_id", "producer_handle", "producer_name", "producer_entity_type", "province_code",
  "successor_certification_id", "successor_certificate_no", "successor_stars", "successor_issued_at",
  "successor_revoked_at", "search_text",
]

const ORDER_BY: Record<CatalogueOrder, string> = {
  "-stars": "stars desc, score desc, title asc",
  title: "title asc",
  price: "price_amount asc, title asc",
  "-price": "price_amount desc, title asc",
  "-certified_at": "issued_at desc, title asc",
}

const CARD_COLUMNS = [
  "id", "product_id", "handle", "title", "title_en", "subtitle", "subtitle_en", "thumbnail", "price_amount",
  "currency_code", "certification_id", "stars", "score", "group_code", "sub_group_code", "criteria_version", "level",
  "certificate_no", "decision_no", "issued_at", "expires_at", "producer_id", "producer_handle", "producer_name",
  "producer_entity_type", "province_code", "address_as_certified", "sales_point_handles",
  "rating_average", "rating_count",
]

/**
 * The OCOP module: producers, certifications, sales points and the catalogue read model. It never calls
 * another module; links and workflows join it to products and stock locations.
 */
export default class OcopModuleService extends MedusaService({
  Producer,
  Certification,
  SalesPoint,
  CatalogueEntry,
  ProgrammeTarget,
  RegisterEntry,
}) {
  /**
   * One page of the certified catalogue and the total, in one indexed query. Text search matches every word
   * of the folded query against the folded title, producer and place (trigram index).
   */
  @InjectManager()
  async listCatalogue(
    filters: CatalogueFilters,
    page: { limit: number; offset: number; order?: CatalogueOrder },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: CatalogueEntryRow[]; count: number }> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_catalogue_entry")
      .select(CARD_COLUMNS.map((column) => `ocop_catalogue_entry.${column}`))
      .select(knex.raw("count(*) over () as total_count"))
      .whereNull("deleted_at")
    whereShowable(query, filters.now)
    if (filters.min_stars) query.where("stars", ">=", filters.min_stars)
    if (filters.stars?.length) query.whereIn("stars", filters.stars)
    if (filters.group) query.where("group_code", filters.group)
    if (filters.producer_type) query.where("producer_entity_type", filters.producer_type)
    if (filters.province_code) query.where("province_code", filters.province_code)
    if (filters.producer) query.where("producer_handle", filters.producer)
    if (filters.sales_point) query.whereRaw("sales_point_handles @> array[?]::text[]", [filters.sales_point])
    if (filters.price_min !== undefined) query.where("price_amount", ">=", filters.price_min)
    if (filters.price_max !== undefined) query.where("price_amount", "<=", filters.price_max)
    if (filters.district !== undefined) {
      const printed = await this.districtsPrinted(knex, filters.district)
      query.whereRaw("substring(address_as_certified from ?) = any(?::text[])", [DISTRICT_PATTERN, printed])
    }
    if (filters.product_handles) query.whereIn("handle", filters.product_handles)
    if (filters.product_ids) query.whereIn("product_id", filters.product_ids)
    for (const word of foldVietnamese(filters.q ?? "").split(" ").filter(Boolean)) {
      query.where("search_text", "like", `%${escapeLike(word)}%`)
    }
    const rows = await query
      .orderByRaw(ORDER_BY[page.order ?? "-stars"])
      .limit(page.limit)
      .offset(page.offset)
    // A page past the end has no rows to carry the window count: count separately only then.
    let count = rows.length ? Number(rows[0].total_count) : 0
    if (!rows.length && page.offset > 0) {
      const [{ total }] = await query.clone().clearSelect().clearOrder().offset(0).limit(1).count({ total: "*" })
      count = Number(total)
    }
    return { rows: rows.map(({ total_count: _, ...row }: Record<string, unknown>) => row as CatalogueEntryRow), count }
  }

  /** The ways the catalogue prints the district a shopper named ("huyện Krông Năng"), to filter by. */
  private async districtsPrinted(knex: Knex, typed: string): Promise<string[]> {
    const key = districtKey(typed)
    const rows = await knex("ocop_catalogue_entry")
      .distinct(knex.raw("substring(address_as_certified from ?) as district", [DISTRICT_PATTERN]))
      .whereNull("deleted_at")
    return rows.map((row: any) => row.district as string | null).filter((d): d is string => !!d && districtKey(d) === key)
  }

  /** The old districts products come from, with the count of showable products of each, by name. */
  @InjectManager()
  async countCatalogueByDistrict(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ name: string; printed: string; code: string | null; count: number }[]> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_catalogue_entry")
      .select(knex.raw("substring(address_as_certified from ?) as district", [DISTRICT_PATTERN]))
      .count({ count: "*" })
      .whereNull("deleted_at")
    const rows = await whereShowable(query, now).groupByRaw("1")
    // One district printed two ways ("thành phố Buôn Ma Thuột", "TP. Buôn Ma Thuột") counts once.
    const byKey = new Map<string, { name: string; printed: string; code: string | null; count: number }>()
    for (const row of rows as any[]) {
      if (!row.district) continue
      const key = districtKey(row.district)
      const seen = byKey.get(key)
      if (seen) seen.count += Number(row.count)
      else {
        const known = findOldDistrict(row.district)
        byKey.set(key, { name: known?.name ?? districtName(row.district), printed: row.district.trim(), code: known?.code ?? null, count: Number(row.count) })
      }
    }
    return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"))
  }

  /**
   * Every word of the catalogue's folded search text with the number of rows it appears in: the vocabulary
   * that typos are corrected against (lib/catalogue-search/typos.ts). Rows of products not showable yet are
   * counted too; the search filters them anyway.
   */
  @InjectManager()
  async catalogueVocabulary(@MedusaContext() sharedContext: Context = {}): Promise<Map<string, number>> {
    const knex = this.knexOf(sharedContext)
    const rows = await knex
      .select(knex.raw("word"), knex.raw("count(*)::int as rows"))
      .from(knex.raw("ocop_catalogue_entry, regexp_split_to_table(search_text, '[^a-z0-9]+') as word"))
      .whereNull("deleted_at")
      .whereRaw("length(word) > 0")
      .groupBy("word")
    return new Map(rows.map((row: any) => [row.word as string, Number(row.rows)]))
  }

  /** Counts of showable products per group and sub-group. */
  @InjectManager()
  async countCatalogueByGroup(
    now: Date,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ group_code: string; sub_group_code: string | null; count: number }[]> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_catalogue_entry").select("group_code", "sub_group_code").count({ count: "*" }).whereNull("deleted_at")
    const rows = await whereShowable(query, now).groupBy("group_code", "sub_group_code")
    return rows.map((row: any) => ({ group_code: row.group_code, sub_group_code: row.sub_group_code, count: Number(row.count) }))
  }

  /**
   * Showable product counts keyed by producer handle, sales-point handle or province code; only for `handles` when
   * given (a product page needs its few sales points, not a count over the whole catalogue).
   */
  @InjectManager()
  async countCatalogueBy(
    key: "producer" | "sales_point" | "province",
    now: Date,
    handles?: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, number>> {
    if (handles && !handles.length) return new Map()
    const knex = this.knexOf(sharedContext)
    // Group by the expression, not an alias: "handle" is also the product handle column, which GROUP BY would
    // pick first; and a set-returning unnest() may not sit in GROUP BY, hence the lateral join.
    const query = knex("ocop_catalogue_entry")
    if (key === "producer") {
      query.select({ handle: "producer_handle" }).groupBy("producer_handle")
      if (handles) query.whereIn("producer_handle", handles)
    } else if (key === "province") {
      query.select({ handle: "province_code" }).groupBy("province_code")
      if (handles) query.whereIn("province_code", handles)
    } else {
      query.joinRaw("cross join lateral unnest(sales_point_handles) as sales_point(handle)").select({ handle: "sales_point.handle" }).groupBy("sales_point.handle")
      // The overlap uses the GIN index on sales_point_handles; the second condition drops the rows' other points.
      if (handles) query.whereRaw("sales_point_handles && ?::text[]", [handles]).whereIn("sales_point.handle", handles)
    }
    const rows = await whereShowable(query.count({ count: "*" }).whereNull("ocop_catalogue_entry.deleted_at"), now)
    return new Map(rows.filter((r: any) => r.handle).map((r: any) => [r.handle as string, Number(r.count)]))
  }

  /**
   * Makes the read model say exactly this about these products: a product with an entry is listed (inserted
   * or overwritten), a product without one is removed. Returns the rows it replaced, for compensation.
   */
  @InjectTransactionManager()
  async replaceCatalogueEntries(
    productIds: string[],
    entries: CatalogueEntryInput[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: CatalogueEntryInput[] }> {
    if (!productIds.length) return { previous: [] }
    const knex = this.knexOf(sharedContext)
    const previous = (await knex("ocop_catalogue_entry")
      .select([...CARD_COLUMNS.filter((c) => c !== "id"), "search_text"])
      .whereIn("product_id", productIds)
      .whereNull("deleted_at")) as CatalogueEntryInput[]
    await knex("ocop_catalogue_entry").whereIn("product_id", productIds).del()
    const now = new Date()
    if (entries.length) {
      await knex("ocop_catalogue_entry").insert(
        entries.map((entry) => ({ id: generateEntityId(undefined, "occat"), ...entry, created_at: now, updated_at: now }))
      )
    }
    return { previous }
  }

  // -------------------------------------------------------------------------------------------------------
  // The public register (lookup by number, decision or name; docs/decisions/029)
  // -------------------------------------------------------------------------------------------------------

  /** Makes the register say exactly this about these products' certificates; returns the rows it replaced. */
  @InjectTransactionManager()
  async replaceRegisterEntries(
    productIds: string[],
    entries: RegisterEntryRow[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: RegisterEntryRow[] }> {
    if (!productIds.length) return { previous: [] }
    const knex = this.knexOf(sharedContext)
    const previous = (await knex("ocop_register_entry").select(REGISTER_COLUMNS).whereIn("product_id", productIds).whereNull("deleted_at")) as RegisterEntryRow[]
    await knex("ocop_register_entry").whereIn("product_id", productIds).del()
    // A certificate that moved to another product (an admin's correction) leaves its old row behind otherwise.
    const ids = entries.map((entry) => entry.certification_id)
    if (ids.length) await knex("ocop_register_entry").whereIn("certification_id", ids).del()
    const now = new Date()
    for (let i = 0; i < entries.length; i += 1000) {
      await knex("ocop_register_entry").insert(
        entries.slice(i, i + 1000).map((entry) => ({ id: generateEntityId(undefined, "ocreg"), ...entry, created_at: now, updated_at: now }))
      )
    }
    return { previous }
  }

  /** The certificate with this number as typed (separators, case and marks aside), or null: one indexed query. */
  @InjectManager()
  async findRegisterEntry(
    by: { number: string } | { certification_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RegisterEntryRow | null> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_register_entry").select(REGISTER_COLUMNS).whereNull("deleted_at").limit(1)
    if ("certification_id" in by) query.where("certification_id", by.certification_id)
    else {
      const key = certificateKey(by.number)
      if (!key) return null
      // Two numbers differing only in separators share a key: the one typed exactly wins.
      query.where("certificate_key", key).orderByRaw("(certificate_no = ?) desc, issued_at desc", [by.number.trim()])
    }
    const [row] = await query
    return (row as RegisterEntryRow | undefined) ?? null
  }

  /** Every certificate a product has carried, newest first (its page's 410 and the lookup of a handle). */
  @InjectManager()
  async listRegisterEntriesOfProduct(
    by: { product_handle: string } | { product_id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RegisterEntryRow[]> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_register_entry").select(REGISTER_COLUMNS).whereNull("deleted_at").orderBy("issued_at", "desc").limit(50)
    if ("product_handle" in by) query.where("product_handle", by.product_handle)
    else query.where("product_id", by.product_id)
    return (await query) as RegisterEntryRow[]
  }

  /** A producer's certificates, newest first (the seller portal's stamps page). */
  @InjectManager()
  async listRegisterEntriesOfProducer(
    producerId: string,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: RegisterEntryRow[]; count: number }> {
    const knex = this.knexOf(sharedContext)
    const query = knex("ocop_register_entry")
      .select(REGISTER_COLUMNS)
      .select(knex.raw("count(*) over () as total_count"))
      .where("producer_id", producerId)
      .whereNull("deleted_at")
    const rows = await query.clone().orderBy([{ column: "issued_at", order: "desc" }, { column: "certificate_no" }]).limit(page.limit).offset(page.offset)
    let count = rows.length ? Number(rows[0].total_count) : 0
    if (!rows.length && page.offset > 0) {
      const [{ total }] = await query.clearSelect().count({ total: "*" })
      count = Number(total)
    }
    return { rows: rows.map(({ total_count: _, ...row }: Record<string, unknown>) => row as RegisterEntryRow), count }
  }

  /**
   * Certificates matching what a shopper typed: the number itself first, then every certificate of a decision
   * with that number, then names (every word of the folded text, as the catalogue searches), closest first.
   */
  @InjectManager()
  async searchRegister(
    q: string,
    page: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ rows: RegisterEntryRow[]; count: number }> {
    const knex = this.knexOf(sharedContext)
    const key = certificateKey(q)
    const folded = foldVietnamese(q)
    const words = folded.split(" ").filter(Boolean)
    if (!key && !words.length) return { rows: [], count: 0 }
    const query = knex("ocop_register_entry")
      .select(REGISTER_COLUMNS)
      .select(knex.raw("count(*) over () as total_count"))
      .whereNull("deleted_at")
      .where((where) => {
        if (key) where.orWhere("certificate_key", key).orWhere("decision_key", key)
        if (words.length) {
          where.orWhere((all) => {
            for (const word of words) all.where("search_text", "like", `%${escapeLike(word)}%`)
          })
        }
      })
      .orderByRaw(
        "(certificate_key = ?) desc, (decision_key = ?) desc, word_similarity(?, search_text) desc, issued_at desc, certificate_no asc",
        [key, key, folded]
      )
      .limit(page.limit)
      .offset(page.offset)
    const rows = await query
    let count = rows.length ? Number(rows[0].total_count) : 0
    if (!rows.length && page.offset > 0) {
      const [{ total }] = await query.clone().clearSelect().clearOrder().offset(0).limit(1).count({ total: "*" })
      count = Number(total)
    }
    return { rows: rows.map(({ total_count: _, ...row }: Record<string, unknown>) => row as RegisterEntryRow), count }
  }

  /**
   * The certificates closest to a number or name that matched nothing: trigram similarity of the number's key
   * and of the folded names (pg_trgm), best first. Only what the register shows anyway (number and product).
   */
  @InjectManager()
  async suggestRegister(
    q: string,
    limit: number,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ certificate_no: string; product_title: string; product_title_en: string | null }[]> {
    const knex = this.knexOf(sharedContext)
    const key = certificateKey(q)
    const folded = foldVietnamese(q)
    if (!key && !folded) return []
    const rows = await knex("ocop_register_entry")
      .select("certificate_no", "product_title", "product_title_en")
      .select(knex.raw("greatest(similarity(certificate_key, ?), word_similarity(?, search_text)) as closeness", [key, folded]))
      .whereNull("deleted_at")
      .where((where) => where.whereRaw("certificate_key % ?", [key]).orWhereRaw("? <% search_text", [folded]))
      .orderBy([{ column: "closeness", order: "desc" }, { column: "certificate_no", order: "asc" }])
      .limit(limit)
    return rows.map(({ closeness: _, ...row }: Record<string, unknown>) => row as { certificate_no: string; product_title: string; product_title_en: string | null })
  }

  /** Which of these products the catalogue lists at `now`: the lookup links to a product's page only then. */
  @InjectManager()
  async listedProductIds(productIds: string[], now: Date, @MedusaContext() sharedContext: Context = {}): Promise<Set<string>> {
    if (!productIds.length) return new Set()
    const knex = this.knexOf(sharedContext)
    const rows = await whereShowable(knex("ocop_catalogue_entry").select("product_id").whereIn("product_id", productIds).whereNull("deleted_at"), now)
    return new Set(rows.map((row: { product_id: string }) => row.product_id))
  }

  private knexOf(sharedContext: Context): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager) as any
    return manager.getTransactionContext?.() ?? manager.getKnex()
  }
}

const SQL_OPERATOR = { $gte: ">=", $gt: ">", $lte: "<=", $lt: "<" } as const

/** Rows a shopper may see at `now`: the SQL of rules.ts' `showableFilter`, operator by operator. */
function whereShowable(query: Knex.QueryBuilder, now: Date): Knex.QueryBuilder {
  for (const [column, conditions] of Object.entries(showableFilter(now))) {
    for (const [operator, value] of Object.entries(conditions)) {
      query.where(`ocop_catalogue_entry.${column}`, SQL_OPERATOR[operator as keyof typeof SQL_OPERATOR], value)
    }
  }
  return query
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}


/**
 * Text search over the certified catalogue through Medusa's Search Module. The engine finds and ranks; the
 * read model then supplies the cards for the ids it returned, judged showable at this instant, so a product
 * revoked a moment ago never comes back even if the index has not heard yet.
 *
 * Engines, in order: Meilisearch when its index is declared, then the PostgreSQL index, then the read model's
 * own folded LIKE match. Each step down is logged as a warning; the shopper always gets an answer.
 */
import type { ISearchModuleService, Logger, MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../modules/ocop"
import type OcopModuleService from "../../modules/ocop/service"
import type { CatalogueEntryRow, CatalogueFilters, CatalogueOrder } from "../../modules/ocop/service"
import { foldVietnamese } from "../../modules/ocop/utils/fold"
import { MIN_SHOWABLE_STARS } from "../../modules/ocop/rules"
import { MEILISEARCH_PROVIDER, OCOP_PRODUCTS_INDEX, OCOP_PRODUCTS_MEILISEARCH_INDEX } from "./definition"
import { cachedVocabulary, correctTypos } from "./typos"

export type CatalogueSearchFilters = Omit<CatalogueFilters, "product_ids" | "product_handles"> & { q: string }
export type CatalogueSearchPage = { limit: number; offset: number; order?: CatalogueOrder }
export type Engine = "meilisearch" | "postgres" | "read-model"
export type CatalogueSearchResult = { rows: CatalogueEntryRow[]; count: number; engine: Engine }

/** Explicit orders, the same on both engines (the index's `title_sort` is the raw Vietnamese title). */
const SORTS: Record<CatalogueOrder, Record<string, "ASC" | "DESC">> = {
  "-stars": { stars: "DESC", score: "DESC", title_sort: "ASC" },
  title: { title_sort: "ASC" },
  price: { price: "ASC", title_sort: "ASC" },
  "-price": { price: "DESC", title_sort: "ASC" },
  "-certified_at": { issued_at: "DESC", title_sort: "ASC" },
}

const RELEVANCE_THEN_STARS = { _score: "DESC", stars: "DESC", title_sort: "ASC" } as const

export async function searchCatalogue(
  container: MedusaContainer,
  filters: CatalogueSearchFilters,
  page: CatalogueSearchPage
): Promise<CatalogueSearchResult> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const q = foldVietnamese(filters.q)
  const correct = typoCorrector(ocop)
  // The index has no district field: the district's products are found in the read model, and the engine
  // searches among them.
  const inDistrict = filters.district !== undefined ? await productIdsIn(ocop, filters) : undefined
  if (inDistrict && !inDistrict.length) return { rows: [], count: 0, engine: "read-model" }
  for (const index of engineIndexes(container)) {
    try {
      const { rows, count } = await searchShowable(ocop, index, q, correct, { ...filters, inDistrict }, {
        skip: page.offset,
        take: page.limit,
        order: page.order ? SORTS[page.order] : undefined,
      })
      return { rows, count, engine: index.engine }
    } catch (error) {
      logger.warn(
        `[OCOP search] The ${index.engine} index "${index.name}" did not answer (${(error as Error).message}); ` +
          `answering from the next engine.`
      )
    }
  }
  const { rows, count } = await ocop.listCatalogue({ ...filters }, { ...page, order: page.order ?? "-stars" })
  return { rows, count, engine: "read-model" }
}

export type Suggestions = {
  products: { handle: string; title: string; title_en: string | null; producer: string | null; stars: number }[]
  producers: { handle: string; name: string }[]
  groups: { code: string; count: number }[]
}

/**
 * What a search box offers as the shopper types: the best products for the words so far (the last word may be
 * unfinished), their producers, and how many matches each product group holds.
 */
export async function suggestFromCatalogue(container: MedusaContainer, text: string, limit: number): Promise<Suggestions> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const q = foldVietnamese(text)
  const now = new Date()
  for (const index of engineIndexes(container)) {
    try {
      const { rows, facets } = await searchShowable(ocop, index, q, typoCorrector(ocop), { now }, { skip: 0, take: limit }, {
        typeahead: true,
        facets: ["group"],
      })
      const producers = new Map<string, string>()
      for (const row of rows) if (row.producer_handle && row.producer_name) producers.set(row.producer_handle, row.producer_name)
      return {
        products: rows.map((row) => ({
          handle: row.handle,
          title: row.title,
          title_en: row.title_en,
          producer: row.producer_name,
          stars: row.stars,
        })),
        producers: [...producers].map(([handle, name]) => ({ handle, name })),
        groups: (facets?.group?.values ?? []).map((value: { value: string; count: number }) => ({
          code: value.value,
          count: value.count,
        })),
      }
    } catch (error) {
      logger.warn(`[OCOP search] The ${index.engine} index "${index.name}" did not suggest (${(error as Error).message})`)
    }
  }
  return { products: [], producers: [], groups: [] }
}

type EngineIndex = { name: string; engine: Exclude<Engine, "read-model">; module: ISearchModuleService }

/** The declared OCOP indexes, preferred first. */
function engineIndexes(container: MedusaContainer): EngineIndex[] {
  const module = container.resolve<ISearchModuleService | undefined>(Modules.SEARCH, { allowUnregistered: true })
  if (!module) return []
  const indexes: EngineIndex[] = []
  for (const name of [OCOP_PRODUCTS_MEILISEARCH_INDEX, OCOP_PRODUCTS_INDEX]) {
    try {
      const { provider } = module.getIndex(name)
      indexes.push({ name, module, engine: provider === MEILISEARCH_PROVIDER ? "meilisearch" : "postgres" })
    } catch {
      // Not declared here (Meilisearch is optional).
    }
  }
  return indexes
}

type IndexQuery = Pick<CatalogueSearchFilters, "now"> & Partial<CatalogueSearchFilters> & { inDistrict?: string[] }

async function productIdsIn(ocop: OcopModuleService, filters: CatalogueSearchFilters): Promise<string[]> {
  const ids: string[] = []
  for (let offset = 0; ; offset += 1000) {
    const { rows } = await ocop.listCatalogue({ now: filters.now, district: filters.district }, { limit: 1000, offset })
    ids.push(...rows.map((row) => row.product_id))
    if (rows.length < 1000) return ids
  }
}

type TypoCorrector = (q: string) => Promise<string | null>

function typoCorrector(ocop: OcopModuleService): TypoCorrector {
  return async (q) => correctTypos(q, await cachedVocabulary(() => ocop.catalogueVocabulary()))
}

type IndexPagination = { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }
type IndexOptions = { typeahead?: boolean; facets?: string[]; exclude?: string[] }

/** How many times a page is asked again without the ids the read model no longer shows (see below). */
const MAX_REASKS = 3

/**
 * One page of the engine's ranking, as cards of products the read model shows now, and the engine's total of
 * matches without the ones the read model was seen to hide.
 *
 * The engine may lag the read model by a moment: a revocation rewrites the read model in its workflow, and the
 * index is told afterwards by the subscriber. When the cards drop some of the page's ids, the page is asked
 * again with those ids excluded, so the total and the page come from one engine answer that leaves them out.
 * Subtracting them from the first answer's total instead is wrong: the engine's hits and its total are two
 * statements (PostgreSQL provider) or two requests (Meilisearch's exact count), and when the subscriber's
 * delete lands between them the total has already lost the product that the hits still carried, so it was
 * taken off twice ("hat sao": 2 products still shown, total 1). Asking again also refills the page to its
 * size, as the index will once it has caught up.
 */
async function searchShowable(
  ocop: OcopModuleService,
  index: EngineIndex,
  q: string,
  correct: TypoCorrector,
  filters: IndexQuery,
  pagination: IndexPagination,
  options: IndexOptions = {}
): Promise<{ rows: CatalogueEntryRow[]; count: number; facets?: Record<string, any> }> {
  const exclude: string[] = []
  for (let asked = 0; ; asked++) {
    const result = await searchIndex(index, q, correct, filters, pagination, { ...options, exclude })
    const { rows, dropped } = await cardsFor(ocop, result.ids, filters)
    if (!dropped.length) return { rows, count: result.count, facets: result.facets }
    if (asked === MAX_REASKS) {
      // Still more hidden products on each answer (a sweep under way): the best estimate from this answer,
      // never fewer than the products this page and the ones before it hold.
      const count = Math.max(pagination.skip + rows.length, result.count - dropped.length)
      return { rows, count, facets: result.facets }
    }
    exclude.push(...dropped)
  }
}

async function searchIndex(
  index: EngineIndex,
  q: string,
  correct: TypoCorrector,
  filters: IndexQuery,
  pagination: IndexPagination,
  { typeahead = false, facets, exclude = [] }: IndexOptions = {}
): Promise<{ ids: string[]; count: number; facets?: Record<string, any> }> {
  const base: SearchTypes.SearchQuery = {
    entity: index.name,
    filters: { q, ...engineFilters(filters, exclude) },
    pagination: {
      skip: pagination.skip,
      take: pagination.take,
      // Relevance, then stars and title for equal matches. Meilisearch has that order in its ranking rules
      // (definition.ts), where a sort parameter would instead outrank relevance.
      order: pagination.order ?? (index.engine === "postgres" ? RELEVANCE_THEN_STARS : undefined),
    },
    search_options: {
      count: "exact",
      // Every word must match (Meilisearch would otherwise drop words from the end until something matches);
      // while typing, the last word is a prefix.
      match_strategy: typeahead ? "last" : "all",
      ...(facets ? { facets } : {}),
    },
  }
  // Meilisearch forgives typos itself (one from four letters, two from eight: the index's settings).
  if (index.engine === "meilisearch") return toIds(await index.module.search(base))
  // PostgreSQL matches whole words; only when nothing matched is the query corrected against the catalogue's
  // words and run again (typos.ts says why not the provider's trigram typo tolerance).
  const exact = toIds(await index.module.search(base))
  if (exact.ids.length || exact.count > 0) return exact
  const corrected = await correct(q)
  if (!corrected) return exact
  return toIds(await index.module.search({ ...base, filters: { ...base.filters, q: corrected } }))
}

function toIds(result: SearchTypes.SearchResult) {
  return { ids: result.hits.map((hit) => hit.id), count: result.metadata.count ?? result.hits.length, facets: result.facets }
}

/**
 * The catalogue's filters in the index's terms. The index holds only products showable when they were written
 * (rated MIN_SHOWABLE_STARS or more, certificate issued); a certificate that lapsed since then is filtered here so the total is right
 * between two sweeps (the cards are re-checked against the read model anyway). Conditions that every document
 * meets are left out: on PostgreSQL each one is a JSON extraction per matching row.
 */
function engineFilters(filters: IndexQuery, exclude: string[] = []): Record<string, unknown> {
  const and: Record<string, unknown>[] = [{ expires_at: { $gt: filters.now } }]
  // Products the index still holds but the read model no longer shows (searchShowable).
  if (exclude.length) and.push({ id: { $nin: exclude } })
  if ((filters.min_stars ?? MIN_SHOWABLE_STARS) > MIN_SHOWABLE_STARS) and.push({ stars: { $gte: filters.min_stars } })
  if (filters.stars?.length) and.push({ stars: filters.stars })
  if (filters.group) and.push({ group: filters.group })
  if (filters.producer_type) and.push({ producer_type: filters.producer_type })
  if (filters.province_code) and.push({ province_code: filters.province_code })
  if (filters.producer) and.push({ producer: filters.producer })
  if (filters.sales_point) and.push({ sales_points: filters.sales_point })
  if (filters.price_min !== undefined) and.push({ price: { $gte: filters.price_min } })
  if (filters.price_max !== undefined) and.push({ price: { $lte: filters.price_max } })
  if (filters.inDistrict) and.push({ id: filters.inDistrict })
  return { $and: and }
}

/**
 * Cards for the ids the engine ranked, in its order, from the read model at this instant, and the ids the read
 * model no longer shows (revoked a moment ago, index not yet told).
 */
async function cardsFor(
  ocop: OcopModuleService,
  ids: string[],
  filters: IndexQuery
): Promise<{ rows: CatalogueEntryRow[]; dropped: string[] }> {
  if (!ids.length) return { rows: [], dropped: [] }
  // The engine has applied the filters; the read model only says which are still showable.
  const { q: _q, inDistrict: _ids, district: _district, ...rest } = filters
  const { rows } = await ocop.listCatalogue({ ...rest, product_ids: ids }, { limit: ids.length, offset: 0 })
  const byId = new Map(rows.map((row) => [row.product_id, row]))
  return {
    rows: ids.map((id) => byId.get(id)).filter((row): row is CatalogueEntryRow => !!row),
    dropped: ids.filter((id) => !byId.has(id)),
  }
}

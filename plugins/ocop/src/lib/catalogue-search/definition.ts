/**
 * The certified products' search index, as Medusa's Search Module declares one (`defineSearchIndex`): the same
 * fields, settings and seed for every engine, so the PostgreSQL index and its Meilisearch twin answer alike.
 * The documents are copied from the catalogue read model (docs/decisions/004-catalogue-read-model.md), which
 * alone decides what may be shown; see docs/decisions/006-search.md.
 */
import type { SearchTypes } from "@medusajs/framework/types"
import { loadShowableRows, productsThatMayHaveLeft, toSearchDocument } from "./documents"
import { ocopProductFields } from "./fields"

export type { OcopProductDocument } from "./fields"

/** The index every installation has: PostgreSQL, in the application's own database. */
export const OCOP_PRODUCTS_INDEX = "ocop_products"
/** Its twin in Meilisearch, declared only when the Search Module has a Meilisearch provider. */
export const OCOP_PRODUCTS_MEILISEARCH_INDEX = "ocop_products_meilisearch"

/** Provider identifiers, as the providers' classes declare them. */
export const POSTGRES_PROVIDER = "search-postgres"
export const MEILISEARCH_PROVIDER = "meilisearch"

const SEED_BATCH = 500

/**
 * One index definition for `provider`. The seed reads the read model page by page in product-id order (so an
 * interrupted run resumes after `last_key`). Medusa runs a catch-up pass after a full seed to pick up what
 * changed meanwhile: it re-reads the rows written since, and removes the products that may have left the
 * catalogue since (their certificate or product changed, or their certificate's window closed) and are not
 * shown now. Read-model rows are deleted, not soft-deleted, so "what left" has to be found from what changed.
 */
export function ocopProductIndex({ name, provider }: { name: string; provider: string }) {
  return {
    name,
    entity: "product",
    provider,
    fields: ocopProductFields,
    settings: {
      // Vietnamese syllables are short: one typo from four letters ("phee", "ongg"), two from eight.
      // PostgreSQL's trigram matching ignores the sizes and honours `enabled`.
      typo_tolerance: { enabled: true, min_word_size_for_one_typo: 4, min_word_size_for_two_typos: 8 },
      provider_options: {
        [MEILISEARCH_PROVIDER]: {
          // An explicit order (price, title…) must be strict, so "sort" comes first; without one it is a
          // no-op and relevance decides, equal matches falling back to stars then title like PostgreSQL's.
          rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "stars:desc", "title_sort:asc"],
        },
      },
    },
    async *seed({ container, last_key, catchup, filters }: SearchTypes.SearchSeedContext) {
      const now = new Date()
      const productIds = Array.isArray(filters?.id) ? (filters!.id as string[]) : undefined
      let after = catchup ? undefined : last_key
      while (true) {
        const rows = await loadShowableRows(container.query, {
          now,
          product_ids: productIds,
          after,
          updated_since: catchup?.since,
          limit: SEED_BATCH,
        })
        if (rows.length) yield [{ action: "upsert" as const, documents: rows.map(toSearchDocument) }]
        if (rows.length < SEED_BATCH) break
        after = rows[rows.length - 1].product_id
      }
      if (catchup) {
        const left = await productsThatMayHaveLeft(container.query, catchup.since, now)
        if (left.length) yield [{ action: "delete" as const, filters: { id: left } }]
        yield [{ action: "delete" as const, filters: { expires_at: { $lte: now } } }]
      }
    },
  }
}

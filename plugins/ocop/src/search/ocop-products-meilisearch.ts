import { defineSearchIndex } from "@medusajs/framework/utils"
import {
  MEILISEARCH_PROVIDER,
  OCOP_PRODUCTS_MEILISEARCH_INDEX,
  ocopProductIndex,
} from "../lib/catalogue-search/definition"
import { hasSearchProvider } from "../lib/catalogue-search/providers"

/**
 * The same index in Meilisearch, declared only when medusa-config.ts registers a Meilisearch provider
 * (MEILISEARCH_HOST set). Searches prefer it; the PostgreSQL index keeps following every change beside it.
 */
export default hasSearchProvider(MEILISEARCH_PROVIDER)
  ? defineSearchIndex(ocopProductIndex({ name: OCOP_PRODUCTS_MEILISEARCH_INDEX, provider: MEILISEARCH_PROVIDER }))
  : undefined

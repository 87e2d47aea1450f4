import { defineSearchIndex } from "@medusajs/framework/utils"
import { OCOP_PRODUCTS_INDEX, POSTGRES_PROVIDER, ocopProductIndex } from "../lib/catalogue-search/definition"

/**
 * The certified products in Medusa's Search Module, on the PostgreSQL provider (the application's own
 * database): always declared, so search works with zero set-up and is the fallback when Meilisearch is down.
 * Medusa loads every file under a plugin's `search/` folder, as it does the application's `src/search/`.
 */
export default defineSearchIndex(ocopProductIndex({ name: OCOP_PRODUCTS_INDEX, provider: POSTGRES_PROVIDER }))

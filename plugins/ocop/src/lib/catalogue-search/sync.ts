/**
 * Keeps every declared OCOP search index in step with the catalogue read model for some products: the ones it
 * now shows are (re)written, the others removed. Each index is written on its own, so Meilisearch being down
 * never keeps the PostgreSQL index (the fallback) from following.
 */
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_PRODUCTS_INDEX, OCOP_PRODUCTS_MEILISEARCH_INDEX } from "./definition"
import { loadShowableRows, toSearchDocument } from "./documents"
import { forgetVocabulary } from "./typos"

type WritableSearchModule = {
  getIndex(name: string): unknown
  upsertDocuments(input: { index: string; documents: Record<string, unknown>[] }): Promise<unknown>
  deleteDocuments(input: { index: string; filters: Record<string, unknown> }): Promise<unknown>
}

/** The Search Module's answer for an index that was migrated but never seeded. */
const NOT_FILLED_YET = /has no active version yet/

export type SyncOutcome = { index: string; upserted: number; deleted: number; error?: string }

export async function syncCatalogueSearch(
  container: MedusaContainer,
  productIds: string[],
  now: Date = new Date()
): Promise<SyncOutcome[]> {
  const searchModule = container.resolve(Modules.SEARCH, { allowUnregistered: true }) as WritableSearchModule | undefined
  const ids = [...new Set(productIds)]
  if (!searchModule || !ids.length) return []
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  forgetVocabulary()
  const rows = await loadShowableRows(container.resolve(ContainerRegistrationKeys.QUERY), { now, product_ids: ids })
  const documents = rows.map(toSearchDocument)
  const shown = new Set(rows.map((row) => row.product_id))
  const gone = ids.filter((id) => !shown.has(id))

  const outcomes: SyncOutcome[] = []
  for (const index of declaredIndexes(searchModule)) {
    try {
      if (documents.length) await searchModule.upsertDocuments({ index, documents })
      if (gone.length) await searchModule.deleteDocuments({ index, filters: { id: gone } })
      outcomes.push({ index, upserted: documents.length, deleted: gone.length })
    } catch (error) {
      const message = (error as Error).message
      outcomes.push({ index, upserted: 0, deleted: 0, error: message })
      // A new index (fresh database, changed definition) is filled from the read model when the server starts,
      // changes included: nothing is missed, so nothing to warn about (the seed's first load hits this).
      if (NOT_FILLED_YET.test(message)) {
        logger.debug(`[OCOP search] "${index}" is not filled yet; the server's start-up seed will include this change.`)
        continue
      }
      logger.warn(
        `[OCOP search] Search index "${index}" missed a change to ${ids.length} product(s) (${message}). ` +
          `Searches fall back to the next engine while it is down; run \`npm run search:reindex\` once it is back.`
      )
    }
  }
  return outcomes
}

function declaredIndexes(searchModule: WritableSearchModule): string[] {
  return [OCOP_PRODUCTS_INDEX, OCOP_PRODUCTS_MEILISEARCH_INDEX].filter((name) => {
    try {
      searchModule.getIndex(name)
      return true
    } catch {
      return false
    }
  })
}

/**
 * Rebuilds the OCOP search indexes from the catalogue read model (`npm run search:reindex`, run through
 * `medusa exec`; the bootstrap also runs it after `npm run seed`). Medusa's own reindex builds a new version of
 * each index beside the one serving reads and swaps it in when full, so searches keep answering meanwhile.
 * An index that was never filled is left to the server's start-up seed, which fills it anyway.
 */
import type { ExecArgs, ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { OCOP_PRODUCTS_INDEX, OCOP_PRODUCTS_MEILISEARCH_INDEX } from "../lib/catalogue-search/definition"

export default async function reindexSearch({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve<ISearchModuleService>(Modules.SEARCH)
  const declared = new Map((await search.listIndexes()).map((index) => [index.name, index]))
  for (const name of [OCOP_PRODUCTS_INDEX, OCOP_PRODUCTS_MEILISEARCH_INDEX]) {
    const index = declared.get(name)
    if (!index) continue
    if (index.status === "pending") {
      logger.info(`[OCOP search] "${name}" was never filled; the server fills it when it starts.`)
      continue
    }
    const started = Date.now()
    await search.reindex({ index: name })
    const { metadata } = await search.search({ entity: name, pagination: { take: 0 }, search_options: { count: "exact" } })
    logger.info(`[OCOP search] Rebuilt "${name}" (${index.provider}): ${metadata.count} products in ${Date.now() - started} ms`)
  }
}

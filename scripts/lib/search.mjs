// @ts-check
/** Rebuilds the search indexes (PostgreSQL, and Meilisearch when configured) from the catalogue read model. */
import { medusaExec } from "./medusa.mjs"
import { PLUGIN } from "./plugin.mjs"

/** @param {import("./data-folder.mjs").DataFolder} folder @param {NodeJS.ProcessEnv} env  with DATABASE_URL */
export function reindexSearch(folder, env) {
  return medusaExec(PLUGIN.execScripts.reindexSearch, [], {
    env,
    logFile: folder.log("search-reindex.log"),
    what: "Rebuilding the search indexes",
  })
}

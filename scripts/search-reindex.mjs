// @ts-check
/**
 * `npm run search:reindex`: rebuilds the OCOP search indexes (PostgreSQL, and Meilisearch when MEILISEARCH_HOST
 * is set) from the catalogue read model, e.g. after Meilisearch was down while the catalogue changed. Uses the
 * running stack's database if `npm start` is up; the running server keeps answering meanwhile.
 */
import path from "node:path"
import { UserError, stackOptionsFromEnv } from "./lib/config.mjs"
import { createStack } from "./lib/stack.mjs"
import { runningStack } from "./lib/stack-file.mjs"

const options = stackOptionsFromEnv()
const running = await runningStack(options.dataDir)
const stack = createStack(running ? { ...options, databaseUrl: running.database_url } : options)
try {
  const started = Date.now()
  await stack.rebuildSearch()
  console.log(`✓ Search indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s (log: ${path.join(options.dataDir, "logs/search-reindex.log")})`)
} catch (error) {
  console.error(error instanceof UserError ? `✗ ${error.message}` : error)
  process.exitCode = 1
} finally {
  await stack.stop()
}

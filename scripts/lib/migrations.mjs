// @ts-check
/**
 * `medusa db:migrate`, run only when the schema may have changed since this database was last migrated. It also
 * creates and migrates the search indexes (`db:migrate:search`), whose definitions the plugin lists among its
 * schema sources; and whether Meilisearch is configured decides which indexes exist.
 */
import { fingerprint } from "./build.mjs"
import { medusa } from "./medusa.mjs"
import { PLUGIN } from "./plugin.mjs"

export const MIGRATION_INPUTS = ["package-lock.json", "backend/medusa-config.ts", ...PLUGIN.schemaSources]
export const migrationEnvironment = () => `meilisearch=${process.env.MEILISEARCH_HOST ?? ""}`

const migrationPrint = () => `${fingerprint(MIGRATION_INPUTS)}:${migrationEnvironment()}`

/** @param {import("./data-folder.mjs").DataFolder} folder @param {string} url */
export function isMigrationDue(folder, url) {
  return folder.migrated(url) !== migrationPrint()
}

/** @param {import("./data-folder.mjs").DataFolder} folder @param {string} url @param {NodeJS.ProcessEnv} env */
export async function migrate(folder, url, env) {
  const print = migrationPrint()
  await medusa(["db:migrate"], { env: { ...env, DATABASE_URL: url }, logFile: folder.log("migrate.log"), what: "medusa db:migrate" })
  folder.recordMigration(url, print)
}

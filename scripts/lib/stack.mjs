// @ts-check
/**
 * The bootstrap behind `npm start`, `npm run dev` and `npm test`, read top to bottom in `start()`: install,
 * build, database, migrate, seed, serve the backend and the storefront, and write stack.json for scripts and
 * tests. Each part is a module of its own beside this one:
 *
 *   install.mjs      npm install when the lockfile changed          build.mjs       builds, skipped when unchanged
 *   database.mjs     embedded PostgreSQL or DATABASE_URL            migrations.mjs  medusa db:migrate when the schema changed
 *   seed.mjs         the seed when it changed or its key is gone    search.mjs      the search indexes rebuilt
 *   servers.mjs      backend and storefront processes               stack-file.mjs  stack.json
 *   data-folder.mjs  logs, secrets, state.json                      plugin.mjs      what the plugin's package.json says
 *   admin-password.mjs  the admin's random password and its reset   medusa.mjs      Medusa's CLI and environment
 *
 * Every process it starts is tracked, and `stop()` ends them in order: storefront, backend, PostgreSQL.
 */
import fs from "node:fs"
import path from "node:path"
import { UserError, assertNodeVersion } from "./config.mjs"
import { ADMIN_PASSWORD_FILE, adminPasswordFor, keepAdminPassword, producerPasswordFor, setNewAdminPassword } from "./admin-password.mjs"
import { TARGETS, buildIfChanged, buildInOrder } from "./build.mjs"
import { dataFolder } from "./data-folder.mjs"
import { createDatabaseIfMissing, dropDatabase, startDatabase } from "./database.mjs"
import { ensureInstalled } from "./install.mjs"
import { stackEnvironment } from "./medusa.mjs"
import { isMigrationDue, migrate } from "./migrations.mjs"
import { runningServerPid } from "./postgres.mjs"
import { assertPortFree, stopService, waitForHttp } from "./processes.mjs"
import { reindexSearch } from "./search.mjs"
import { recordSeed, recordedSeed, runSeed as seed } from "./seed.mjs"
import { healthUrl, startBackend, startStorefront, untilServing } from "./servers.mjs"
import { updateStackFile, writeStackFile } from "./stack-file.mjs"

/** @typedef {import("./stack-file.mjs").StackInfo} StackInfo */

/**
 * @param {import("./config.mjs").StackOptions} options
 * @param {{ say?: (line: string) => void }} [io]
 */
export function createStack(options, { say = (line) => console.log(line) } = {}) {
  const folder = dataFolder(options.dataDir)
  /** @type {import("./processes.mjs").Service[]} */
  const services = []
  /** @type {import("./database.mjs").Database | undefined} */
  let database
  let stopped = false
  let wroteStackFile = false
  const timings = /** @type {Record<string, number>} */ ({})
  /** Set once the data folder's admin password is known; `created` when this start made it (say it once). */
  let adminLogin = /** @type {ReturnType<typeof adminPasswordFor> | undefined} */ (undefined)
  const admin = () => (adminLogin ??= adminPasswordFor(options.dataDir, { override: options.adminPassword }))
  const producerPassword = () => producerPasswordFor(options.dataDir, { override: process.env.OCOP_PRODUCER_PASSWORD }).password
  const environment = () => stackEnvironment(options, folder)
  /** @returns {NodeJS.ProcessEnv} */
  const databaseEnvironment = () => ({ ...environment(), DATABASE_URL: /** @type {import("./database.mjs").Database} */ (database).url })

  /** @template T @param {string} step @param {() => Promise<T>} work @returns {Promise<T>} */
  async function timed(step, work) {
    const started = Date.now()
    try {
      return await work()
    } finally {
      timings[step] = Date.now() - started
    }
  }

  /** @returns {Promise<StackInfo>} */
  async function start() {
    await preflight()
    await timed("install", async () => ensureInstalled({ say }))
    // Migrations and the seed need the plugin's build only: the database is prepared while the backend's build
    // runs (decisions 050 and 051). The dev servers build the backend and the storefront themselves.
    const { besides: seeded } = await buildInOrder({
      logDir: folder.logDir,
      env: environment(),
      say,
      only: options.dev ? [TARGETS.plugin] : undefined,
      besideBackend: prepareDatabase,
      timed,
    })
    await timed("serve", () => serve(seeded.publishable_key))
    return writeStackInfo(seeded)
  }

  async function preflight() {
    assertNodeVersion()
    await assertPortFree(options.backendPort, "BACKEND_PORT")
    await assertPortFree(options.storefrontPort, "STOREFRONT_PORT")
    // A server a killed run left on this data folder is stopped and started again, not reported as in the way.
    if (!options.databaseUrl && !runningServerPid(path.join(options.dataDir, "pg"))) {
      await assertPortFree(options.postgresPort, "POSTGRES_PORT")
    }
  }

  /** Migrations and the seed load the plugin from its build; the dev servers build the rest themselves. */
  const buildPlugin = () => buildIfChanged(TARGETS.plugin, { logFile: folder.log(TARGETS.plugin.log), env: environment(), say })

  /**
   * Starts the database, migrates it when the schema's inputs changed, and seeds it when it has never been
   * seeded or the seed changed. `reset` drops the database first; `forceSeed` runs the seed regardless.
   * @param {{ reset?: boolean, forceSeed?: boolean, seedArgs?: string[] }} [how]
   */
  async function prepareDatabase({ reset = false, forceSeed = false, seedArgs = [] } = {}) {
    await buildPlugin()
    database = await timed("database", () =>
      startDatabase({ dataDir: options.dataDir, postgresPort: options.postgresPort, databaseUrl: options.databaseUrl })
    )
    const url = database.url
    if (reset) {
      say("Dropping the database to start over…")
      await dropDatabase(url)
      await createDatabaseIfMissing(url)
      folder.forget(url)
    }
    const freshDatabase = !folder.migrated(url)
    if (isMigrationDue(folder, url)) {
      say("Migrating the database (medusa db:migrate)…")
      await timed("migrate", () => migrate(folder, url, environment()))
    }

    const { record, keyStillValid, current } = await recordedSeed(folder, url)
    if (record && current && !forceSeed) return record
    say(keyStillValid ? "Loading the seed data again (only what is new is added)…" : "Seeding the Đắk Lắk marketplace…")
    const seeded = recordSeed(folder, url, await timed("seed", () => runSeed(databaseEnvironment(), seedArgs)))
    // The seed's changes reach the search indexes through events, but `medusa exec` exits without waiting for
    // the last subscribers. A fresh database needs nothing: the server fills its new indexes as it starts.
    if (!freshDatabase) await timed("search", () => rebuildIndexes())
    return seeded
  }

  /**
   * Runs the seed with the data folder's logins and returns what it reported (publishable key, region, …).
   * @param {NodeJS.ProcessEnv} env  with DATABASE_URL @param {string[]} [args]
   */
  function runSeed(env, args = []) {
    return seed(folder, env, args, { adminEmail: options.adminEmail, adminPassword: admin().password, producerPassword: producerPassword() })
  }

  function rebuildIndexes() {
    say("Rebuilding the search indexes…")
    return reindexSearch(folder, databaseEnvironment())
  }

  /** Backend and storefront, started side by side; resolves when both answer. @param {string} publishableKey */
  async function serve(publishableKey) {
    const env = databaseEnvironment()
    const backend = startBackend({ options, folder, env })
    services.push(backend)
    const storefront = startStorefront({ options, folder, env: environment(), publishableKey })
    services.push(storefront)
    await Promise.all([untilServing(backend, options), untilServing(storefront, options)])
  }

  /** @param {import("./data-folder.mjs").SeedRecord} seeded @returns {StackInfo} */
  function writeStackInfo(seeded) {
    const env = databaseEnvironment()
    const info = {
      backend_url: /** @type {string} */ (env.MEDUSA_BACKEND_URL),
      storefront_url: /** @type {string} */ (env.STOREFRONT_URL),
      admin_email: options.adminEmail,
      admin_password: admin().password,
      publishable_key: seeded.publishable_key,
      database_url: /** @type {string} */ (env.DATABASE_URL),
      region_id: seeded.region_id,
      mail_dir: folder.mailDir,
      // The seller portal's demo owner (seed/src/load/producer-owner.ts).
      producer_email: seeded.producer_email,
      producer_password: producerPassword(),
      producer_handle: seeded.producer_handle,
      pids: pids(),
      timings_ms: { ...timings },
    }
    writeStackFile(folder.stackFile, info)
    wroteStackFile = true
    return info
  }

  async function stop() {
    if (stopped) return
    stopped = true
    for (const service of [...services].reverse()) await stopService(service)
    await database?.stop()
    if (wroteStackFile) fs.rmSync(folder.stackFile, { force: true })
  }

  /**
   * Starts a served process again after it died or was killed (the load test SIGKILLs the backend), with the
   * same command and environment (or with `env` changes), and waits until it answers.
   * @param {"backend" | "storefront"} name @param {{ env?: NodeJS.ProcessEnv }} [changes]
   */
  async function restartService(name, { env } = {}) {
    const index = services.findIndex((s) => s.name === name)
    if (index < 0) throw new Error(`No service named ${name}`)
    await stopService(services[index])
    const service = services[index].startAgain(env ? { ...services[index].env, ...env } : undefined)
    services[index] = service
    await waitForHttp(healthUrl(name, options), { service, timeoutMs: 90_000 })
    return service
  }

  /**
   * Stops the embedded PostgreSQL (fast shutdown: open connections are cut), waits `downMs`, and starts it on
   * the same data and port; the backend is left running, to see whether it recovers by itself.
   * @param {{ downMs?: number }} [how]
   */
  async function restartDatabase({ downMs = 0 } = {}) {
    if (!database?.embedded) throw new UserError("Only the embedded PostgreSQL can be restarted by the stack")
    await database.stop()
    await new Promise((resolve) => setTimeout(resolve, downMs))
    database = await startDatabase({ dataDir: options.dataDir, postgresPort: options.postgresPort })
  }

  /** The served processes' ids (process group leaders), for measurements and fault injection. */
  function pids() {
    return { ...Object.fromEntries(services.map((s) => [s.name, s.child.pid])), postgres: database?.pid }
  }

  /** Resolves when any served process exits by itself (a crash), with its name. */
  function whenAServiceExits() {
    return Promise.race(services.map((s) => s.exited.then((code) => ({ name: s.name, code }))))
  }

  /** `npm run search:reindex`: the database as `npm start` leaves it, then the rebuild. */
  async function rebuildSearch() {
    await prepareDatabase()
    await rebuildIndexes()
  }

  /**
   * `npm run admin:reset-password`: a new random password for an admin user; the stack's own admin's is kept
   * in the data folder and stack.json.
   * @param {{ email?: string }} [which]
   */
  async function resetAdminPassword({ email = options.adminEmail } = {}) {
    database = await startDatabase({ dataDir: options.dataDir, postgresPort: options.postgresPort, databaseUrl: options.databaseUrl })
    const password = await setNewAdminPassword(folder, databaseEnvironment(), email)
    const ownAdmin = email === options.adminEmail
    if (ownAdmin) {
      keepAdminPassword(options.dataDir, password)
      updateStackFile(folder.stackFile, { admin_password: password })
    }
    return { email, password, file: ownAdmin ? path.join(options.dataDir, ADMIN_PASSWORD_FILE) : null }
  }

  /** Whether this start made the admin's password (so it is printed once) and where it is kept. */
  function adminPassword() {
    return admin()
  }

  /** The database's URL once `start()` or `prepareDatabase()` has started it (the cluster's servers use it). */
  const databaseUrl = () => database?.url

  return { start, adminPassword, resetAdminPassword, prepareDatabase, rebuildSearch, stop, whenAServiceExits, restartService, restartDatabase, pids, timings, runSeed, databaseUrl, options }
}

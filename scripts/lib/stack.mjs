// @ts-check
/**
 * The bootstrap behind `npm start`, `npm run dev` and `npm test`: install, build, database, migrate, seed,
 * then serve the backend and the storefront, and write <dataDir>/stack.json for scripts and tests.
 * Every process it starts is tracked, and `stop()` ends them in order: storefront, backend, PostgreSQL.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { ROOT, UserError, assertNodeVersion } from "./config.mjs"
import { TARGETS, buildIfChanged, fingerprint } from "./build.mjs"
import { createDatabaseIfMissing, dropDatabase, startDatabase } from "./database.mjs"
import { ensureInstalled } from "./install.mjs"
import { adminPasswordFor, keepAdminPassword, producerPasswordFor, randomPassword, writePrivate } from "./admin-password.mjs"
import { assertPortFree, run, startService, stopService, waitForHttp } from "./processes.mjs"

const BIN = path.join(ROOT, "node_modules/.bin")

/** The plugin's folder, and what it says the bootstrap must know of it (the `ocop` field of its package.json). */
export const PLUGIN_DIR = "plugins/ocop"
const pluginManifest = JSON.parse(fs.readFileSync(path.join(ROOT, PLUGIN_DIR, "package.json"), "utf8")).ocop
/** @param {string[]} paths */
const inPlugin = (paths) => paths.map((p) => `${PLUGIN_DIR}/${p}`)

/**
 * Inputs whose change means the schema may have changed and `medusa db:migrate` must run again. It also
 * creates and migrates the search indexes (`db:migrate:search`), whose definitions the plugin lists among its
 * schema sources; and whether Meilisearch is configured decides which exist.
 */
export const MIGRATION_INPUTS = ["package-lock.json", "backend/medusa-config.ts", ...inPlugin(pluginManifest.schemaSources)]
export const migrationEnvironment = () => `meilisearch=${process.env.MEILISEARCH_HOST ?? ""}`
/** The seed puts every configured payment provider on the region: cards switched on later need it to run again. */
export const seedEnvironment = () => `stripe=${process.env.STRIPE_API_KEY ? "on" : "off"}`
export const SEED_INPUTS = ["seed/src", "seed/data", ...inPlugin(pluginManifest.seedReads)]

/**
 * @typedef {import("./config.mjs").StackOptions} StackOptions
 * @typedef {{ backend_url: string, storefront_url: string, admin_email: string, admin_password: string,
 *   publishable_key: string, database_url: string, region_id?: string, mail_dir: string,
 *   producer_email?: string, producer_password: string, producer_handle?: string }} StackInfo
 */

/** @param {string} file */
function isSymlink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * The stack `npm start` is running on this data folder, read from its stack.json, or undefined when none
 * answers: scripts run beside it on its database instead of starting another PostgreSQL.
 * @param {string} dataDir
 * @returns {Promise<StackInfo | undefined>}
 */
export async function runningStack(dataDir) {
  const stackFile = path.join(dataDir, "stack.json")
  if (!fs.existsSync(stackFile)) return undefined
  const info = JSON.parse(fs.readFileSync(stackFile, "utf8"))
  const alive = await fetch(`${info.backend_url}/health`).then((r) => r.ok, () => false)
  return alive ? info : undefined
}

/**
 * @param {StackOptions} options
 * @param {{ say?: (line: string) => void }} [io]
 */
export function createStack(options, { say = (line) => console.log(line) } = {}) {
  /** @type {import("./processes.mjs").Service[]} */
  const services = []
  /** @type {import("./database.mjs").Database | undefined} */
  let database
  let stopped = false
  let wroteStackFile = false
  const logDir = path.join(options.dataDir, "logs")
  const stackFile = path.join(options.dataDir, "stack.json")
  const uploadDir = path.join(options.dataDir, "uploads")
  // The file mail provider's outbox (order confirmations, password resets): a developer or a test reads it here.
  const mailDir = process.env.OCOP_MAIL_DIR || path.join(options.dataDir, "mail")
  const timings = /** @type {Record<string, number>} */ ({})
  /** Set once the data folder's admin password is known; `created` when this start made it (say it once). */
  let adminLogin = /** @type {ReturnType<typeof adminPasswordFor> | undefined} */ (undefined)
  const admin = () => (adminLogin ??= adminPasswordFor(options.dataDir, { override: options.adminPassword }))

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
    assertNodeVersion()
    await assertPortFree(options.backendPort, "BACKEND_PORT")
    await assertPortFree(options.storefrontPort, "STOREFRONT_PORT")
    if (!options.databaseUrl) await assertPortFree(options.postgresPort, "POSTGRES_PORT")

    await timed("install", () => ensureInstalled(say))
    const env = commonEnv()
    const buildLog = path.join(logDir, "build.log")
    if (!options.dev) {
      await timed("build", async () => {
        await buildIfChanged(TARGETS.plugin, { logFile: buildLog, env, say })
        // The backend's admin build and the storefront's Vite build are independent: run them side by side.
        await Promise.all([
          buildIfChanged(TARGETS.backend, { logFile: path.join(logDir, "build-backend.log"), env, say }),
          buildIfChanged(TARGETS.storefront, { logFile: path.join(logDir, "build-storefront.log"), env, say }),
        ])
      })
    } else {
      await buildIfChanged(TARGETS.plugin, { logFile: buildLog, env, say })
    }
    const seeded = await prepareDatabase()
    const backendUrl = env.MEDUSA_BACKEND_URL
    const storefrontUrl = env.STOREFRONT_URL
    const dbEnv = { ...env, DATABASE_URL: /** @type {import("./database.mjs").Database} */ (database).url }

    linkStaticToUploads(path.join(ROOT, options.dev ? "backend" : "backend/.medusa/server"))
    await timed("serve", async () => {
      const backend = options.dev
        ? startService("backend", path.join(BIN, "medusa"), ["develop"], {
            cwd: path.join(ROOT, "backend"),
            env: { ...dbEnv, PORT: String(options.backendPort) },
          })
        : startService("backend", path.join(BIN, "medusa"), ["start"], {
            cwd: path.join(ROOT, "backend/.medusa/server"),
            env: { ...dbEnv, NODE_ENV: "production", PORT: String(options.backendPort) },
            logFile: path.join(logDir, "backend.log"),
          })
      services.push(backend)
      const storefrontEnv = {
        ...env,
        PORT: String(options.storefrontPort),
        MEDUSA_PUBLISHABLE_KEY: seeded.publishable_key,
      }
      const storefront = options.dev
        ? startService("storefront", path.join(BIN, "remix"), ["vite:dev", "--port", String(options.storefrontPort)], {
            cwd: path.join(ROOT, "storefront"),
            env: storefrontEnv,
          })
        : startService("storefront", process.execPath, [path.join(ROOT, "storefront/server.mjs")], {
            cwd: path.join(ROOT, "storefront"),
            env: { ...storefrontEnv, NODE_ENV: "production" },
            logFile: path.join(logDir, "storefront.log"),
          })
      services.push(storefront)
      await Promise.all([
        waitForHttp(`${backendUrl}/health`, { service: backend, timeoutMs: options.dev ? 180_000 : 90_000 }),
        waitForHttp(`${storefrontUrl}/`, { service: storefront, timeoutMs: options.dev ? 180_000 : 60_000 }),
      ])
    })

    /** @type {StackInfo} */
    const info = {
      backend_url: backendUrl,
      storefront_url: storefrontUrl,
      admin_email: options.adminEmail,
      admin_password: admin().password,
      publishable_key: seeded.publishable_key,
      database_url: dbEnv.DATABASE_URL,
      region_id: seeded.region_id,
      mail_dir: mailDir,
      // The seller portal's demo owner (seed/src/load/producer-owner.ts).
      producer_email: seeded.producer_email,
      producer_password: producerPasswordFor(options.dataDir, { override: process.env.OCOP_PRODUCER_PASSWORD }).password,
      producer_handle: seeded.producer_handle,
    }
    // It holds passwords: the owner's only, like secrets.json.
    writePrivate(stackFile, JSON.stringify(info, null, 2) + "\n")
    wroteStackFile = true
    return info
  }

  /** The environment every Medusa command and server of this stack runs with. */
  function commonEnv() {
    fs.mkdirSync(logDir, { recursive: true })
    const secrets = loadSecrets()
    return {
      ...process.env,
      MEDUSA_DISABLE_TELEMETRY: "true",
      MEDUSA_BACKEND_URL: `http://localhost:${options.backendPort}`,
      STOREFRONT_URL: `http://localhost:${options.storefrontPort}`,
      JWT_SECRET: process.env.JWT_SECRET || secrets.jwt,
      COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookie,
      OCOP_UPLOAD_DIR: uploadDir,
      OCOP_MAIL_DIR: mailDir,
    }
  }

  /**
   * Medusa serves `/static` from `<its base dir>/static`; point that at the uploads folder, which outlives
   * rebuilds of `.medusa/server`.
   * @param {string} baseDir
   */
  function linkStaticToUploads(baseDir) {
    fs.mkdirSync(uploadDir, { recursive: true })
    const link = path.join(baseDir, "static")
    const current = fs.existsSync(link) || isSymlink(link) ? fs.lstatSync(link) : undefined
    if (current?.isSymbolicLink() && fs.readlinkSync(link) === uploadDir) return
    if (current) fs.rmSync(link, { recursive: true, force: true })
    fs.symlinkSync(uploadDir, link, "dir")
  }

  /**
   * Starts the database, migrates it when the schema's inputs changed, and seeds it when it has never been
   * seeded or the seed changed. `reset` drops the database first; `forceSeed` runs the seed regardless.
   * @param {{ reset?: boolean, forceSeed?: boolean, seedArgs?: string[] }} [how]
   */
  async function prepareDatabase({ reset = false, forceSeed = false, seedArgs = [] } = {}) {
    const env = commonEnv()
    // Migrations and the seed load the plugin from its build.
    await buildIfChanged(TARGETS.plugin, { logFile: path.join(logDir, "build.log"), env, say })
    database = await timed("database", () =>
      startDatabase({ dataDir: options.dataDir, postgresPort: options.postgresPort, databaseUrl: options.databaseUrl })
    )
    const url = database.url
    if (reset) {
      say("Dropping the database to start over…")
      await dropDatabase(url)
      await createDatabaseIfMissing(url)
      const { migrations = {}, seeds = {} } = readState()
      delete migrations[url]
      delete seeds[url]
      writeState({ ...readState(), migrations, seeds })
    }
    const dbEnv = { ...env, DATABASE_URL: url }

    const migrationPrint = `${fingerprint(MIGRATION_INPUTS)}:${migrationEnvironment()}`
    const freshDatabase = !readState().migrations?.[url]
    if (readState().migrations?.[url] !== migrationPrint) {
      say("Migrating the database (medusa db:migrate)…")
      await timed("migrate", () =>
        run(path.join(BIN, "medusa"), ["db:migrate"], {
          cwd: path.join(ROOT, "backend"),
          env: dbEnv,
          logFile: path.join(logDir, "migrate.log"),
          what: "medusa db:migrate",
        })
      )
      writeState({ ...readState(), migrations: { ...readState().migrations, [url]: migrationPrint } })
    }

    const seedPrint = `${fingerprint(SEED_INPUTS)}:${seedEnvironment()}`
    let seeded = readState().seeds?.[url]
    const keyStillValid = seeded && (await isPublishableKeyValid(url, seeded.publishable_key))
    if (forceSeed || !keyStillValid || seeded.fingerprint !== seedPrint) {
      say(keyStillValid ? "Loading the seed data again (only what is new is added)…" : "Seeding the Đắk Lắk marketplace…")
      const result = await timed("seed", () => runSeed(dbEnv, seedArgs))
      seeded = {
        fingerprint: seedPrint,
        publishable_key: result.publishable_key,
        region_id: result.region_id,
        producer_email: result.producer_email,
        producer_handle: result.producer_handle,
      }
      writeState({ ...readState(), seeds: { ...readState().seeds, [url]: seeded } })
      // The seed's changes reach the search indexes through events, but `medusa exec` exits without waiting for
      // the last subscribers. A fresh database needs nothing: the server fills its new indexes as it starts.
      if (!freshDatabase) await timed("search", () => reindexSearch(dbEnv))
    }
    return /** @type {{ fingerprint: string, publishable_key: string, region_id: string, producer_email?: string, producer_handle?: string }} */ (seeded)
  }

  /**
   * Runs the seed through `medusa exec`; it reports the storefront's publishable key in a file.
   * @param {NodeJS.ProcessEnv} env @param {string[]} [args]
   * @returns {Promise<{ publishable_key: string, region_id: string }>}
   */
  async function runSeed(env, args = []) {
    const output = path.join(options.dataDir, "seed-result.json")
    fs.rmSync(output, { force: true })
    await run(path.join(BIN, "medusa"), ["exec", "../seed/src/seed.ts", ...args], {
      cwd: path.join(ROOT, "backend"),
      env: {
        ...env,
        OCOP_SEED_OUTPUT: output,
        OCOP_ADMIN_EMAIL: options.adminEmail,
        OCOP_ADMIN_PASSWORD: admin().password,
        OCOP_PRODUCER_PASSWORD: producerPasswordFor(options.dataDir, { override: process.env.OCOP_PRODUCER_PASSWORD }).password,
      },
      logFile: path.join(logDir, "seed.log"),
      what: "Seeding",
    })
    if (!fs.existsSync(output)) throw new UserError(`The seed reported nothing: see ${path.join(logDir, "seed.log")}`)
    return JSON.parse(fs.readFileSync(output, "utf8"))
  }

  /**
   * Rebuilds the search indexes from the catalogue read model (the plugin's built reindex script).
   * @param {NodeJS.ProcessEnv} env
   */
  async function reindexSearch(env) {
    say("Rebuilding the search indexes…")
    await run(path.join(BIN, "medusa"), ["exec", path.join(ROOT, PLUGIN_DIR, pluginManifest.reindexSearchScript)], {
      cwd: path.join(ROOT, "backend"),
      env,
      logFile: path.join(logDir, "search-reindex.log"),
      what: "Rebuilding the search indexes",
    })
  }

  /**
   * A data folder copied elsewhere, or a database reset behind our back, must not hand out a stale key.
   * @param {string} url @param {string} token
   */
  async function isPublishableKeyValid(url, token) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rowCount } = await client.query(
        "select 1 from api_key where token = $1 and revoked_at is null and deleted_at is null",
        [token]
      )
      return Boolean(rowCount)
    } catch {
      return false // the table is not there yet
    } finally {
      await client.end()
    }
  }

  function readState() {
    const file = path.join(options.dataDir, "state.json")
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  }

  /** @param {object} state */
  function writeState(state) {
    fs.writeFileSync(path.join(options.dataDir, "state.json"), JSON.stringify(state, null, 2) + "\n")
  }

  /** Secrets made once per data folder: sessions survive restarts, and no two installs share a secret. */
  function loadSecrets() {
    const file = path.join(options.dataDir, "secrets.json")
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"))
    const secrets = { jwt: crypto.randomBytes(32).toString("hex"), cookie: crypto.randomBytes(32).toString("hex") }
    fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
    return secrets
  }

  async function stop() {
    if (stopped) return
    stopped = true
    for (const service of [...services].reverse()) await stopService(service)
    await database?.stop()
    if (wroteStackFile) fs.rmSync(stackFile, { force: true })
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
    const url = name === "backend" ? `http://localhost:${options.backendPort}/health` : `http://localhost:${options.storefrontPort}/`
    await waitForHttp(url, { service, timeoutMs: 90_000 })
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
    await reindexSearch({ ...commonEnv(), DATABASE_URL: /** @type {import("./database.mjs").Database} */ (database).url })
  }

  /**
   * A new random password for an admin user, set through Medusa's auth module (plugins/ocop/src/scripts/
   * reset-admin-password.ts); the stack's own admin's is kept in the data folder and stack.json.
   * @param {{ email?: string }} [which]
   */
  async function resetAdminPassword({ email = options.adminEmail } = {}) {
    const password = randomPassword()
    database = await startDatabase({ dataDir: options.dataDir, postgresPort: options.postgresPort, databaseUrl: options.databaseUrl })
    await run(path.join(BIN, "medusa"), ["exec", path.join(ROOT, PLUGIN_DIR, pluginManifest.resetAdminPasswordScript)], {
      cwd: path.join(ROOT, "backend"),
      env: { ...commonEnv(), DATABASE_URL: database.url, OCOP_RESET_ADMIN_EMAIL: email, OCOP_RESET_ADMIN_PASSWORD: password },
      logFile: path.join(logDir, "admin-reset-password.log"),
      what: "Resetting the admin password",
    })
    const ownAdmin = email === options.adminEmail
    if (ownAdmin) {
      keepAdminPassword(options.dataDir, password)
      if (fs.existsSync(stackFile)) {
        const info = JSON.parse(fs.readFileSync(stackFile, "utf8"))
        writePrivate(stackFile, JSON.stringify({ ...info, admin_password: password }, null, 2) + "\n")
      }
    }
    return { email, password, file: ownAdmin ? path.join(options.dataDir, "admin-password") : null }
  }

  /** Whether this start made the admin's password (so it is printed once) and where it is kept. */
  function adminPassword() {
    return admin()
  }

  return { start, adminPassword, resetAdminPassword, prepareDatabase, rebuildSearch, stop, whenAServiceExits, restartService, restartDatabase, pids, timings, runSeed, options }
}

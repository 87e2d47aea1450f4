// @ts-check
/**
 * The database: the user's own PostgreSQL when DATABASE_URL is set, otherwise the embedded one, started by its
 * own pg_ctl (postgres.mjs) with its data in <dataDir>/pg.
 */
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { UserError } from "./config.mjs"
import { startPostgres, stopPostgres } from "./postgres.mjs"

export const EMBEDDED_DATABASE = "ocop"

/**
 * @typedef {object} Database
 * @property {string} url
 * @property {boolean} embedded
 * @property {() => Promise<void>} stop
 * @property {number} [pid]  the embedded server's postmaster (its other processes are its children)
 */

/**
 * @param {{ dataDir: string, postgresPort: number, databaseUrl?: string, databaseName?: string }} options
 * @returns {Promise<Database>}
 */
export async function startDatabase({ dataDir, postgresPort, databaseUrl, databaseName = EMBEDDED_DATABASE }) {
  if (databaseUrl) {
    await createDatabaseIfMissing(databaseUrl)
    return { url: databaseUrl, embedded: false, stop: async () => {} }
  }
  const pgDir = path.join(dataDir, "pg")
  assertReachableByPostgresUser(pgDir)
  fs.mkdirSync(dataDir, { recursive: true })
  const logFile = path.join(dataDir, "postgres.log")
  /** @type {number} */
  let pid
  try {
    pid = await startPostgres({ dataDir: pgDir, port: postgresPort, logFile })
  } catch (error) {
    throw new UserError(`The embedded PostgreSQL did not start (${error instanceof Error ? error.message : error}); see ${logFile}`)
  }
  const url = `postgres://postgres:postgres@localhost:${postgresPort}/${databaseName}`
  await createDatabaseIfMissing(url)
  return {
    url,
    embedded: true,
    pid,
    stop: () => stopPostgres({ dataDir: pgDir, logFile }),
  }
}

/** @param {string} url */
export async function createDatabaseIfMissing(url) {
  await onServerOf(url, async (client, name) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) await client.query(`create database ${quoted(name)}`)
  })
}

/** @param {string} url */
export async function dropDatabase(url) {
  await onServerOf(url, (client, name) => client.query(`drop database if exists ${quoted(name)} with (force)`))
}

/**
 * Runs `work` connected to the `postgres` database of the server that holds `url`'s database (a database cannot
 * be created or dropped from inside itself), with that database's name.
 * @param {string} url @param {(client: pg.Client, name: string) => Promise<unknown>} work
 */
async function onServerOf(url, work) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = "/postgres"
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    await work(client, name)
  } finally {
    await client.end()
  }
}

/** @param {string} name */
const quoted = (name) => `"${name.replaceAll('"', '""')}"`

/**
 * As root, the embedded server runs as the `postgres` user, which must be able to enter every folder above
 * its data directory; initdb otherwise dies with a bare EACCES.
 * @param {string} dir
 */
function assertReachableByPostgresUser(dir) {
  if (process.getuid?.() !== 0) return
  for (let parent = path.dirname(dir); parent !== path.dirname(parent); parent = path.dirname(parent)) {
    if (!fs.existsSync(parent)) continue
    if ((fs.statSync(parent).mode & 0o001) === 0) {
      throw new UserError(
        `The embedded PostgreSQL runs as user "postgres", which cannot enter ${parent}: ` +
          `run "chmod o+x ${parent}", move the project, or set OCOP_DATA_DIR or DATABASE_URL.`
      )
    }
  }
}

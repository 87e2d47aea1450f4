// @ts-check
/**
 * The seed (seed/src/seed.ts through `medusa exec`), run when the database has never been seeded, when the seed
 * or what it reads of the plugin changed, or when the publishable key it reported is gone. It reports the
 * storefront's publishable key, the region and the demo producer in a file.
 */
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { ROOT, UserError } from "./config.mjs"
import { fingerprint } from "./build.mjs"
import { medusaExec } from "./medusa.mjs"
import { PLUGIN } from "./plugin.mjs"

export const SEED_INPUTS = ["seed/src", "seed/data", ...PLUGIN.seedReads]
/** The seed puts every configured payment provider on the region: cards switched on later need it to run again. */
export const seedEnvironment = () => `stripe=${process.env.STRIPE_API_KEY ? "on" : "off"}`
const SEED_SCRIPT = path.join(ROOT, "seed/src/seed.ts")

const seedPrint = () => `${fingerprint(SEED_INPUTS)}:${seedEnvironment()}`

/**
 * The seed this database holds, and whether it is the current one with its key still in the database.
 * @param {import("./data-folder.mjs").DataFolder} folder @param {string} url
 */
export async function recordedSeed(folder, url) {
  const record = folder.seeded(url)
  const keyStillValid = Boolean(record && (await isPublishableKeyValid(url, record.publishable_key)))
  return { record, keyStillValid, current: keyStillValid && record?.fingerprint === seedPrint() }
}

/**
 * @typedef {{ publishable_key: string, region_id: string, producer_email?: string, producer_handle?: string }} SeedResult
 * @typedef {{ adminEmail: string, adminPassword: string, producerPassword: string }} SeedLogins
 */

/**
 * Runs the seed and returns what it reported.
 * @param {import("./data-folder.mjs").DataFolder} folder @param {NodeJS.ProcessEnv} env  with DATABASE_URL
 * @param {string[]} args @param {SeedLogins} logins
 * @returns {Promise<SeedResult>}
 */
export async function runSeed(folder, env, args, logins) {
  const output = path.join(folder.dir, "seed-result.json")
  fs.rmSync(output, { force: true })
  await medusaExec(SEED_SCRIPT, args, {
    env: {
      ...env,
      OCOP_SEED_OUTPUT: output,
      OCOP_ADMIN_EMAIL: logins.adminEmail,
      OCOP_ADMIN_PASSWORD: logins.adminPassword,
      OCOP_PRODUCER_PASSWORD: logins.producerPassword,
    },
    logFile: folder.log("seed.log"),
    what: "Seeding",
  })
  if (!fs.existsSync(output)) throw new UserError(`The seed reported nothing: see ${folder.log("seed.log")}`)
  return JSON.parse(fs.readFileSync(output, "utf8"))
}

/**
 * Keeps what the seed reported for this database, with the fingerprint of the seed that ran.
 * @param {import("./data-folder.mjs").DataFolder} folder @param {string} url @param {SeedResult} result
 */
export function recordSeed(folder, url, result) {
  const record = {
    fingerprint: seedPrint(),
    publishable_key: result.publishable_key,
    region_id: result.region_id,
    producer_email: result.producer_email,
    producer_handle: result.producer_handle,
  }
  folder.recordSeed(url, record)
  return record
}

/**
 * A data folder copied elsewhere, or a database reset behind our back, must not hand out a stale key.
 * @param {string} url @param {string} token
 */
async function isPublishableKeyValid(url, token) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from api_key where token = $1 and revoked_at is null and deleted_at is null", [token])
    return Boolean(rowCount)
  } catch {
    return false // the table is not there yet
  } finally {
    await client.end()
  }
}

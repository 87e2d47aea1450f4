// @ts-check
/**
 * Bare Medusa beside the bench's backend (issue 22): the same Medusa version without the OCOP plugin
 * (test/bench/bare-medusa/medusa-config.js), serving a copy of the bench's seeded database, so that the whole
 * checkout is measured against Medusa's own in the same run, on the same products, region and publishable key.
 *
 * The copy is made before any server connects to the seeded database (CREATE DATABASE … TEMPLATE needs the
 * source idle): startSeededStack calls copySeededDatabase between copying the template and starting the stack.
 */
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import pg from "pg"
import { ROOT } from "../../../scripts/lib/config.mjs"
import { dataFolder } from "../../../scripts/lib/data-folder.mjs"
import { startDatabase } from "../../../scripts/lib/database.mjs"
import { stackEnvironment } from "../../../scripts/lib/medusa.mjs"
import { stopService, waitForHttp } from "../../../scripts/lib/processes.mjs"
import { startMedusaServer } from "../../../scripts/lib/servers.mjs"

export const BARE_DATABASE = "ocop_bare"
const BARE_DIR = path.join(ROOT, "test/bench/bare-medusa")
/** The Medusa both backends run (package-lock.json's), as `medusa start` in BARE_DIR resolves it. */
export const MEDUSA_VERSION = /** @type {string} */ (createRequire(path.join(BARE_DIR, "package.json"))("@medusajs/medusa/package.json").version)

/** The plugin's per-parcel home delivery (plugins/ocop/src/providers/parcel-delivery); bare Medusa has no such provider. */
const PARCEL_PROVIDER = "parcel_ocop"
const MANUAL_PROVIDER = "manual_manual"

/**
 * A copy of the data folder's seeded database under BARE_DATABASE, on its embedded PostgreSQL started only for
 * this (no other connection, so TEMPLATE works; FILE_COPY copies the files instead of writing them through WAL,
 * seconds for a 10 000-product database).
 * @param {string} dir @param {number} postgresPort
 */
export async function copySeededDatabase(dir, postgresPort) {
  const database = await startDatabase({ dataDir: dir, postgresPort })
  try {
    const source = new URL(database.url)
    const name = decodeURIComponent(source.pathname.slice(1))
    source.pathname = "/postgres"
    const client = new pg.Client({ connectionString: source.toString() })
    await client.connect()
    try {
      await client.query(`drop database if exists ${BARE_DATABASE}`)
      await client.query(`create database ${BARE_DATABASE} template "${name}" strategy file_copy`)
    } finally {
      await client.end()
    }
  } finally {
    await database.stop()
  }
}

/**
 * Starts bare Medusa on the copy, waits until it answers, and gives it home delivery it can serve (see
 * homeDeliveryWithoutPlugin). `stop()` ends it; the copy goes with the run's data folder.
 * @param {{ dir: string, info: any, options: import("../../../scripts/lib/config.mjs").StackOptions, port: number,
 *   say: (line: string) => void }} how  `dir` the run's data folder, `info` the bench stack's stack.json
 */
export async function startBareMedusa({ dir, info, options, port, say }) {
  const folder = dataFolder(dir)
  const databaseUrl = new URL(info.database_url)
  databaseUrl.pathname = `/${BARE_DATABASE}`
  // The bench backend's environment (its secrets, mail and upload folders), on another port and database.
  const env = {
    ...stackEnvironment({ ...options, backendPort: port }, folder),
    DATABASE_URL: databaseUrl.toString(),
    NODE_ENV: "production",
    PORT: String(port),
  }
  fs.mkdirSync(folder.logDir, { recursive: true })
  const started = Date.now()
  const service = startMedusaServer("bare-medusa", BARE_DIR, env, folder.log("bare-medusa.log"))
  const url = `http://localhost:${port}`
  try {
    await waitForHttp(`${url}/health`, { service, timeoutMs: 120_000 })
    say(`bare Medusa up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${url} (log ${folder.log("bare-medusa.log")})`)
    const delivery = await homeDeliveryWithoutPlugin(url, info)
    return { url, delivery, pid: service.child.pid, stop: () => stopService(service) }
  } catch (error) {
    await stopService(service)
    throw error
  }
}

/**
 * The plugin's home delivery is a calculated price of its own fulfillment provider (the zone's price per
 * producer's parcel), which bare Medusa cannot load. Through bare Medusa's admin API, each such option is replaced
 * by one of Medusa's manual provider with the same name, zone, type and rules at a flat price of one parcel: what
 * a one-producer cart pays in both. Pickup options are Medusa's manual provider already and stay as they are.
 * @param {string} url @param {{ admin_email: string, admin_password: string, region_id: string }} info
 */
async function homeDeliveryWithoutPlugin(url, info) {
  const login = await fetch(`${url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: info.admin_email, password: info.admin_password }),
  })
  if (!login.ok) throw new Error(`bare Medusa: admin login answered ${login.status}`)
  const { token } = /** @type {any} */ (await login.json())
  /** @param {string} method @param {string} p @param {unknown} [body] */
  const admin = async (method, p, body) => {
    const response = await fetch(`${url}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = /** @type {any} */ (await response.json().catch(() => ({})))
    if (!response.ok) throw new Error(`bare Medusa: ${method} ${p} answered ${response.status} ${JSON.stringify(json).slice(0, 300)}`)
    return json
  }
  const fields = "id,name,provider_id,price_type,data,service_zone_id,shipping_profile_id,*type,*rules"
  const { shipping_options } = await admin("GET", `/admin/shipping-options?limit=1000&fields=${fields}`)
  const parcels = shipping_options.filter((/** @type {any} */ o) => o.provider_id === PARCEL_PROVIDER)
  for (const option of parcels) {
    const price = Number(option.data?.parcel_price)
    if (!Number.isFinite(price)) throw new Error(`bare Medusa: option ${option.id} has no parcel_price`)
    await admin("POST", "/admin/shipping-options", {
      name: option.name,
      service_zone_id: option.service_zone_id,
      shipping_profile_id: option.shipping_profile_id,
      provider_id: MANUAL_PROVIDER,
      price_type: "flat",
      type: { code: option.type.code, label: option.type.label, description: option.type.description ?? undefined },
      prices: [
        { currency_code: "vnd", amount: price },
        { region_id: info.region_id, amount: price },
      ],
      rules: (option.rules ?? []).map((/** @type {any} */ r) => ({ attribute: r.attribute, operator: r.operator, value: r.value })),
      data: option.data,
    })
    await admin("DELETE", `/admin/shipping-options/${option.id}`)
  }
  return `${parcels.length} per-parcel home delivery options replaced by Medusa's manual provider at one parcel's flat price`
}

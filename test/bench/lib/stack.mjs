// @ts-check
/**
 * The stacks that `npm run bench` and `npm run test:load` measure: the same bootstrap as `npm start`
 * (scripts/lib/stack.mjs), seeded with N generated products, on ports and data folders of their own, outside
 * the repository.
 *
 * Seeding 10 000 products takes about 3 minutes, so each seeded data folder is kept as a template, keyed by the
 * seed's fingerprint (its sources and data) and N, under OCOP_BENCH_CACHE (default /var/tmp/ocop-bench: the
 * embedded server's `postgres` user must be able to enter it, which rules out /root). A bigger N starts from a
 * copy of the biggest smaller template, since product i is always the same product. Every run then works on a
 * copy of the template, so orders and stock taken by one run never change what the next one measures.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import pg from "pg"
import { fingerprint } from "../../../scripts/lib/build.mjs"
import { stackOptionsFromEnv } from "../../../scripts/lib/config.mjs"
import { SEED_INPUTS } from "../../../scripts/lib/seed.mjs"
import { createStack } from "../../../scripts/lib/stack.mjs"
import { copySeededDatabase } from "./bare-medusa.mjs"

/**
 * Port ranges given to the bench and the load test (README, "Benchmarks and load"); `BENCH_PORTS`, `LOAD_PORTS`
 * and `TEMPLATE_PORTS` ("backend,storefront,postgres") move them, for a second run beside one already going.
 */
export const PORTS = {
  bench: portsFromEnv("BENCH_PORTS", { backend: 9850, storefront: 3850, postgres: 54530 }),
  load: portsFromEnv("LOAD_PORTS", { backend: 9860, storefront: 3860, postgres: 54531 }),
  template: portsFromEnv("TEMPLATE_PORTS", { backend: 9870, storefront: 3870, postgres: 54532 }),
}

/**
 * Bare Medusa's port during the bench's checkout (bare-medusa.mjs): `BENCH_BARE_PORT`, or the bench backend's + 5
 * (9855), clear of the load test's and the templates' ranges.
 */
export const BARE_PORT = Number(process.env.BENCH_BARE_PORT) || PORTS.bench.backend + 5

/** @param {string} name @param {{ backend: number, storefront: number, postgres: number }} fallback */
function portsFromEnv(name, fallback) {
  const value = process.env[name]
  if (!value) return fallback
  const [backend, storefront, postgres] = value.split(",").map(Number)
  if (![backend, storefront, postgres].every((port) => Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`${name}=${value}: three ports, "backend,storefront,postgres"`)
  }
  return { backend, storefront, postgres }
}

export function cacheRoot() {
  const dir = path.resolve(process.env.OCOP_BENCH_CACHE || "/var/tmp/ocop-bench")
  fs.mkdirSync(dir, { recursive: true })
  fs.chmodSync(dir, 0o755)
  return dir
}

const seedKey = () => fingerprint(SEED_INPUTS).slice(0, 12)

/**
 * @param {string} from @param {string} to
 * `cp -a` keeps the owner (`postgres`) and modes of PostgreSQL's files, which it checks on start.
 */
function copyDir(from, to) {
  fs.rmSync(to, { recursive: true, force: true })
  const result = spawnSync("cp", ["-a", from, to], { stdio: "inherit" })
  if (result.status !== 0) throw new Error(`cp -a ${from} ${to} failed`)
  fs.rmSync(path.join(to, "pg", "postmaster.pid"), { force: true })
  fs.rmSync(path.join(to, "stack.json"), { force: true })
}

/**
 * state.json remembers migrations and seeds per database URL, which holds the port: a copy served on other
 * ports must find its own state, or the bootstrap would migrate and seed it again.
 * @param {string} dir @param {number} fromPort @param {number} toPort
 */
function movePortInState(dir, fromPort, toPort) {
  const file = path.join(dir, "state.json")
  if (!fs.existsSync(file) || fromPort === toPort) return
  fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll(`:${fromPort}/`, `:${toPort}/`))
}

/**
 * A template's folder name: `scale-10000-<seed key>`, `scale-20000-pall-<seed key>` for the national generator
 * over every province (`-p66_79-` for some), and `-orders-M` before the key when producers' orders were added.
 * @param {number} scale @param {string | undefined} provinces @param {number} orders @param {string} key
 */
const templateName = (scale, provinces, orders, key) =>
  `scale-${scale}${provinces ? `-p${provinces.replaceAll(",", "_")}` : ""}${orders ? `-orders-${orders}` : ""}-${key}`
const TEMPLATE = /^scale-(\d+)(?:-p(\w+?))?(?:-orders-(\d+))?-([0-9a-f]{12})$/

/**
 * Product-only templates of this seed and of the same provinces.
 * @param {string} root @param {string} key @param {string | undefined} provinces @returns {{ scale: number, dir: string }[]}
 */
function templates(root, key, provinces) {
  const series = provinces?.replaceAll(",", "_")
  return fs
    .readdirSync(root)
    .map((name) => TEMPLATE.exec(name))
    .filter((m) => m && m[4] === key && m[2] === series && !m[3] && fs.existsSync(path.join(root, m[0], "bench-seeded.json")))
    .map((m) => ({ scale: Number(/** @type {RegExpExecArray} */ (m)[1]), dir: path.join(root, /** @type {RegExpExecArray} */ (m)[0]) }))
}

/**
 * The seeded template for N products (and M producers' orders, `--orders`): made once (minutes), then only
 * checked (migrated if the schema moved on). Orders are added to a copy of the products' template. `provinces`
 * ("all" or codes) seeds the products with the national generator (`npm run seed -- --provinces`).
 * @param {number} scale @param {(line: string) => void} say @param {{ provinces?: string, orders?: number }} [how]
 * @returns {Promise<string>}
 */
export async function ensureTemplate(scale, say, { provinces, orders = 0 } = {}) {
  const root = cacheRoot()
  const key = seedKey()
  // Templates of an older seed are never used again.
  for (const name of fs.readdirSync(root)) {
    const m = TEMPLATE.exec(name)
    if (m && m[4] !== key) fs.rmSync(path.join(root, name), { recursive: true, force: true })
  }
  const dir = path.join(root, templateName(scale, provinces, orders, key))
  const marker = path.join(dir, "bench-seeded.json")
  const ready = fs.existsSync(marker)
  if (!ready && orders) {
    const products = await ensureTemplate(scale, say, { provinces })
    say(`Placing ${orders} producers' orders on a copy of the ${scale}-product template…`)
    copyDir(products, dir)
  } else if (!ready) {
    const smaller = templates(root, key, provinces)
      .filter((t) => t.scale < scale)
      .sort((a, b) => b.scale - a.scale)[0]
    if (smaller) {
      say(`Seeding ${scale} products, starting from the template of ${smaller.scale}…`)
      copyDir(smaller.dir, dir)
    } else {
      say(`Seeding ${scale} products into ${dir} (10 000 take about 3 minutes; kept for the next runs)…`)
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
  fs.mkdirSync(dir, { recursive: true })
  fs.chmodSync(dir, 0o755)
  const started = Date.now()
  const stack = createStack(
    {
      ...stackOptionsFromEnv(),
      dataDir: dir,
      databaseUrl: undefined,
      backendPort: PORTS.template.backend,
      storefrontPort: PORTS.template.storefront,
      postgresPort: PORTS.template.postgres,
    },
    { say }
  )
  try {
    await stack.prepareDatabase({
      forceSeed: !ready,
      seedArgs: [`scale=${scale}`, ...(provinces ? [`provinces=${provinces}`] : []), ...(orders ? [`orders=${orders}`] : [])],
    })
  } finally {
    await stack.stop()
  }
  if (!ready) {
    fs.writeFileSync(marker, JSON.stringify({ scale, provinces: provinces ?? "66", orders, seed_key: key, seeded_s: (Date.now() - started) / 1000 }) + "\n")
    say(`Seeded ${scale} products${orders ? ` and ${orders} orders` : ""} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
  }
  return dir
}

/**
 * A running stack with N generated products on a fresh copy of the template. `stop()` ends every process and
 * deletes the copy. `bareCopy`: a second database, a copy of the seeded one for bare Medusa (bare-medusa.mjs),
 * made before the backend first connects.
 * @param {{ scale: number, provinces?: string, orders?: number, ports: { backend: number, storefront: number, postgres: number }, name: string,
 *   say?: (line: string) => void, bareCopy?: boolean }} options
 */
export async function startSeededStack({ scale, provinces, orders = 0, ports, name, say = (line) => console.error(`[${name}] ${line}`), bareCopy = false }) {
  const template = await ensureTemplate(scale, say, { provinces, orders })
  const dir = path.join(cacheRoot(), `run-${name}-${process.pid}`)
  copyDir(template, dir)
  movePortInState(dir, PORTS.template.postgres, ports.postgres)
  if (bareCopy) {
    const copying = Date.now()
    await copySeededDatabase(dir, ports.postgres).catch((error) => {
      fs.rmSync(dir, { recursive: true, force: true })
      throw error
    })
    say(`copied the seeded database for bare Medusa in ${((Date.now() - copying) / 1000).toFixed(1)} s`)
  }
  const stack = createStack(
    {
      ...stackOptionsFromEnv(),
      dataDir: dir,
      databaseUrl: undefined,
      backendPort: ports.backend,
      storefrontPort: ports.storefront,
      postgresPort: ports.postgres,
    },
    { say }
  )
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    await stack.stop().catch((error) => console.error(error))
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const started = Date.now()
    const info = await stack.start()
    say(`stack with ${scale} generated products up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${info.backend_url}, ${info.storefront_url}`)
    await searchIndexesActive(info.database_url, say)
    return { info, stack, dir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

/**
 * A template holds its search index as a pending version, empty: the backend fills it in the background once up
 * (10 000 products ~8 s, 20 000 longer on a busy machine), and until it is active search answers from the read
 * model's LIKE match, beside the filling's load. Waits for every index to have an active version, so that no
 * figure is taken from the fallback.
 * @param {string} databaseUrl @param {(line: string) => void} say
 */
async function searchIndexesActive(databaseUrl, say, timeoutMs = 300_000) {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const started = Date.now()
    for (;;) {
      const { rows } = await db
        .query("select name from search_index where deleted_at is null and active_version is null")
        .catch((error) => (error.code === "42P01" ? { rows: [] } : Promise.reject(error)))
      if (!rows.length) break
      if (Date.now() - started > timeoutMs) {
        throw new Error(`search index ${rows.map((row) => row.name).join(", ")} not filled after ${timeoutMs / 1000} s`)
      }
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    if (Date.now() - started > 1000) say(`search index filled ${((Date.now() - started) / 1000).toFixed(0)} s after the start`)
  } finally {
    await db.end()
  }
}

/**
 * A stack someone else started (`npm start`, or `npm test`'s), named by its stack.json; nothing to stop.
 * @param {string} file
 */
export async function reuseStack(file) {
  const info = JSON.parse(fs.readFileSync(file, "utf8"))
  const alive = await fetch(`${info.backend_url}/health`).then((r) => r.ok, () => false)
  if (!alive) throw new Error(`${file} names ${info.backend_url}, which does not answer`)
  // `npm start` names its processes in stack.json: their memory is measured too (decision 050).
  const pids = info.pids
  return { info, stack: pids ? { pids: () => pids } : undefined, dir: path.dirname(file), stop: async () => {} }
}

/** Stops the stack on SIGINT/SIGTERM or a crash of the harness itself, so no server is left behind. */
export function stopOnSignals(/** @type {() => Promise<void>} */ stop) {
  process.once("uncaughtException", async (error) => {
    console.error(error)
    await stop()
    process.exit(1)
  })
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.once(signal, async () => {
      console.error(`\n${signal}: stopping the stack…`)
      await stop()
      process.exit(130)
    })
  }
}

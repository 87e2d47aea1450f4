// @ts-check
/**
 * The cluster behind `npm run cluster` and `npm run test:cluster`: the same builds, database, migrations and seed
 * as `npm start` (stack.mjs's parts), then, on one machine, the shape of a deployment on several:
 *
 *   HAProxy :9400 ──▶ Medusa server a :9401, server b :9402   (workerMode "server": HTTP only)
 *   HAProxy :3400 ──▶ storefront a :3401, storefront b :3402   (both call the balancer's :9400)
 *   Medusa worker :9403 (workerMode "worker": subscribers, scheduled jobs, search indexing; no routes)
 *   Redis :6390 (events, cache, locks, workflows) · Meilisearch :7790 · PostgreSQL :54490 (or DATABASE_URL)
 *
 * Every port moves with an environment variable (clusterOptionsFromEnv). Processes are stopped in the reverse
 * order of their start: balancer, storefronts, servers, worker, Meilisearch, Redis, PostgreSQL.
 */
import fs from "node:fs"
import path from "node:path"
import { assertHaproxyInstalled, balancerStates, startBalancer } from "./balancer.mjs"
import { buildInOrder } from "./build.mjs"
import { ROOT, UserError, assertNodeVersion, stackOptionsFromEnv } from "./config.mjs"
import { dataFolder } from "./data-folder.mjs"
import { ensureInstalled } from "./install.mjs"
import { stackEnvironment } from "./medusa.mjs"
import { assertMeilisearchInstalled, startMeilisearch } from "./meilisearch-server.mjs"
import { assertPortFree, stopService, waitForHttp } from "./processes.mjs"
import { assertRedisInstalled, redisUrl, startRedis } from "./redis-server.mjs"
import { startBackend, startStorefront } from "./servers.mjs"
import { createStack } from "./stack.mjs"
import { writeStackFile } from "./stack-file.mjs"

/**
 * @typedef {object} ClusterPorts
 * @property {number} balancer        the Medusa servers behind HAProxy (the storefronts call this one)
 * @property {number} storefront      the storefronts behind HAProxy
 * @property {number} stats           HAProxy's statistics page
 * @property {number[]} servers       one per Medusa server
 * @property {number} worker
 * @property {number[]} storefronts   one per storefront
 * @property {number} postgres
 * @property {number} redis
 * @property {number} meilisearch
 *
 * @typedef {import("./config.mjs").StackOptions & { ports: ClusterPorts, bind: string }} ClusterOptions
 */

/** @param {string} name @param {number} fallback */
function port(name, fallback) {
  const value = process.env[name]
  if (!value) return fallback
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1 || number > 65535) throw new UserError(`${name}=${value} is not a valid TCP port (1–65535).`)
  return number
}

/**
 * Ports: CLUSTER_BACKEND_PORT is the balancer's; the two servers take the next two, the worker the third and
 * HAProxy's statistics the ninth. CLUSTER_STOREFRONT_PORT likewise for the storefronts.
 * @returns {ClusterOptions}
 */
export function clusterOptionsFromEnv() {
  const balancer = port("CLUSTER_BACKEND_PORT", 9400)
  const storefront = port("CLUSTER_STOREFRONT_PORT", 3400)
  return {
    ...stackOptionsFromEnv(),
    dataDir: path.resolve(ROOT, process.env.OCOP_CLUSTER_DATA_DIR || ".data/cluster"),
    bind: process.env.CLUSTER_BIND || "127.0.0.1",
    ports: {
      balancer,
      storefront,
      stats: port("CLUSTER_STATS_PORT", balancer + 9),
      servers: [balancer + 1, balancer + 2],
      worker: balancer + 3,
      storefronts: [storefront + 1, storefront + 2],
      postgres: port("CLUSTER_POSTGRES_PORT", 54490),
      redis: port("CLUSTER_REDIS_PORT", 6390),
      meilisearch: port("CLUSTER_MEILISEARCH_PORT", 7790),
    },
  }
}

/** The servers' names: `server-a`, `server-b`, and HAProxy's names for them, `a`, `b`. */
const letter = (/** @type {number} */ i) => String.fromCharCode(97 + i)

/**
 * @param {ClusterOptions} options
 * @param {{ say?: (line: string) => void, env?: NodeJS.ProcessEnv }} [how]  `env`: added to every Medusa process
 */
export function createCluster(options, { say = (line) => console.log(line), env: extraEnv = {} } = {}) {
  const folder = dataFolder(options.dataDir)
  const { ports } = options
  /** The bootstrap's stack, for what one machine and a cluster share: builds, database, migrations, seed. */
  const stack = createStack(
    { ...options, backendPort: ports.balancer, storefrontPort: ports.storefront, postgresPort: ports.postgres },
    { say }
  )
  /** @type {Map<string, import("./processes.mjs").Service>} */
  const services = new Map()
  /** Names in the order they were started; stopped in reverse. */
  const order = /** @type {string[]} */ ([])
  /** @type {Record<string, () => Promise<import("./processes.mjs").Service>>} */
  const starters = {}
  /** Environment given to one process only, from its next start on (restart's `env`). @type {Record<string, NodeJS.ProcessEnv>} */
  const overrides = {}
  let stopping = false
  let info = /** @type {any} */ (undefined)
  const timings = /** @type {Record<string, number>} */ ({})

  const serverNames = ports.servers.map((_, i) => `server-${letter(i)}`)
  const storefrontNames = ports.storefronts.map((_, i) => `storefront-${letter(i)}`)

  /** @param {string} name @param {() => Promise<import("./processes.mjs").Service>} starter */
  async function launch(name, starter) {
    starters[name] = starter
    const service = await starter()
    services.set(name, service)
    if (!order.includes(name)) order.push(name)
    return service
  }

  /** @template T @param {string} step @param {() => Promise<T>} work @returns {Promise<T>} */
  async function timed(step, work) {
    const started = Date.now()
    try {
      return await work()
    } finally {
      timings[step] = Date.now() - started
    }
  }

  async function preflight() {
    assertNodeVersion()
    assertRedisInstalled()
    assertHaproxyInstalled()
    assertMeilisearchInstalled()
    const named = [
      [ports.balancer, "CLUSTER_BACKEND_PORT"],
      [ports.storefront, "CLUSTER_STOREFRONT_PORT"],
      [ports.stats, "CLUSTER_STATS_PORT"],
      ...ports.servers.map((p) => [p, `CLUSTER_BACKEND_PORT (+1, +2: the servers)`]),
      [ports.worker, "CLUSTER_BACKEND_PORT (+3: the worker)"],
      ...ports.storefronts.map((p) => [p, "CLUSTER_STOREFRONT_PORT (+1, +2: the storefronts)"]),
      [ports.redis, "CLUSTER_REDIS_PORT"],
      [ports.meilisearch, "CLUSTER_MEILISEARCH_PORT"],
      ...(options.databaseUrl ? [] : [[ports.postgres, "CLUSTER_POSTGRES_PORT"]]),
    ]
    for (const [p, variable] of named) await assertPortFree(/** @type {number} */ (p), /** @type {string} */ (variable))
  }

  function buildAll() {
    return buildInOrder({ logDir: folder.logDir, env: stackEnvironment(stack.options, folder), say })
  }

  /**
   * What every Medusa process of the cluster shares; `mode` is Medusa's workerMode.
   * @param {string} name @param {"server" | "worker"} mode
   */
  function medusaEnvironment(name, mode) {
    return {
      ...stackEnvironment(stack.options, folder),
      DATABASE_URL: /** @type {string} */ (stack.databaseUrl()),
      MEDUSA_WORKER_MODE: mode,
      // HAProxy appends the client's address to X-Forwarded-For: per-client rate limits see the shopper.
      OCOP_TRUST_PROXY_HOPS: "1",
      ...extraEnv,
      ...overrides[name],
    }
  }

  async function start() {
    await preflight()
    await timed("install", async () => ensureInstalled({ say }))
    await timed("build", buildAll)
    fs.mkdirSync(folder.logDir, { recursive: true })

    await timed("redis and meilisearch", async () => {
      say(`Starting Redis (:${ports.redis}) and Meilisearch (:${ports.meilisearch})…`)
      await Promise.all([
        launch("redis", () => startRedis({ dir: path.join(options.dataDir, "redis"), port: ports.redis, logFile: folder.log("redis.log") })),
        launch("meilisearch", async () => {
          const meili = await startMeilisearch({ dir: path.join(options.dataDir, "meilisearch"), port: ports.meilisearch, logFile: folder.log("meilisearch.log") })
          // Migrations, the seed and every Medusa process read these (medusa-config.ts, migrations.mjs).
          process.env.MEILISEARCH_HOST = meili.host
          process.env.MEILISEARCH_API_KEY = meili.key
          return meili.service
        }),
      ])
      process.env.REDIS_URL = redisUrl(ports.redis)
    })

    const seeded = await timed("database", () => stack.prepareDatabase())

    await timed("serve", async () => {
      say(`Starting ${serverNames.length} Medusa servers, a worker, ${storefrontNames.length} storefronts and HAProxy…`)
      await launch("haproxy", () =>
        startBalancer({
          dir: path.join(options.dataDir, "haproxy"),
          logFile: folder.log("haproxy.log"),
          bind: options.bind,
          backendPort: ports.balancer,
          storefrontPort: ports.storefront,
          statsPort: ports.stats,
          backends: ports.servers.map((p, i) => ({ name: letter(i), port: p })),
          storefronts: ports.storefronts.map((p, i) => ({ name: letter(i), port: p })),
        })
      )
      const medusa = (/** @type {string} */ name, /** @type {number} */ p, /** @type {"server" | "worker"} */ mode) =>
        launch(name, async () => {
          const service = startBackend({ options: stack.options, folder, env: medusaEnvironment(name, mode), name, port: p, logName: `${name}.log` })
          await waitForHttp(`http://127.0.0.1:${p}/health`, { service, timeoutMs: 180_000 })
          return service
        })
      const storefront = (/** @type {string} */ name, /** @type {number} */ p) =>
        launch(name, async () => {
          const service = startStorefront({
            options: stack.options,
            folder,
            env: { ...stackEnvironment(stack.options, folder), ...extraEnv, ...overrides[name] },
            publishableKey: seeded.publishable_key,
            name,
            port: p,
            logName: `${name}.log`,
          })
          await waitForHttp(`http://127.0.0.1:${p}/favicon.svg`, { service, timeoutMs: 60_000 })
          return service
        })
      await Promise.all([
        medusa("worker", ports.worker, "worker"),
        ...serverNames.map((name, i) => medusa(name, ports.servers[i], "server")),
        ...storefrontNames.map((name, i) => storefront(name, ports.storefronts[i])),
      ])
      await untilBalanced()
    })

    info = writeClusterInfo(seeded)
    return info
  }

  /** Resolves when HAProxy counts every server and storefront UP. @param {number} [timeoutMs] */
  async function untilBalanced(timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    let states = {}
    while (Date.now() < deadline) {
      states = await balancerStates(ports.stats)
      if (Object.values(states).every((state) => state === "UP")) return states
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new UserError(`HAProxy does not count every server up: ${JSON.stringify(states)}`)
  }

  /** @param {import("./data-folder.mjs").SeedRecord} seeded */
  function writeClusterInfo(seeded) {
    const url = (/** @type {number} */ p) => `http://localhost:${p}`
    const admin = stack.adminPassword()
    const clusterInfo = {
      // The fields of stack.json, pointing at the balancer, so every script that reads a stack reads a cluster.
      backend_url: url(ports.balancer),
      storefront_url: url(ports.storefront),
      admin_email: options.adminEmail,
      admin_password: admin.password,
      publishable_key: seeded.publishable_key,
      database_url: /** @type {string} */ (stack.databaseUrl()),
      region_id: seeded.region_id,
      mail_dir: folder.mailDir,
      producer_email: seeded.producer_email,
      producer_password: "",
      producer_handle: seeded.producer_handle,
      // The cluster's own parts.
      servers: Object.fromEntries(serverNames.map((name, i) => [name, url(ports.servers[i])])),
      worker_url: url(ports.worker),
      storefronts: Object.fromEntries(storefrontNames.map((name, i) => [name, url(ports.storefronts[i])])),
      stats_url: `http://127.0.0.1:${ports.stats}/`,
      redis_url: process.env.REDIS_URL,
      meilisearch_host: process.env.MEILISEARCH_HOST,
      log_dir: folder.logDir,
    }
    writeStackFile(path.join(options.dataDir, "cluster.json"), /** @type {any} */ (clusterInfo))
    return clusterInfo
  }

  /**
   * Sends a signal to one process group (`SIGKILL` to a server: the fault the cluster test injects).
   * @param {string} name @param {NodeJS.Signals} signal
   */
  function signal(name, signal) {
    const pid = services.get(name)?.child.pid
    if (!pid) throw new Error(`No running service named ${name}`)
    process.kill(-pid, signal)
  }

  /**
   * Starts a service again as it was started (after it died or was killed), or with `env` changes for the Medusa
   * processes, and waits until it answers. @param {string} name @param {{ env?: NodeJS.ProcessEnv }} [changes]
   */
  async function restart(name, { env } = {}) {
    const current = services.get(name)
    if (current) await stopService(current)
    if (env) overrides[name] = { ...overrides[name], ...env }
    const service = await starters[name]()
    services.set(name, service)
    return service
  }

  /** Resolves when a service exits, with its name and code, unless the cluster is stopping. */
  function whenAServiceExits() {
    return Promise.race(
      [...services.entries()].map(([name, service]) =>
        service.exited.then((code) => (stopping ? new Promise(() => {}) : { name, code, service }))
      )
    )
  }

  async function stop() {
    if (stopping) return
    stopping = true
    for (const name of [...order].reverse()) {
      const service = services.get(name)
      if (service) await stopService(service)
    }
    await stack.stop()
    fs.rmSync(path.join(options.dataDir, "cluster.json"), { force: true })
  }

  /** The process ids of every part, PostgreSQL's included. */
  function pids() {
    return { ...Object.fromEntries([...services.entries()].map(([name, s]) => [name, s.child.pid])), postgres: stack.pids().postgres }
  }

  return {
    start,
    stop,
    restart,
    signal,
    pids,
    whenAServiceExits,
    untilBalanced,
    states: () => balancerStates(ports.stats),
    service: (/** @type {string} */ name) => services.get(name),
    info: () => info,
    serverNames,
    storefrontNames,
    folder,
    timings,
    options,
  }
}

/**
 * `npm run test:cluster`: the cluster of `npm run cluster` (scripts/lib/cluster.mjs), started here on a throw-away
 * data folder: two Medusa servers (workerMode "server") and a worker on Debian's redis-server, Meilisearch, two
 * storefronts, HAProxy in front. Real processes and real faults: a server SIGKILLed, Redis restarted. Each case
 * prints its figure; the figures are also written to <data folder>/figures.json and printed at the end.
 *
 * The daily sweep runs every 5 seconds here (OCOP_SWEEP_CRON), so that "where and how often does it run" can be
 * watched over a minute instead of days.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { readOutbox } from "@ocop/medusa-plugin-ocop/mail-outbox"
import { clusterOptionsFromEnv, createCluster } from "../../scripts/lib/cluster.mjs"
import { buyableVariants, cartReadyToComplete, storeClient } from "../bench/lib/checkout.mjs"
import { adminClient, client, countBy, percentile, sleep, timeUntil, within, type Answer, type Client } from "./client"

const SWEEP_EVERY_S = 5
const figures: Record<string, unknown> = {}
const say = (line: string) => console.log(`[cluster] ${new Date().toISOString().slice(11, 19)} ${line}`)

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-cluster-"))
fs.chmodSync(dataDir, 0o755)
const cluster = createCluster(
  { ...clusterOptionsFromEnv(), dataDir },
  { say, env: { OCOP_SWEEP_CRON: `*/${SWEEP_EVERY_S} * * * * *` } }
)
// A test worker that dies (Ctrl-C) must not leave servers behind: their process groups go with it.
process.once("exit", () => {
  for (const pid of Object.values(cluster.pids())) {
    try {
      if (pid) process.kill(-pid, "SIGKILL")
    } catch {
      // gone already
    }
  }
})

let info: any
let db: pg.Client
let balancer: Client
let admin: Client
let serverA: Client
let serverB: Client
let regionId: string

const store = (base: string) => client(base, { "x-publishable-api-key": info.publishable_key })

beforeAll(async () => {
  const started = Date.now()
  info = await cluster.start()
  figures.start_s = Math.round((Date.now() - started) / 1000)
  say(`cluster up in ${figures.start_s} s: ${info.backend_url} → ${Object.values(info.servers).join(", ")}; worker ${info.worker_url}`)
  db = new pg.Client({ connectionString: info.database_url })
  await db.connect()
  balancer = store(info.backend_url)
  serverA = store(info.servers["server-a"])
  serverB = store(info.servers["server-b"])
  admin = await adminClient(info.backend_url, info.admin_email, info.admin_password)
  regionId = info.region_id
}, 30 * 60_000)

afterAll(async () => {
  await db?.end().catch(() => {})
  await cluster.stop()
  const file = path.join(dataDir, "figures.json")
  console.log(`[cluster] figures:\n${JSON.stringify(figures, null, 2)}`)
  if (process.env.OCOP_KEEP_TEST_DATA) fs.writeFileSync(file, JSON.stringify(figures, null, 2))
  else fs.rmSync(dataDir, { recursive: true, force: true })
}, 120_000)

/** A cart that went through every step but the completion, through the balancer. */
function readyCart(variantId: string, email: string): Promise<string> {
  return cartReadyToComplete(storeClient({ backend_url: info.backend_url, publishable_key: info.publishable_key }), regionId, variantId, email)
}

/**
 * Completes a cart through the balancer as a storefront would after a network error: a cut connection or a 502/503
 * (the server died under the request) or a 409 (the cart is still locked by the completion that died) is tried
 * again; Medusa answers the same order for a cart already completed.
 */
async function completeUntilAnswered(cartId: string, { giveUpMs = 150_000 } = {}) {
  const started = performance.now()
  const tries: Answer[] = []
  for (;;) {
    const answer = await balancer.post(`/store/carts/${cartId}/complete`)
    tries.push(answer)
    const retriable = answer.status === 0 || answer.status === 409 || answer.status >= 502
    if (!retriable || performance.now() - started > giveUpMs) return { answer, tries, ms: performance.now() - started }
    await sleep(500)
  }
}

async function ordersPerCart(cartIds: string[]) {
  const { rows } = await db.query(
    `select co.cart_id, co.order_id from order_cart co join "order" o on o.id = co.order_id
     where co.cart_id = any($1) and co.deleted_at is null and o.deleted_at is null`,
    [cartIds]
  )
  const map = new Map(cartIds.map((id) => [id, [] as string[]]))
  for (const row of rows) map.get(row.cart_id)?.push(row.order_id)
  return map
}

async function stockCheck() {
  const answer = await admin.get("/admin/ocop/stock-check?limit=100")
  expect(answer.status).toBe(200)
  return answer.body as { ok: boolean; violations: unknown[] }
}

/** The product behind a variant and its certification, through the admin API. */
async function currentCertificationOf(productId: string): Promise<string> {
  const answer = await admin.get(`/admin/ocop/products/${productId}`)
  expect(answer.status).toBe(200)
  return answer.body.product.current_certification.id
}

const logLines = (name: string, text: string) =>
  fs.existsSync(path.join(info.log_dir, `${name}.log`))
    ? fs.readFileSync(path.join(info.log_dir, `${name}.log`), "utf8").split("\n").filter((line) => line.includes(text))
    : []

function redisCli(...args: string[]) {
  return execFileSync("redis-cli", ["-p", String(cluster.options.ports.redis), ...args]).toString().trim()
}

/** Whether Meilisearch still holds a document for the product, in any version of the catalogue's index. */
async function inMeilisearch(productId: string) {
  const headers = { authorization: `Bearer ${fs.readFileSync(path.join(dataDir, "meilisearch", "meilisearch-key"), "utf8").trim()}` }
  const { results } = (await (await fetch(`${info.meilisearch_host}/indexes?limit=100`, { headers })).json()) as { results: { uid: string }[] }
  const indexes = results.filter((index) => index.uid.includes("ocop_products"))
  expect(indexes.length).toBeGreaterThan(0)
  for (const index of indexes) {
    const response = await fetch(`${info.meilisearch_host}/indexes/${index.uid}/documents/${productId}`, { headers })
    if (response.status === 200) return true
  }
  return false
}

describe("the cluster: two Medusa servers and a worker on Redis, Meilisearch, two storefronts, behind HAProxy", () => {
  it("spreads requests over both servers and both storefronts", async () => {
    const api = await Promise.all(Array.from({ length: 20 }, () => balancer.get("/store/ocop/products?limit=4")))
    expect(api.map((a) => a.status)).toEqual(api.map(() => 200))
    const apiSpread = countBy(api.map((a) => a.servedBy ?? "?"))
    const pages = await Promise.all(Array.from({ length: 10 }, () => client(info.storefront_url, {}).get("/san-pham")))
    expect(pages.map((a) => a.status)).toEqual(pages.map(() => 200))
    const pageSpread = countBy(pages.map((a) => a.servedBy ?? "?"))
    figures.spread = { api: apiSpread, storefront: pageSpread }
    say(`20 API requests served by ${JSON.stringify(apiSpread)}; 10 storefront pages by ${JSON.stringify(pageSpread)}`)
    expect(Object.keys(apiSpread).sort()).toEqual(["a", "b"])
    expect(Object.keys(pageSpread).sort()).toEqual(["a", "b"])
    // The worker serves no routes: only its health answers.
    expect((await store(info.worker_url).get("/store/ocop/products")).status).toBe(404)
  })

  it("sells exactly 20 when 50 shoppers check out the last 20 at once through both servers: 20 orders, 0 oversold", async () => {
    const SHOPPERS = 50
    const STOCK = 20
    const [target] = await buyableVariants(storeClient({ backend_url: info.backend_url, publishable_key: info.publishable_key }), 1, regionId)
    const { rows } = await db.query(
      "select inventory_item_id from product_variant_inventory_item where variant_id = $1 and deleted_at is null",
      [target!.variant_id]
    )
    const itemId = rows[0].inventory_item_id as string
    const levels = await admin.get(`/admin/inventory-items/${itemId}/location-levels`)
    expect(levels.status).toBe(200)
    // The last 20 at one location; nothing anywhere else.
    for (const [i, level] of (levels.body.inventory_levels as any[]).entries()) {
      const set = await admin.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: i === 0 ? STOCK : 0 })
      expect(set.status, JSON.stringify(set.body)).toBe(200)
    }

    const carts: string[] = []
    for (let i = 0; i < SHOPPERS; i += 10) {
      carts.push(...(await Promise.all(Array.from({ length: Math.min(10, SHOPPERS - i) }, (_, j) => readyCart(target!.variant_id, `dong${i + j}@example.vn`)))))
    }
    const started = performance.now()
    const answers = await Promise.all(carts.map((cartId) => balancer.post(`/store/carts/${cartId}/complete`)))
    const wallS = (performance.now() - started) / 1000
    const orders = answers.filter((a) => a.status === 200 && a.body.type === "order")
    const refused = answers.filter((a) => a.status >= 400 && a.status < 500)
    const result = {
      shoppers: SHOPPERS,
      stock: STOCK,
      orders: orders.length,
      refused: refused.length,
      statuses: countBy(answers.map((a) => a.status)),
      completions_by_server: countBy(answers.map((a) => a.servedBy ?? "?")),
      orders_by_server: countBy(orders.map((a) => a.servedBy ?? "?")),
      all_answered_s: Number(wallS.toFixed(1)),
      completion_p95_ms: percentile(answers.map((a) => a.ms), 95),
    }
    figures.last_units = result
    say(`50 parallel completions of stock 20: ${JSON.stringify(result)}`)
    expect(answers.filter((a) => a.status >= 500 || a.status === 0)).toEqual([])
    expect(orders).toHaveLength(STOCK)
    expect(refused).toHaveLength(SHOPPERS - STOCK)
    for (const answer of refused) expect(answer.body.message).toMatch(/inventory|stock|kho|hàng/i)
    expect(Object.keys(result.completions_by_server).sort()).toEqual(["a", "b"])
    const perCart = await ordersPerCart(carts)
    expect([...perCart.values()].filter((list) => list.length > 1)).toEqual([])
    expect([...perCart.values()].filter((list) => list.length === 1)).toHaveLength(STOCK)
    const level = await admin.get(`/admin/inventory-items/${itemId}/location-levels`)
    const first = level.body.inventory_levels.find((l: any) => Number(l.stocked_quantity) === STOCK)
    expect({ stocked: Number(first.stocked_quantity), reserved: Number(first.reserved_quantity) }).toEqual({ stocked: STOCK, reserved: STOCK })
    expect(await stockCheck()).toMatchObject({ ok: true })
  })

  it(`runs the daily sweep and its reminders on the worker only, once per tick, and reminds each certificate once`, async () => {
    // Only the worker loads scheduled jobs, and the schedule is one repeatable job in Redis however many processes run.
    const repeatable = redisCli("--scan", "--pattern", "*:repeat")
      .split("\n")
      .filter(Boolean)
      .flatMap((key) => redisCli("zrange", key, "0", "-1").split("\n"))
      .filter((entry) => entry.includes("ocop-expire-certifications"))
    const runsBefore = logLines("worker", "OCOP sweep:").length
    const watchS = 4 * SWEEP_EVERY_S + 2
    await sleep(watchS * 1000)
    const worker = logLines("worker", "OCOP sweep:")
    const servers = cluster.serverNames.flatMap((name: string) => logLines(name, "OCOP sweep:"))
    const ticks = Math.floor(watchS / SWEEP_EVERY_S)
    const reminders = readOutbox(info.mail_dir).filter((mail) => mail.template === "ocop-certification-expiring")
    const perCertificateAndAddress = countBy(reminders.map((mail) => `${mail.data.certificate_no} → ${mail.to}`))
    const result = {
      schedule: `every ${SWEEP_EVERY_S} s (production: daily at 00:05 Vietnam time)`,
      repeatable_jobs_in_redis: repeatable.length,
      runs_on_worker_total: worker.length,
      runs_on_worker_while_watched: worker.length - runsBefore,
      ticks_while_watched: ticks,
      runs_on_servers: servers.length,
      reminder_mails: reminders.length,
      most_mails_per_certificate_and_address: Math.max(0, ...Object.values(perCertificateAndAddress)),
    }
    figures.sweep = result
    say(`sweep: ${JSON.stringify(result)}`)
    expect(repeatable).toHaveLength(1)
    expect(servers).toEqual([])
    expect(worker.length - runsBefore).toBeGreaterThanOrEqual(ticks - 1)
    expect(worker.length - runsBefore).toBeLessThanOrEqual(ticks + 1)
    // The seed's certificate that expires 16 days after the seed ran is in the 30-day stage: reminded, once.
    expect(reminders.length).toBeGreaterThan(0)
    expect(result.most_mails_per_certificate_and_address).toBe(1)
  })

  it("a certification revoked through server A is gone from search and carts on server B within 2 s; Meilisearch catches up", async () => {
    const [target] = await buyableVariants(storeClient({ backend_url: info.servers["server-b"], publishable_key: info.publishable_key }), 1, regionId)
    const detail = await serverB.get(`/store/ocop/products/${target!.handle}`)
    const title = detail.body.product.title as string
    const search = () => serverB.get(`/store/ocop/products?q=${encodeURIComponent(title)}&limit=100`)
    const found = async () => ((await search()).body.products as any[]).some((p) => p.handle === target!.handle)
    expect(await found()).toBe(true)
    expect(await inMeilisearch(target!.product_id)).toBe(true)
    const cart = await serverB.post("/store/carts", { region_id: regionId, items: [{ variant_id: target!.variant_id, quantity: 1 }] })
    expect(cart.status).toBe(200)
    const onSale = async () => (await serverB.get(`/store/ocop/carts/${cart.body.cart.id}/check`)).body.items[0].on_sale as boolean
    expect(await onSale()).toBe(true)

    const certificationId = await currentCertificationOf(target!.product_id)
    const adminA = await adminClient(info.servers["server-a"], info.admin_email, info.admin_password)
    const revoked = await adminA.post(`/admin/ocop/certifications/${certificationId}/revoke`, { reason: "Kiểm tra cụm máy chủ" })
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200)
    // Each clock runs on its own: what a shopper reads on B (search, cart, product page) and the index underneath.
    const [searchMs, cartMs, productMs, meiliMs] = await Promise.all([
      timeUntil(2000, async () => !(await found())),
      timeUntil(2000, async () => !(await onSale())),
      timeUntil(2000, async () => (await serverB.get(`/store/ocop/products/${target!.handle}`)).status !== 200),
      timeUntil(30_000, async () => !(await inMeilisearch(target!.product_id))),
    ])
    const result = {
      product: target!.handle,
      gone_from_search_on_b_ms: searchMs,
      flagged_in_cart_on_b_ms: cartMs,
      product_page_gone_on_b_ms: productMs,
      // The worker takes it out of Meilisearch when the event reaches it; until then B's search drops the hit itself,
      // since it reads each hit's card from the database (plugins/ocop/src/lib/catalogue-search/search.ts).
      gone_from_meilisearch_index_ms: meiliMs,
    }
    figures.revocation = result
    say(`revoked on A: ${JSON.stringify(result)}`)
    expect(searchMs).not.toBeNull()
    expect(cartMs).not.toBeNull()
    expect(productMs).not.toBeNull()
    expect(meiliMs).not.toBeNull()
    // And completing that cart on B is refused: the cart hooks read the same database.
    const complete = await serverB.post(`/store/carts/${cart.body.cart.id}/complete`)
    expect(complete.status).toBeGreaterThanOrEqual(400)
    expect(complete.status).toBeLessThan(500)
  })

  it("drains a server SIGKILLed under load, loses and doubles no checkout, and takes the server back", async () => {
    const CARTS = 24
    const variants = await buyableVariants(storeClient({ backend_url: info.backend_url, publishable_key: info.publishable_key }), 8, regionId)
    const carts: string[] = []
    for (let i = 0; i < CARTS; i += 8) {
      carts.push(...(await Promise.all(variants.map((v: { variant_id: string }, j: number) => readyCart(v.variant_id, `sigkill${i + j}@example.vn`)))))
    }
    const browsing: { t: number; status: number; servedBy: string | null }[] = []
    const t0 = performance.now()
    let browsingOn = true
    const browse = async () => {
      while (browsingOn) {
        const answer = await balancer.get("/store/ocop/products?limit=12")
        browsing.push({ t: performance.now() - t0, status: answer.status, servedBy: answer.servedBy })
      }
    }
    const browsers = Array.from({ length: 4 }, browse)
    const states: { t: number; a: string }[] = []
    let watching = true
    const watch = (async () => {
      while (watching) {
        const s = await cluster.states()
        states.push({ t: performance.now() - t0, a: s["medusa/a"] })
        await sleep(100)
      }
    })()

    await sleep(2000)
    // Every cart completes at once; server A dies while some of them are on it.
    const completions = carts.map((cartId) => completeUntilAnswered(cartId))
    await sleep(400)
    const killedAt = performance.now() - t0
    cluster.signal("server-a", "SIGKILL")
    say(`SIGKILL to server A at ${Math.round(killedAt)} ms, with ${CARTS} completions under way`)
    const done = await Promise.all(completions)
    const downAt = await within(15_000, "HAProxy takes server A out", async () => states.some((s) => s.t > killedAt && s.a.startsWith("DOWN")))
      .then(() => states.find((s) => s.t > killedAt && s.a.startsWith("DOWN"))!.t)
    const restartAt = performance.now() - t0
    await cluster.restart("server-a")
    const upAt = await within(60_000, "HAProxy takes server A back", async () => (await cluster.states())["medusa/a"] === "UP").then(
      () => performance.now() - t0
    )
    await sleep(3000)
    browsingOn = false
    watching = false
    await Promise.all([...browsers, watch])

    const perCart = await ordersPerCart(carts)
    const afterRejoin = browsing.filter((b) => b.t > upAt + 500)
    const failedBrowsing = browsing.filter((b) => b.status !== 200)
    const result = {
      carts: CARTS,
      orders: [...perCart.values()].filter((list) => list.length === 1).length,
      carts_without_order: [...perCart.values()].filter((list) => list.length === 0).length,
      carts_with_two_orders: [...perCart.values()].filter((list) => list.length > 1).length,
      completions_cut_and_retried: done.filter((d) => d.tries.length > 1).length,
      most_tries: Math.max(...done.map((d) => d.tries.length)),
      slowest_completion_s: Number((Math.max(...done.map((d) => d.ms)) / 1000).toFixed(1)),
      drained_after_ms: Math.round(downAt - killedAt),
      browsing_requests: browsing.length,
      browsing_failed: failedBrowsing.length,
      browsing_failed_after_drain: failedBrowsing.filter((b) => b.t > downAt).length,
      browsing_failed_statuses: countBy(failedBrowsing.map((b) => b.status)),
      browsing_failed_between_s: failedBrowsing.length
        ? [Number((failedBrowsing[0]!.t / 1000).toFixed(1)), Number((failedBrowsing[failedBrowsing.length - 1]!.t / 1000).toFixed(1))]
        : [],
      killed_at_s: Number((killedAt / 1000).toFixed(1)),
      drained_at_s: Number((downAt / 1000).toFixed(1)),
      restarted_at_s: Number((restartAt / 1000).toFixed(1)),
      rejoined_at_s: Number((upAt / 1000).toFixed(1)),
      restart_to_rejoin_s: Number(((upAt - restartAt) / 1000).toFixed(1)),
      served_after_rejoin: countBy(afterRejoin.map((b) => b.servedBy ?? "?")),
    }
    figures.sigkill = result
    say(`SIGKILL: ${JSON.stringify(result)}`)
    expect(done.map((d) => d.answer.status)).toEqual(done.map(() => 200))
    expect(result.carts_without_order).toBe(0)
    expect(result.carts_with_two_orders).toBe(0)
    expect(result.browsing_failed_after_drain).toBe(0)
    expect(Object.keys(result.served_after_rejoin)).toContain("a")
    expect(await stockCheck()).toMatchObject({ ok: true })
  })

  it("recovers carts, locks and events when Redis restarts, without restarting a backend", async () => {
    const pidsBefore = cluster.pids()
    const variants = await buyableVariants(storeClient({ backend_url: info.backend_url, publishable_key: info.publishable_key }), 6, regionId)
    const carts = await Promise.all(variants.map((v: { variant_id: string }, i: number) => readyCart(v.variant_id, `redis${i}@example.vn`)))
    const stoppedAt = performance.now()
    await cluster.restart("redis")
    const downMs = performance.now() - stoppedAt
    const runsBefore = logLines("worker", "OCOP sweep:").length
    say(`Redis restarted (${Math.round(downMs)} ms without it)`)

    // Carts (in PostgreSQL) and locks (Redis): completions work again, through the stock gate's locks.
    const firstOrderMs = await within(60_000, "a checkout after Redis came back", async () => {
      const answer = await balancer.post(`/store/carts/${carts[0]}/complete`)
      return answer.status === 200 && answer.body.type === "order"
    })
    const rest = await Promise.all(carts.slice(1).map((cartId) => completeUntilAnswered(cartId, { giveUpMs: 60_000 })))
    expect(rest.map((r) => r.answer.status)).toEqual(rest.map(() => 200))
    const perCart = await ordersPerCart(carts)
    expect([...perCart.values()].map((list) => list.length)).toEqual(carts.map(() => 1))

    // Events (BullMQ on Redis): a revocation through server B reaches the worker, which takes it out of Meilisearch.
    const target = variants[variants.length - 1]!
    const certificationId = await currentCertificationOf(target.product_id)
    const adminB = await adminClient(info.servers["server-b"], info.admin_email, info.admin_password)
    expect((await adminB.post(`/admin/ocop/certifications/${certificationId}/revoke`, { reason: "Sau khi Redis khởi động lại" })).status).toBe(200)
    const eventMs = await within(10_000, "the revocation's event reaching Meilisearch", async () => !(await inMeilisearch(target.product_id)))
    // The schedule survived (append-only file): the sweep runs again after the restart.
    const sweepMs = await within(4 * SWEEP_EVERY_S * 1000, "the next sweep", async () => logLines("worker", "OCOP sweep:").length > runsBefore)

    const pidsAfter = cluster.pids()
    const result = {
      redis_down_ms: Math.round(downMs),
      first_checkout_after_ms: Math.round(firstOrderMs),
      carts_completed: [...perCart.values()].filter((list) => list.length === 1).length,
      revocation_event_to_meilisearch_ms: Math.round(eventMs),
      next_sweep_after_ms: Math.round(sweepMs),
      medusa_processes_restarted: ["server-a", "server-b", "worker"].filter((name) => pidsBefore[name] !== pidsAfter[name]),
    }
    figures.redis_restart = result
    say(`Redis restart: ${JSON.stringify(result)}`)
    expect(result.medusa_processes_restarted).toEqual([])
    expect(await stockCheck()).toMatchObject({ ok: true })
  })
})

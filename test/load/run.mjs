// @ts-check
/**
 * `npm run test:load`: load and faults on a stack of its own (10 000 generated products, loopback only, every
 * phase bounded in time; about 8 minutes in all):
 *   1. mixed browsing (catalogue, product, search, sales points): the request rate is stepped up until the
 *      stack stops keeping up or answers anything but 2xx; then 2 minutes at the highest rate it sustained;
 *   2. 20 checkouts completed at once, the backend SIGKILLed in their middle, restarted: each cart is exactly
 *      one order or can be completed again; no order lost or duplicated; stock reservations consistent;
 *   3. PostgreSQL stopped and started again under load: the backend must answer again without a restart;
 *   4. the search provider down (only when MEILISEARCH_HOST is set): search still answers.
 * Prints a table and writes .data/load/load-<time>.json. Exits 1 when a fault check fails.
 *
 *   npm run test:load                      everything
 *   npm run test:load -- --quick           short phases (20 s instead of 2 min), for trying the harness
 *   npm run test:load -- --stack FILE      the load phase only, against a running stack
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { ROOT } from "../../scripts/lib/config.mjs"
import { PAYMENT_PROVIDER, buyableVariants, cartReadyToComplete, storeClient } from "../bench/lib/checkout.mjs"
import { fire, processTree } from "../bench/lib/measure.mjs"
import { PORTS, reuseStack, startSeededStack, stopOnSignals } from "../bench/lib/stack.mjs"

const args = process.argv.slice(2)
const option = (/** @type {string} */ name, /** @type {string | undefined} */ fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  return args[i].includes("=") ? args[i].slice(args[i].indexOf("=") + 1) : args[i + 1]
}
const quick = args.includes("--quick")
const SCALE = Number(option("scale", "10000"))
const SUSTAIN_S = quick ? 20 : 120
const STEP_S = quick ? 5 : 10
const CONNECTIONS = 32
const say = (/** @type {string} */ line) => console.error(`[load] ${new Date().toISOString().slice(11, 19)} ${line}`)

const reuse = option("stack", undefined)
const current = reuse ? await reuseStack(path.resolve(reuse)) : await startSeededStack({ scale: SCALE, ports: PORTS.load, name: "load", say })
stopOnSignals(() => current.stop())
const stack = current.info
const client = storeClient(stack)
const headers = { "x-publishable-api-key": stack.publishable_key }
const result = /** @type {any} */ ({
  when: new Date().toISOString(),
  host: { cpus: os.cpus().length, load_average: os.loadavg().map((n) => Number(n.toFixed(2))) },
  stack: reuse ? `reused ${reuse}` : `own, ${SCALE} generated products`,
})
const failures = /** @type {string[]} */ ([])

try {
  const regionId = stack.region_id ?? (await client.get("/store/regions?limit=1")).body.regions[0].id
  const mix = await browsingMix(regionId)

  // ---- 1. mixed browsing: step the rate up, then hold the highest sustained one --------------------------
  // A stack just started (cold JIT, PostgreSQL's cache empty on a copied data folder) is not the steady state
  // being measured: 20 s of light browsing first, not recorded.
  say("warming up: 5 req/s for 20 s")
  await browse(5, quick ? 5 : 20)
  const steps = []
  let sustained = 0
  for (let rate = 10; rate <= 1000; rate = Math.round(rate * 1.5)) {
    const figures = await browse(rate, STEP_S)
    const ok = figures.rps >= rate * 0.95 && figures.non2xx === 0 && figures.errors === 0
    steps.push({ rate, ok, ...slim(figures) })
    say(`step ${rate} req/s: ${ok ? "kept up" : "did not"} (${figures.rps.toFixed(1)} req/s, p99 ${figures.p99.toFixed(0)} ms, non-2xx ${figures.non2xx}, errors ${figures.errors})`)
    if (!ok) break
    sustained = rate
  }
  result.steps = steps
  if (!sustained) failures.push("browsing: not even 10 req/s were sustained")
  const hold = sustained || 10
  say(`holding ${hold} req/s for ${SUSTAIN_S} s`)
  const held = await browse(hold, SUSTAIN_S)
  result.browsing = { rate: hold, seconds: SUSTAIN_S, ...slim(held) }
  if (held.non2xx || held.errors) failures.push(`browsing at ${hold} req/s: ${held.non2xx} non-2xx, ${held.errors} errors/timeouts`)

  if (!current.stack) {
    result.faults = "skipped: a reused stack is not ours to kill (run without --stack)"
  } else {
    const db = new pg.Client({ connectionString: stack.database_url })
    await db.connect()
    try {
      result.sigkill = await checkoutsThroughSigkill(db, regionId)
    } finally {
      await db.end().catch(() => {})
    }
    result.postgres_restart = await postgresRestartUnderLoad(Math.max(5, Math.round(hold / 2)))
    result.search_provider_down = await searchProviderDown()
  }

  /** @param {number} rate @param {number} seconds */
  async function browse(rate, seconds) {
    return fire({
      url: stack.backend_url,
      connections: Math.min(CONNECTIONS, rate),
      duration: seconds,
      headers,
      requests: mix,
      timeout: 10,
      overallRate: rate,
    })
  }
} catch (error) {
  failures.push(`aborted: ${error instanceof Error ? error.stack : String(error)}`)
} finally {
  await current.stop()
}

result.failures = failures
const outDir = path.join(ROOT, ".data/load")
fs.mkdirSync(outDir, { recursive: true })
const file = path.join(outDir, `load-${result.when.replace(/[:.]/g, "-")}.json`)
fs.writeFileSync(file, JSON.stringify(result, null, 2) + "\n")
console.log(render(result))
console.log(`\nRaw figures: ${path.relative(process.cwd(), file)}`)
process.exit(failures.length ? 1 : 0)

// -------------------------------------------------------------------------------------------------------------

/** @param {any} f */
function slim(f) {
  return { achieved_rps: Number(f.rps.toFixed(1)), n: f.n, p50: f.p50, p95: f.p95, p99: f.p99, non2xx: f.non2xx, errors: f.errors, statuses: f.statuses }
}

/**
 * What shoppers browse, in proportion: catalogue pages with filters (40 %), product pages (25 %), search with
 * and without accents (20 %), sales points (10 %), producers and groups (5 %). Targets are drawn from the
 * stack's own data with a seeded generator, so two runs send the same sequence.
 * @param {string} regionId
 */
async function browsingMix(regionId) {
  const handles = []
  for (const offset of [0, 2000, 5000, 8000]) {
    const page = await client.get(`/store/ocop/products?limit=50&offset=${offset}`)
    handles.push(...page.body.products.map((/** @type {any} */ p) => p.handle))
  }
  const producers = (await client.get("/store/ocop/producers?limit=50")).body.producers.map((/** @type {any} */ p) => p.handle)
  const salesPoints = (await client.get("/store/ocop/sales-points")).body.sales_points.map((/** @type {any} */ p) => p.handle)
  const groups = (await client.get("/store/ocop/groups")).body.groups.map((/** @type {any} */ g) => g.code)
  const terms = ["cà phê", "ca phe", "mật ong", "mat ong", "hồ tiêu", "tieu", "ca cao", "thổ cẩm", "buon ma thuot", "gạo"]
  let seed = 42
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const pick = (/** @type {any[]} */ list) => list[Math.floor(random() * list.length)]
  const paths = []
  for (let i = 0; i < 200; i++) {
    const r = random()
    if (r < 0.4) {
      const filters = [
        `min_stars=${pick([3, 4, 5])}`,
        random() < 0.5 ? `group=${pick(groups)}` : "",
        `order=${pick(["-stars", "title", "price", "-price", "-certified_at"])}`,
        `offset=${24 * Math.floor(random() * 20)}`,
      ]
      paths.push(`/store/ocop/products?limit=24&${filters.filter(Boolean).join("&")}`)
    } else if (r < 0.65) paths.push(`/store/ocop/products/${encodeURIComponent(pick(handles))}?region_id=${regionId}`)
    else if (r < 0.85) paths.push(`/store/ocop/products?limit=24&q=${encodeURIComponent(pick(terms))}`)
    else if (r < 0.95) paths.push(random() < 0.5 ? "/store/ocop/sales-points" : `/store/ocop/sales-points/${encodeURIComponent(pick(salesPoints))}`)
    else paths.push(random() < 0.5 ? `/store/ocop/producers/${encodeURIComponent(pick(producers))}` : "/store/ocop/groups")
  }
  let next = 0
  return [{ method: "GET", setupRequest: (/** @type {any} */ request) => ({ ...request, path: paths[next++ % paths.length] }) }]
}

/**
 * Twenty carts, each one step from an order; all completed at once; the backend SIGKILLed as soon as the first
 * order comes back (the rest are in flight), then started again. Afterwards, from the database: orders per cart,
 * and for every inventory item bought, its reserved quantity against its reservations and its stock against
 * what it was before.
 * @param {pg.Client} db @param {string} regionId
 */
async function checkoutsThroughSigkill(db, regionId) {
  const CARTS = 20
  say(`SIGKILL: preparing ${CARTS} carts ready to complete`)
  const variants = await buyableVariants(client, CARTS, regionId)
  // Five shoppers at a time: a cart takes seven requests, about as many seconds on a busy machine.
  const carts = /** @type {{ id: string, variant: string }[]} */ ([])
  for (let i = 0; i < variants.length; i += 5) {
    const batch = variants.slice(i, i + 5)
    const ids = await Promise.all(batch.map((v, j) => cartReadyToComplete(client, regionId, v.variant_id, `kill+${i + j}@example.com`)))
    ids.forEach((id, j) => carts.push({ id, variant: batch[j].variant_id }))
  }
  const itemOf = await inventoryItems(db, carts.map((c) => c.variant))
  const before = await inventoryState(db, [...itemOf.values()])

  say(`SIGKILL: completing ${CARTS} carts at once, killing the backend when the first order comes back`)
  let firstOrder = /** @type {() => void} */ (() => {})
  const oneOrder = new Promise((resolve) => (firstOrder = () => resolve(undefined)))
  const answers = carts.map((cart) =>
    client.post(`/store/carts/${cart.id}/complete`).then(
      (r) => {
        if (r.body?.type === "order") firstOrder()
        return { status: r.status, order: r.body?.order?.id }
      },
      (error) => ({ status: 0, error: String(error.cause?.code ?? error.message) })
    )
  )
  // Killed once a first order is back (some done, the rest in flight), or after 30 s at most.
  await Promise.race([oneOrder, new Promise((resolve) => setTimeout(resolve, 30_000))])
  const backendPid = /** @type {number} */ (current.stack?.pids().backend)
  process.kill(-backendPid, "SIGKILL")
  const killedAt = Date.now()
  const seen = await Promise.all(answers)
  say(`SIGKILL: ${seen.filter((a) => a.order).length} orders answered before the kill, ${seen.filter((a) => !a.order).length} requests cut; restarting the backend`)
  await current.stack?.restartService("backend")
  const restartS = (Date.now() - killedAt) / 1000

  const afterKill = await ordersPerCart(db, carts.map((c) => c.id))
  // A cart without an order must complete now; one with an order answers with that same order.
  const retried = []
  for (const cart of carts) {
    const r = await client.post(`/store/carts/${cart.id}/complete`)
    retried.push({ cart: cart.id, status: r.status, order: r.body?.order?.id, type: r.body?.type, message: r.body?.message })
  }
  const final = await ordersPerCart(db, carts.map((c) => c.id))
  const after = await inventoryState(db, [...itemOf.values()])

  const problems = []
  for (const [i, cart] of carts.entries()) {
    const orders = final.get(cart.id) ?? []
    const was = afterKill.get(cart.id) ?? []
    const retry = retried[i]
    if (orders.length !== 1) problems.push(`cart ${cart.id}: ${orders.length} orders after the retry`)
    if (was.length === 1 && retry.order && retry.order !== was[0]) problems.push(`cart ${cart.id}: the retry answered order ${retry.order}, the cart's order is ${was[0]}`)
    if (retry.status !== 200) problems.push(`cart ${cart.id}: completing again answered ${retry.status} ${retry.message ?? ""}`)
    if (seen[i].order && !orders.includes(seen[i].order)) problems.push(`cart ${cart.id}: order ${seen[i].order} answered before the kill is gone`)
  }
  for (const [item, now] of after) {
    const then = before.get(item)
    if (now.stocked !== then?.stocked) problems.push(`inventory item ${item}: stocked ${then?.stocked} → ${now.stocked} (nothing was fulfilled)`)
    if (now.reserved !== now.reservations) problems.push(`inventory item ${item}: reserved_quantity ${now.reserved} but reservations sum to ${now.reservations}`)
    if (now.reserved - (then?.reserved ?? 0) !== now.lineItemsReserved - (then?.lineItemsReserved ?? 0))
      problems.push(`inventory item ${item}: reserved +${now.reserved - (then?.reserved ?? 0)} for ${now.lineItemsReserved - (then?.lineItemsReserved ?? 0)} newly reserved line items`)
  }
  const ordersFinal = [...final.values()].reduce((sum, list) => sum + list.length, 0)
  if (ordersFinal !== CARTS) problems.push(`${ordersFinal} orders for ${CARTS} carts`)
  const unitsReserved = [...after.values()].reduce((s, a) => s + a.reserved, 0) - [...before.values()].reduce((s, b) => s + b.reserved, 0)
  if (unitsReserved !== CARTS) problems.push(`${unitsReserved} units newly reserved for ${CARTS} orders of one unit`)
  for (const p of problems) failures.push(`SIGKILL: ${p}`)
  return {
    carts: CARTS,
    payment_provider: PAYMENT_PROVIDER,
    orders_answered_before_kill: seen.filter((a) => a.order).length,
    requests_cut: seen.filter((a) => !a.order).length,
    orders_present_after_restart: [...afterKill.values()].filter((l) => l.length === 1).length,
    completed_on_retry: retried.filter((r, i) => r.status === 200 && !(afterKill.get(carts[i].id) ?? []).length).length,
    orders_final: ordersFinal,
    duplicated: [...final.values()].filter((l) => l.length > 1).length,
    units_reserved: unitsReserved,
    backend_back_s: restartS,
    problems,
  }
}

/** @param {pg.Client} db @param {string[]} variantIds @returns {Promise<Map<string, string>>} variant → inventory item */
async function inventoryItems(db, variantIds) {
  const { rows } = await db.query(
    "select variant_id, inventory_item_id from product_variant_inventory_item where variant_id = any($1) and deleted_at is null",
    [variantIds]
  )
  return new Map(rows.map((r) => [r.variant_id, r.inventory_item_id]))
}

/**
 * Per inventory item: stock and reserved quantity over all locations, the sum of its live reservations, and
 * how many of those reservations belong to line items.
 * @param {pg.Client} db @param {string[]} items
 */
async function inventoryState(db, items) {
  const { rows } = await db.query(
    `select i.id,
       (select coalesce(sum(stocked_quantity), 0) from inventory_level l where l.inventory_item_id = i.id and l.deleted_at is null)::int as stocked,
       (select coalesce(sum(reserved_quantity), 0) from inventory_level l where l.inventory_item_id = i.id and l.deleted_at is null)::int as reserved,
       (select coalesce(sum(quantity), 0) from reservation_item r where r.inventory_item_id = i.id and r.deleted_at is null)::int as reservations,
       (select count(*) from reservation_item r where r.inventory_item_id = i.id and r.deleted_at is null and r.line_item_id is not null)::int as line_items_reserved
     from inventory_item i where i.id = any($1)`,
    [items]
  )
  return new Map(rows.map((r) => [r.id, { stocked: r.stocked, reserved: r.reserved, reservations: r.reservations, lineItemsReserved: r.line_items_reserved }]))
}

/** @param {pg.Client} db @param {string[]} cartIds @returns {Promise<Map<string, string[]>>} */
async function ordersPerCart(db, cartIds) {
  const { rows } = await db.query(
    `select co.cart_id, co.order_id from order_cart co join "order" o on o.id = co.order_id
     where co.cart_id = any($1) and co.deleted_at is null and o.deleted_at is null`,
    [cartIds]
  )
  const map = new Map(cartIds.map((id) => [id, /** @type {string[]} */ ([])]))
  for (const r of rows) map.get(r.cart_id)?.push(r.order_id)
  return map
}

/**
 * Browsing at `rate` for 60 s; PostgreSQL stopped at 15 s and started again 3 s later. The backend keeps
 * running: after the outage every request must succeed again, and the same backend process must still be there.
 * @param {number} rate
 */
async function postgresRestartUnderLoad(rate) {
  const mix = await browsingMix(current.info.region_id ?? "")
  const backendPid = current.stack?.pids().backend
  /** @type {{ t: number, status: number }[]} */
  const timeline = []
  const t0 = Date.now()
  const load = fire({
    url: stack.backend_url,
    connections: Math.min(16, rate),
    duration: 60,
    headers,
    requests: mix.map((r) => ({
      ...r,
      onResponse: (/** @type {number} */ status) => void timeline.push({ t: (Date.now() - t0) / 1000, status }),
    })),
    timeout: 10,
    overallRate: rate,
  })
  await new Promise((resolve) => setTimeout(resolve, 15_000))
  say("PostgreSQL: stopping it under load")
  const down = (Date.now() - t0) / 1000
  await current.stack?.restartDatabase({ downMs: 3000 })
  const up = (Date.now() - t0) / 1000
  say(`PostgreSQL: up again after ${(up - down).toFixed(1)} s`)
  const figures = await load
  const sameBackend = current.stack?.pids().backend === backendPid && processTree(/** @type {number} */ (backendPid)).length > 0
  const ok = (/** @type {number} */ s) => s >= 200 && s < 300
  const lastBad = timeline.filter((r) => !ok(r.status)).reduce((max, r) => Math.max(max, r.t), 0)
  const tail = timeline.filter((r) => r.t > up + 10)
  const recovered = tail.length > 0 && tail.every((r) => ok(r.status))
  const health = await fetch(`${stack.backend_url}/health`).then((r) => r.status, () => 0)
  const catalogue = await client.get("/store/ocop/products?limit=1")
  const outcome = {
    rate,
    down_at_s: down,
    up_at_s: up,
    failed_during_outage: timeline.filter((r) => !ok(r.status)).length,
    errors_and_timeouts: figures.errors,
    last_failure_at_s: lastBad || null,
    recovered_s_after_up: lastBad ? Math.max(0, lastBad - up) : 0,
    requests_after_recovery_window: tail.length,
    all_ok_10s_after_up: recovered,
    health_after: health,
    catalogue_after: catalogue.status,
    backend_restarted: !sameBackend,
  }
  if (!recovered || health !== 200 || catalogue.status !== 200 || !sameBackend)
    failures.push(`PostgreSQL restart: the backend did not recover by itself (${JSON.stringify(outcome)})`)
  return outcome
}

/**
 * With Meilisearch configured, the backend is started again pointing at a port where nothing listens (the
 * provider down, without touching the user's server): search must still answer from PostgreSQL.
 */
async function searchProviderDown() {
  if (!process.env.MEILISEARCH_HOST) return "skipped: no Meilisearch configured"
  say("search provider down: restarting the backend with MEILISEARCH_HOST on a closed port")
  await current.stack?.restartService("backend", { env: { MEILISEARCH_HOST: "http://127.0.0.1:9" } })
  const plain = await client.get("/store/ocop/products?limit=24&q=ca%20phe")
  const accented = await client.get(`/store/ocop/products?limit=24&q=${encodeURIComponent("cà phê")}`)
  const outcome = { plain: { status: plain.status, count: plain.body?.count }, accented: { status: accented.status, count: accented.body?.count } }
  if (plain.status !== 200 || accented.status !== 200 || !plain.body?.count) failures.push(`search provider down: ${JSON.stringify(outcome)}`)
  return outcome
}

/** @param {any} r */
function render(r) {
  const f = (/** @type {number} */ n, d = 0) => (n === undefined || n === null || Number.isNaN(n) ? "n/a" : Number(n).toFixed(d))
  const out = [`Load and faults — ${r.when} — ${r.stack} — ${r.host.cpus} CPU, load average ${r.host.load_average.join(" ")}`, ""]
  out.push("Rate steps (mixed browsing: catalogue 40 %, product 25 %, search 20 %, sales points 10 %, producers and groups 5 %)")
  out.push("")
  out.push("| asked req/s | achieved | p50 / p95 / p99 ms | non-2xx | errors | kept up |")
  out.push("|---|---|---|---|---|---|")
  for (const s of r.steps ?? []) out.push(`| ${s.rate} | ${f(s.achieved_rps, 1)} | ${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)} | ${s.non2xx} | ${s.errors} | ${s.ok ? "yes" : "no"} |`)
  if (r.browsing) {
    const b = r.browsing
    out.push("")
    out.push(
      `Sustained: ${b.rate} req/s for ${b.seconds} s → ${b.n} requests, ${f(b.achieved_rps, 1)} req/s achieved, p50/p95/p99 ${f(b.p50)}/${f(b.p95)}/${f(b.p99)} ms, ` +
        `${b.non2xx} non-2xx, ${b.errors} errors/timeouts: ${b.non2xx || b.errors ? "REQUESTS FAILED" : "no request failed"}.`
    )
  }
  out.push("")
  if (r.faults) out.push(`Faults: ${r.faults}`)
  if (r.sigkill) {
    const k = r.sigkill
    out.push(
      `Backend SIGKILLed during ${k.carts} checkouts (${k.payment_provider}): ${k.orders_answered_before_kill} orders answered before the kill, ${k.requests_cut} requests cut; ` +
        `backend back in ${f(k.backend_back_s, 1)} s; ${k.orders_present_after_restart} carts already had their order, ${k.completed_on_retry} completed when tried again; ` +
        `${k.orders_final} orders for ${k.carts} carts, ${k.duplicated} duplicated, ${k.units_reserved} units reserved: ${k.problems.length ? `PROBLEMS: ${k.problems.join("; ")}` : "none lost, none duplicated, stock consistent"}.`
    )
  }
  if (r.postgres_restart) {
    const p = r.postgres_restart
    out.push(
      `PostgreSQL restarted under ${p.rate} req/s (down at ${f(p.down_at_s, 1)} s, up at ${f(p.up_at_s, 1)} s): ${p.failed_during_outage} requests failed around the outage, ` +
        `last failure ${p.last_failure_at_s === null ? "none" : `at ${f(p.last_failure_at_s, 1)} s`}; ${p.requests_after_recovery_window} requests from 10 s after it was up: ` +
        `${p.all_ok_10s_after_up ? "all 2xx" : "NOT all 2xx"}; health ${p.health_after}, catalogue ${p.catalogue_after}; backend ${p.backend_restarted ? "RESTARTED" : "not restarted"}: ` +
        `${p.all_ok_10s_after_up && !p.backend_restarted ? "recovered by itself" : "DID NOT RECOVER"}.`
    )
  }
  if (r.search_provider_down) out.push(`Search provider down: ${typeof r.search_provider_down === "string" ? r.search_provider_down : JSON.stringify(r.search_provider_down)}`)
  if (r.failures.length) out.push("", "FAILED:", ...r.failures.map((/** @type {string} */ x) => `- ${x}`))
  return out.join("\n")
}

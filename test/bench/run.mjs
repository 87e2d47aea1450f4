// @ts-check
/**
 * `npm run bench`: every figure of issue 9 beside its anchor measured in the same run, judged against
 * ../shared/design/targets.md (PASS/MISS; nothing here asserts a time).
 *
 *   npm run bench                         own stack, 10 000 generated products, sweep 1 000 and 10 000
 *   npm run bench -- --sweep 1000,10000,50000     add 50 000 to the size sweep (seeding it once: ~15 min)
 *   npm run bench -- --provinces all --sweep 1000,10000,20000   the national shape: products, producers and
 *                                         sales points over the 34 provinces (npm run seed -- --provinces all)
 *   npm run bench -- --stack .data/stack.json     measure a running stack instead (e.g. `npm start`'s)
 *   npm run bench -- --quick              small request counts, one Lighthouse run: for trying the harness
 *   npm run bench -- --orders 20000       producers' orders in the database for the order-list figure (default 10 000)
 *   npm run bench -- --skip-browser       no Chromium (first-visit JS, Lighthouse)
 *   npm run bench -- --only checkout      the checkout figures only (with bare Medusa's beside ours), no sweep
 *   npm run bench -- --checkout-rounds 6  counted rounds of 10 checkouts per kind (default 3, 1 with --quick)
 *
 * Output: the table on stdout, the raw figures in .data/bench/bench-<time>.json (and latest.json).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../../scripts/lib/config.mjs"
import { buyableVariants, cartsOfOneProducer, cartsOfProducers, checkoutRequests, storeClient } from "./lib/checkout.mjs"
import { CHROME, fire, measureGet, measureJs, measureLighthouse, measureTtfb, residentMemory, summarise } from "./lib/measure.mjs"
import { BARE_PORT, PORTS, reuseStack, startSeededStack, stopOnSignals } from "./lib/stack.mjs"
import { MEDUSA_VERSION, startBareMedusa } from "./lib/bare-medusa.mjs"
import { compareWithBare, renderTable } from "./lib/report.mjs"

const args = process.argv.slice(2)
const option = (/** @type {string} */ name, /** @type {string | undefined} */ fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return fallback
  return args[i].includes("=") ? args[i].slice(args[i].indexOf("=") + 1) : args[i + 1]
}
const flag = (/** @type {string} */ name) => args.includes(`--${name}`)

const quick = flag("quick")
const SCALE = Number(option("scale", "10000"))
const ORDERS = Number(option("orders", "10000"))
const SWEEP = (option("sweep", quick ? String(SCALE) : `1000,${SCALE}`) ?? "").split(",").filter(Boolean).map(Number)
/** `all` or province codes: every stack of the run seeded by the national generator. */
const PROVINCES = option("provinces", undefined)
/** `--only checkout`: the checkout figures alone, for work on the cart's hooks (minutes instead of twenty). */
const ONLY = option("only", undefined)
if (ONLY !== undefined && ONLY !== "checkout") throw new Error(`--only ${ONLY}: the one part measured alone is "checkout"`)
const measures = (/** @type {string} */ part) => !ONLY || ONLY === part
const PLAN = quick
  ? { warmup: 5, sequential: 30, parallel: 60, connections: 10, ttfbN: 20, lhRuns: 1, checkoutRounds: Number(option("checkout-rounds", "1")) }
  : // Medusa's own anchors took 1–3 s a request on this shared 2-core machine (load average 7): these counts
    // keep a run near 20 min; --sequential / --parallel raise them on a quieter machine.
    {
      warmup: 10,
      sequential: Number(option("sequential", "60")),
      parallel: Number(option("parallel", "120")),
      connections: 10,
      ttfbN: 100,
      lhRuns: Number(option("lh-runs", "1")),
      checkoutRounds: Number(option("checkout-rounds", "3")),
    }
const skipBrowser = flag("skip-browser") || !CHROME
const say = (/** @type {string} */ line) => console.error(`[bench] ${line}`)
const outDir = path.resolve(ROOT, option("out", ".data/bench") ?? ".data/bench")

const reuse = option("stack", process.env.OCOP_BENCH_STACK)
// The lookup and the stamp check are rate-limited per client (docs/decisions/029), and the bench is one client:
// its own stack lifts those limits so that it measures the routes, not the 429. A reused stack keeps its own.
if (!reuse) {
  process.env.OCOP_RATE_LIMIT_CERTIFICATE_LOOKUP_CLIENT ??= "10000000/60"
  process.env.OCOP_RATE_LIMIT_STAMP_CHECK_CLIENT ??= "10000000/60"
  process.env.OCOP_RATE_LIMIT_STAMP_CHECK_ACCOUNT ??= "10000000/60"
}
let current = reuse
  ? await reuseStack(path.resolve(reuse))
  : await startSeededStack({ scale: SCALE, provinces: PROVINCES, orders: ORDERS, ports: PORTS.bench, name: "bench", say, bareCopy: true })
/** Bare Medusa on the copy of the data, up during the checkout rounds only (bare-medusa.mjs). */
let bare = /** @type {Awaited<ReturnType<typeof startBareMedusa>> | undefined} */ (undefined)
const stopAll = async () => {
  await bare?.stop()
  await current.stop()
}
stopOnSignals(stopAll)

const started = Date.now()
const report = /** @type {any} */ ({
  when: new Date().toISOString(),
  host: { cpus: os.cpus().length, load_average: os.loadavg().map((n) => Number(n.toFixed(2))), node: process.version },
  plan: PLAN,
  stack: reuse
    ? `reused ${reuse}`
    : `own, ${SCALE} generated products${PROVINCES ? ` over provinces ${PROVINCES}` : ""}, ${ORDERS} producers' orders, ports ${JSON.stringify(PORTS.bench)}`,
  api: [],
  pages: [],
  browser: [],
  sweep: [],
})

try {
  const stack = current.info
  const client = storeClient(stack)
  const headers = { "x-publishable-api-key": stack.publishable_key }
  const regionId = stack.region_id ?? (await client.get("/store/regions?limit=1")).body.regions[0].id
  const fixtures = await resolveFixtures(client, regionId)
  report.fixtures = fixtures
  say(`fixtures: ${JSON.stringify(fixtures)}`)

  // At rest as after `npm start`: Medusa's pool lets the connections it opened while starting go after 30 s idle.
  await new Promise((resolve) => setTimeout(resolve, 35_000))
  const pids = current.stack?.pids()
  report.memory_at_rest_mb = pids ? await residentMemory(pids) : undefined

  if (measures("api")) {
    // ---- Store API, each beside its anchor -------------------------------------------------------------------
    const medusaList = `/store/products?limit=24&region_id=${regionId}&fields=*variants.calculated_price`
    const pairs = [
      {
        name: "catalogue: 4 ★ and up, one group, 24 cards",
        path: `/store/ocop/products?min_stars=4&group=${fixtures.group}&limit=24`,
        anchor: "Medusa /store/products?limit=24 with calculated prices",
        anchorPath: medusaList,
        target: { p95: 0.5, rps: 3, source: "targets.md: catalogue p95 ≤ 0.5×, ≥ 3× req/s" },
      },
      {
        name: "catalogue: deep page (offset 9000)",
        path: `/store/ocop/products?limit=24&offset=${fixtures.deepOffset}`,
        anchor: `Medusa /store/products, same offset, with calculated prices`,
        anchorPath: `${medusaList}&offset=${fixtures.deepOffset}`,
        target: { p95: 0.5, rps: 3, source: "targets.md: catalogue p95 ≤ 0.5×, ≥ 3× req/s" },
      },
      {
        name: "catalogue: unfiltered, 24 cards",
        path: "/store/ocop/products?limit=24",
        anchor: "Medusa /store/products?limit=24 with calculated prices",
        anchorPath: medusaList,
        target: { p95: 0.5, rps: 3, source: "targets.md: catalogue p95 ≤ 0.5×, ≥ 3× req/s" },
      },
      {
        name: `search q=${fixtures.queryAccented}`,
        path: `/store/ocop/products?limit=24&q=${encodeURIComponent(fixtures.queryAccented)}`,
        anchor: "our unfiltered catalogue",
        anchorPath: "/store/ocop/products?limit=24",
        target: { p95: 1, source: "targets.md: search no slower than the catalogue (≤ 1×)" },
      },
      {
        name: `search q=${fixtures.queryPlain} (no accents)`,
        path: `/store/ocop/products?limit=24&q=${encodeURIComponent(fixtures.queryPlain)}`,
        anchor: "our unfiltered catalogue",
        anchorPath: "/store/ocop/products?limit=24",
        target: { p95: 1, source: "targets.md: search no slower than the catalogue (≤ 1×)" },
      },
      {
        // Medusa's q= matches accents literally, so it gets the accented term (it would find nothing otherwise).
        name: `search q=${fixtures.queryAccented}`,
        path: `/store/ocop/products?limit=24&q=${encodeURIComponent(fixtures.queryAccented)}`,
        anchor: `Medusa /store/products?q=${fixtures.queryAccented} with calculated prices`,
        anchorPath: `${medusaList}&q=${encodeURIComponent(fixtures.queryAccented)}`,
        target: { p95: 0.5, source: "targets.md: search p95 ≤ 0.5× Medusa's q=" },
      },
      {
        name: "product detail",
        path: `/store/ocop/products/${fixtures.productHandle}?region_id=${regionId}`,
        anchor: "Medusa /store/products/:id with calculated prices",
        anchorPath: `/store/products/${fixtures.productId}?region_id=${regionId}&fields=*variants.calculated_price`,
        target: { p95: 1, source: "bench's bar (none in targets.md): no slower than Medusa's retrieve" },
      },
      {
        name: "producer page",
        path: `/store/ocop/producers/${fixtures.producerHandle}`,
        anchor: "Medusa /store/products/:id with calculated prices",
        anchorPath: `/store/products/${fixtures.productId}?region_id=${regionId}&fields=*variants.calculated_price`,
        target: { p95: 1, source: "bench's bar (none in targets.md): no slower than Medusa's retrieve" },
      },
    ]
    // A producer's own order list, signed in as the seed's demo owner (its producer holds half the seeded orders).
    const producerAuth = await producerLogin(stack)
    if (producerAuth) {
      for (const [name, p] of [
        [`producer's order list, 20 newest (${ORDERS} orders in the database)`, "/producer/orders?limit=20"],
        ["producer's order list, pending only", "/producer/orders?limit=20&status=pending"],
      ]) {
        pairs.push({
          name,
          path: p,
          anchor: "our unfiltered catalogue",
          anchorPath: "/store/ocop/products?limit=24",
          target: { p95: 1, source: "targets.md: a producer's order list, 10 000 orders, p95 ≤ 1.0× the certified catalogue" },
        })
      }
    } else report.producer_orders_skipped = "no producer login in stack.json"
    /** Anchors shared by several rows are measured once. */
    const measured = new Map()
    const measure = async (/** @type {string} */ p) => {
      if (!measured.has(p)) {
        say(`API ${p}`)
        const asProducer = p.startsWith("/producer/")
        const requestHeaders = asProducer ? { ...headers, authorization: `Bearer ${producerAuth}` } : headers
        const first = await client.get(p, asProducer ? { authorization: `Bearer ${producerAuth}` } : undefined)
        const figures = await measureGet(`${stack.backend_url}${p}`, { ...PLAN, headers: requestHeaders })
        measured.set(p, { status: first.status, count: first.body?.count, items: first.body?.products?.length ?? first.body?.orders?.length, ...figures })
      }
      return measured.get(p)
    }
    for (const pair of pairs) {
      report.api.push({ ...pair, ours: await measure(pair.path), base: await measure(pair.anchorPath) })
    }

    // ---- The lookup and the stamp check, beside the certified catalogue ----------------------------------------
    const verification = await verificationRows(stack, client, headers, measured, say)
    if (verification) report.api.push(...verification)

    // ---- Storefront SSR beside a static file of the same Remix server ----------------------------------------
    const pages = [
      { name: "home", path: "/" },
      { name: "catalogue", path: "/san-pham" },
      { name: "product", path: `/san-pham/${fixtures.productHandle}` },
    ]
    const DTC_TTFB_P95 = { home: 39, catalogue: 33, product: 40 }
    say("storefront static file /favicon.svg")
    const staticFile = {
      ttfb: await measureTtfb(`${stack.storefront_url}/favicon.svg`, { warmup: PLAN.warmup, n: PLAN.ttfbN }),
      c10: await fire({ url: `${stack.storefront_url}/favicon.svg`, connections: PLAN.connections, amount: PLAN.parallel }),
    }
    report.static_file = staticFile
    for (const page of pages) {
      say(`storefront ${page.path}`)
      const url = `${stack.storefront_url}${page.path}`
      const ttfb = await measureTtfb(url, { warmup: PLAN.warmup, n: PLAN.ttfbN })
      const c10 = await fire({ url, connections: PLAN.connections, amount: Math.round(PLAN.parallel / 2) })
      report.pages.push({ ...page, ttfb, c10, dtc_ttfb_p95: DTC_TTFB_P95[/** @type {"home"} */ (page.name)] })
    }
  }

  // ---- Cart completion, 10 shoppers at once: carts of one producer, of three lines of one producer, of three
  // producers. The kinds take turns round by round, after a first round of each that warms up and is not counted:
  // run one after the other, the first kind paid for the cold caches and the ratio swung from 1.0× to 1.4×.
  const conn = PLAN.connections
  const rounds = PLAN.checkoutRounds + 1
  // Three producers' lines per split cart, from a pool twice that size so that every cart finds three producers.
  const variants = await buyableVariants(client, conn * rounds * 7, regionId)
  const singles = variants.slice(0, conn * rounds).map((v) => [v.variant_id])
  const triples = cartsOfProducers(variants.slice(conn * rounds), 3)
  // The same number of lines from one producer each, from variants none of the carts above use (a pool large
  // enough that 40 carts find three lines of one producer once the first 280 variants are taken).
  const used = new Set([...singles, ...triples].flat())
  const sameLines = cartsOfOneProducer(
    (await buyableVariants(client, conn * rounds * 20, regionId)).filter((v) => !used.has(v.variant_id)),
    3
  ).slice(0, conn * rounds)
  /**
   * One round: `conn` shoppers at once, each completing one cart, on our backend or on bare Medusa's.
   * @param {string[][]} carts @param {string} backendUrl
   */
  const checkoutRound = async (carts, backendUrl) => {
    /** @type {Record<string, number[]>} */
    const steps = {}
    /** @type {Record<string, number>} */
    const failures = {}
    const orders = /** @type {number[]} */ ([])
    const flow = checkoutRequests({
      regionId,
      carts,
      record: (step, ms, status) => {
        ;(steps[step] ??= []).push(ms)
        if (status >= 300) failures[`${step} ${status}`] = (failures[`${step} ${status}`] ?? 0) + 1
      },
      onOrder: (_cart, _order, parcels) => orders.push(parcels),
    })
    const run = await fire({
      url: backendUrl,
      connections: conn,
      amount: flow.length * conn,
      headers: { ...headers, "content-type": "application/json" },
      requests: flow,
      timeout: 60,
    })
    return { steps, failures, orders, duration_s: run.duration_s }
  }
  // The baseline (issue 22): bare Medusa of the same version on a copy of the same data, with the very carts of
  // the one-product kind (the copy has its own stock, so the same variants sell in both).
  const ownStack = reuse ? undefined : current.stack
  if (ownStack && measures("checkout")) {
    say(`checkout: starting bare Medusa ${MEDUSA_VERSION} (no OCOP plugin) on the copy of the data, port ${BARE_PORT}`)
    bare = await startBareMedusa({ dir: current.dir, info: stack, options: ownStack.options, port: BARE_PORT, say }).catch((error) => {
      report.checkout_bare_skipped = `bare Medusa did not start: ${String(error.message ?? error).slice(0, 300)}`
      say(report.checkout_bare_skipped)
      return undefined
    })
  } else if (reuse) report.checkout_bare_skipped = "bare Medusa runs only beside the bench's own stack (not with --stack)"
  const kinds = [
    { key: "checkout", label: "one producer's product per cart", carts: singles, url: stack.backend_url },
    ...(bare
      ? [{ key: "checkout_bare", label: `bare Medusa ${MEDUSA_VERSION} (no OCOP plugin, a copy of the same data): the same carts`, carts: singles, url: bare.url }]
      : []),
    { key: "checkout_one_producer_three_lines", label: "three products of one producer per cart (one order each)", carts: sameLines, url: stack.backend_url },
    { key: "checkout_split", label: "three producers' products per cart (three orders each)", carts: triples, url: stack.backend_url },
  ].filter((kind) => kind.carts.length >= conn * rounds)
  if (!kinds.some((kind) => kind.key === "checkout_split")) {
    report.checkout_split_skipped = `only ${triples.length} carts of three producers could be made from the catalogue's first products`
  }
  if (!kinds.some((kind) => kind.key === "checkout_one_producer_three_lines")) {
    say(`checkout: only ${sameLines.length} carts of three lines of one producer (${conn * rounds} needed): that anchor is not measured`)
  }
  /** @type {Record<string, { steps: Record<string, number[]>, failures: Record<string, number>, orders: number[], duration_s: number }>} */
  const counted = {}
  for (let round = 0; round < rounds; round++) {
    // Every other round in the opposite order, so that no kind always follows the same one (ours after bare's
    // round found PostgreSQL's caches warmed by the other database).
    for (const kind of round % 2 ? [...kinds].reverse() : kinds) {
      say(`checkout round ${round + 1}/${rounds}${round === 0 ? " (warm-up)" : ""}: ${conn} shoppers at once, cash on delivery, ${kind.label}`)
      const part = await checkoutRound(kind.carts.slice(round * conn, (round + 1) * conn), kind.url)
      if (round === 0) continue
      const sum = (counted[kind.key] ??= { steps: {}, failures: {}, orders: [], duration_s: 0 })
      for (const [step, times] of Object.entries(part.steps)) (sum.steps[step] ??= []).push(...times)
      for (const [failure, n] of Object.entries(part.failures)) sum.failures[failure] = (sum.failures[failure] ?? 0) + n
      sum.orders.push(...part.orders)
      sum.duration_s += part.duration_s
    }
  }
  for (const kind of kinds) {
    const sum = counted[kind.key]
    report[kind.key] = {
      label: kind.label,
      shoppers: conn,
      rounds: PLAN.checkoutRounds,
      warm_up_rounds: 1,
      lines_per_cart: kind.carts[0]?.length ?? 0,
      orders: sum.orders.length,
      parcels: sum.orders.reduce((a, b) => a + b, 0),
      orders_per_s: sum.orders.length / sum.duration_s,
      failures: sum.failures,
      steps: Object.fromEntries(Object.entries(sum.steps).map(([k, v]) => [k, summarise(v)])),
    }
  }
  if (report.checkout_split) {
    report.checkout_split.target = { p95: 1.2, source: "targets.md: completion of 3-producer carts p95 ≤ 1.2× single-producer completion, same run" }
  }
  if (bare) {
    report.checkout_bare.medusa_version = MEDUSA_VERSION
    report.checkout_bare.delivery = bare.delivery
    report.checkout_vs_bare = compareWithBare(report.checkout, report.checkout_bare)
    await bare.stop()
    bare = undefined
  }

  report.memory_after_load_mb = pids ? await residentMemory(pids) : undefined

  // ---- First-visit JavaScript and Lighthouse mobile ---------------------------------------------------------
  if (!skipBrowser && measures("browser")) {
    const browserPages = [
      { name: "home", path: "/", js_budget_kb: 100 },
      { name: "catalogue", path: "/san-pham", js_budget_kb: 120 },
      { name: "product", path: `/san-pham/${fixtures.productHandle}`, js_budget_kb: 110 },
      { name: "sales-point map", path: "/diem-ban", js_budget_kb: 170 },
    ]
    for (const page of browserPages) {
      const url = `${stack.storefront_url}${page.path}`
      say(`browser ${page.path}: first-visit JS, Lighthouse ×${PLAN.lhRuns}`)
      const js = await measureJs(url).catch((error) => ({ error: String(error).slice(0, 200) }))
      const lighthouse = await measureLighthouse(url, PLAN.lhRuns).catch((error) => ({ error: String(error).slice(0, 200) }))
      report.browser.push({ ...page, js, lighthouse })
    }
  } else {
    report.browser_skipped = !CHROME ? "no Chromium found (apt-get install chromium, or CHROME_PATH)" : ONLY ? `--only ${ONLY}` : "--skip-browser"
  }

  // ---- Size sweep: the catalogue's p95 as the catalogue grows ----------------------------------------------
  // Each stack of the sweep has its own publishable key and region: asked of that stack, not the main one's.
  const sweepPoint = async (/** @type {number} */ scale) => {
    const info = current.info
    const sweepClient = storeClient(info)
    const sweepHeaders = { "x-publishable-api-key": info.publishable_key }
    const region = info.region_id ?? (await sweepClient.get("/store/regions?limit=1")).body.regions[0].id
    const paths = {
      ours: `/store/ocop/products?min_stars=4&group=${fixtures.group}&limit=24`,
      unfiltered: "/store/ocop/products?limit=24",
      search: `/store/ocop/products?limit=24&q=${encodeURIComponent(fixtures.queryPlain)}`,
      medusa: `/store/products?limit=24&region_id=${region}&fields=*variants.calculated_price`,
    }
    const point = /** @type {any} */ ({ scale })
    for (const [key, p] of Object.entries(paths)) {
      const first = await sweepClient.get(p)
      // A refused request measures nothing: say so rather than print its speed as the figure.
      if (first.status !== 200) return { scale, refused: `${p} answered ${first.status}` }
      point[`${key}_count`] = first.body?.count
      const figures = await measureGet(`${info.backend_url}${p}`, { ...PLAN, headers: sweepHeaders, parallel: 0 })
      point[key] = figures.c1
    }
    return point
  }
  if (!reuse && measures("sweep")) {
    // The main stack's size first, while it is still up; then one stack per other size.
    for (const scale of [...SWEEP].sort((a, b) => (a === SCALE ? -1 : b === SCALE ? 1 : a - b))) {
      if (scale === SCALE) {
        say(`sweep ${scale}: the main stack`)
        report.sweep.push(await sweepPoint(scale))
        continue
      }
      await current.stop()
      say(`sweep ${scale}: starting a stack with ${scale} generated products`)
      current = await startSeededStack({ scale, provinces: PROVINCES, ports: PORTS.bench, name: "bench", say })
      report.sweep.push(await sweepPoint(scale))
    }
  }
  report.sweep.sort((/** @type {any} */ a, /** @type {any} */ b) => a.scale - b.scale)
} finally {
  await stopAll()
}

report.duration_s = Math.round((Date.now() - started) / 1000)
fs.mkdirSync(outDir, { recursive: true })
const file = path.join(outDir, `bench-${report.when.replace(/[:.]/g, "-")}.json`)
fs.writeFileSync(file, JSON.stringify(report, null, 2) + "\n")
fs.writeFileSync(path.join(outDir, "latest.json"), JSON.stringify(report, null, 2) + "\n")
console.log(renderTable(report))
console.log(`\nRaw figures: ${path.relative(process.cwd(), file)}`)

/**
 * A bearer token of the seed's demo producer owner (stack.json's producer_email / producer_password), or null.
 * @param {any} stack
 */
async function producerLogin(stack) {
  if (!stack.producer_email || !stack.producer_password) return null
  const response = await fetch(`${stack.backend_url}/auth/producer/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.producer_email, password: stack.producer_password }),
  })
  return response.ok ? /** @type {string} */ ((await response.json()).token) : null
}

/**
 * A lookup by certificate number and a stamp check (issue 20), each against the unfiltered certified catalogue's
 * p95 measured above in the same run (targets.md: ≤ 0.5×). Requests rotate over 200 certificate numbers of both
 * cycles the generator writes, and over fresh stamp codes (a batch issued through the admin API, its codes read
 * from the database), so every stamp request is a first check: a read, an insert and an update, as a real scan.
 * @param {any} stack @param {ReturnType<typeof storeClient>} client @param {Record<string, string>} headers
 * @param {Map<string, any>} measured @param {(line: string) => void} say
 */
async function verificationRows(stack, client, headers, measured, say) {
  const anchorPath = "/store/ocop/products?limit=24"
  const anchor = measured.get(anchorPath)
  const register = await client.get("/store/ocop/certifications?q=OCOP&limit=100")
  if (register.status !== 200 || !anchor) {
    say(`verification skipped: /store/ocop/certifications answered ${register.status}`)
    return null
  }
  const numbers = /** @type {string[]} */ ([])
  for (let offset = 0; numbers.length < 200 && offset < 2000; offset += 100) {
    const page = offset ? (await client.get(`/store/ocop/certifications?q=OCOP&limit=100&offset=${offset * 7}`)).body : register.body
    numbers.push(...(page.certifications ?? []).map((/** @type {any} */ c) => c.certificate_no))
    if (!page.certifications?.length) break
  }
  const valid = register.body.certifications.find((/** @type {any} */ c) => c.status === "valid" || c.status === "expiring")
  const rotate = (/** @type {string[]} */ paths) => {
    let i = 0
    return [{ method: "GET", setupRequest: (/** @type {any} */ req) => ({ ...req, path: paths[i++ % paths.length] }) }]
  }
  const plan = { ...PLAN, headers }
  const run = async (/** @type {string[]} */ paths) => {
    const url = `${stack.backend_url}${paths[0]}`
    await fire({ url, connections: 1, amount: plan.warmup, headers, requests: rotate(paths.slice(-plan.warmup)) })
    const c1 = await fire({ url, connections: 1, amount: plan.sequential, headers, requests: rotate(paths) })
    const c10 = await fire({ url, connections: plan.connections, amount: Math.max(plan.parallel, plan.connections), headers, requests: rotate(paths.slice(plan.sequential)) })
    return { c1, c10 }
  }
  say(`lookup by number over ${numbers.length} certificates (register: ${register.body.count} match "OCOP")`)
  const lookupPaths = numbers.map((n) => `/store/ocop/certifications/${encodeURIComponent(n)}`)
  const rows = [
    {
      name: `certificate lookup by number (${register.body.count} certificates)`,
      path: lookupPaths[0],
      anchor: "our unfiltered catalogue",
      anchorPath,
      target: { p95: 0.5, source: "targets.md: lookup p95 ≤ 0.5× the certified catalogue" },
      ours: { status: (await client.get(lookupPaths[0])).status, count: register.body.count, ...(await run(lookupPaths)) },
      base: anchor,
    },
  ]
  const codes = valid ? await issueStampCodes(stack, valid.certificate_no, plan.warmup + plan.sequential + Math.max(plan.parallel, plan.connections) + 10) : []
  if (codes.length) {
    say(`stamp check over ${codes.length} fresh codes`)
    const stampPaths = codes.map((code) => `/store/ocop/stamps/${code}`)
    const measuredStamps = await run(stampPaths.slice(1))
    rows.push({
      name: "stamp check (a first scan: read, insert, update)",
      path: stampPaths[0],
      anchor: "our unfiltered catalogue",
      anchorPath,
      target: { p95: 0.5, source: "targets.md: stamp check p95 ≤ 0.5× the certified catalogue" },
      ours: { status: (await client.get(stampPaths[0])).status, count: codes.length, ...measuredStamps },
      base: anchor,
    })
  } else say("stamp check skipped: no admin login or database in stack.json")
  return rows
}

/** A batch of `quantity` stamps for a certificate, through the admin API; its codes from the database. */
async function issueStampCodes(/** @type {any} */ stack, /** @type {string} */ certificateNo, /** @type {number} */ quantity) {
  if (!stack.admin_email || !stack.database_url) return []
  const pg = (await import("pg")).default
  const db = new pg.Client({ connectionString: stack.database_url })
  await db.connect()
  try {
    const { rows } = await db.query("select certification_id from ocop_register_entry where certificate_no = $1", [certificateNo])
    const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
    })
    const { token } = /** @type {any} */ (await login.json())
    const issued = await fetch(`${stack.backend_url}/admin/ocop/certifications/${rows[0].certification_id}/stamp-batches`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ quantity, note: "bench" }),
    })
    const { stamp_batch } = /** @type {any} */ (await issued.json())
    const codes = await db.query("select code from ocop_stamp_code where batch_id = $1 order by serial", [stamp_batch.id])
    return codes.rows.map((/** @type {{ code: string }} */ row) => row.code)
  } finally {
    await db.end()
  }
}

/**
 * What the figures are measured on, found through the store API so any seed works: a 4 ★ group with products,
 * one product (its handle and Medusa id), its producer, a deep offset and a search term from a real title.
 * @param {ReturnType<typeof storeClient>} client @param {string} regionId
 */
async function resolveFixtures(client, regionId) {
  const groups = (await client.get("/store/ocop/groups")).body.groups
  const top = (await client.get("/store/ocop/products?min_stars=4&limit=100")).body
  const byGroup = new Map()
  for (const p of top.products) byGroup.set(p.ocop.group, (byGroup.get(p.ocop.group) ?? 0) + 1)
  const group = [...byGroup].sort((a, b) => b[1] - a[1])[0]?.[0] ?? groups[0].code
  const product = top.products.find((/** @type {any} */ p) => p.producer) ?? top.products[0]
  const total = (await client.get("/store/ocop/products?limit=1")).body.count
  const medusaTotal = (await client.get(`/store/products?limit=1&region_id=${regionId}&fields=id`)).body.count
  return {
    group,
    productHandle: product.handle,
    productId: product.id,
    producerHandle: product.producer?.handle,
    catalogue_count: total,
    medusa_count: medusaTotal,
    // Both catalogues hold about the same products: the same deep page in each, short of the last one.
    deepOffset: Math.max(0, Math.min(9000, Math.min(total, medusaTotal) - 48)),
    queryAccented: "cà phê",
    queryPlain: "ca phe",
  }
}

// @ts-check
/**
 * The instruments of `npm run bench` and `npm run test:load`, after the approach of ../shared/measure/
 * (api-figures.mjs, storefront-figures.mjs), so figures stay comparable with the anchors of targets.md:
 * - latency and throughput: autocannon with a fixed number of requests (`amount`), keep-alive, no pipelining;
 *   every response's latency is collected from autocannon's `response` events, percentiles by nearest rank;
 * - storefront TTFB: fetch(), one keep-alive connection, time to the first chunk of the body;
 * - first-visit JavaScript: headless Chromium (playwright-core), fresh context, mobile viewport, network idle,
 *   scripts re-gzipped at level 6 (a server-independent weight);
 * - Lighthouse 12 mobile (its default config), a fresh Chromium per run, the run with the median performance;
 * - resident memory: RSS of each process tree and of every process in it, as bootstrap-figures.mjs reads it.
 */
import fs from "node:fs"
import zlib from "node:zlib"
import autocannon from "autocannon"
import { ROOT } from "../../../scripts/lib/config.mjs"
import { commandLine, processTree, pssKb, statusKb } from "./proc.mjs"

export { processTree }

/** @param {number[]} sorted @param {number} p */
export function pct(sorted, p) {
  if (!sorted.length) return NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]
}

/** @param {number[]} values */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return { n: sorted.length, p50: pct(sorted, 50), p95: pct(sorted, 95), p99: pct(sorted, 99) }
}

/**
 * @typedef {{ n: number, p50: number, p95: number, p99: number, rps: number, non2xx: number, errors: number,
 *   statuses: Record<string, number>, duration_s: number }} LoadFigures
 */

/**
 * One autocannon run of a fixed number of requests.
 * @param {object} options
 * @param {string} options.url
 * @param {number} options.connections
 * @param {number} [options.amount]            requests in all
 * @param {Record<string, string>} [options.headers]
 * @param {any[]} [options.requests]           autocannon's request flow (setupRequest/onResponse), for multi-step scenarios
 * @param {number} [options.timeout]           seconds before a request counts as timed out
 * @param {number} [options.overallRate]       requests per second over all connections (paced)
 * @param {number} [options.duration]          seconds, instead of a request count (the load test's phases)
 * @returns {Promise<LoadFigures>}
 */
export async function fire({ url, connections, amount, headers = {}, requests, timeout = 30, overallRate, duration }) {
  const latencies = /** @type {number[]} */ ([])
  const statuses = /** @type {Record<string, number>} */ ({})
  const started = performance.now()
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...(duration ? { duration } : { amount }),
        headers,
        pipelining: 1,
        timeout,
        requests,
        ...(overallRate ? { overallRate } : {}),
      },
      (/** @type {any} */ error, /** @type {any} */ res) => (error ? reject(error) : resolve(res))
    )
    instance.on("response", (/** @type {any} */ _client, /** @type {number} */ status, /** @type {number} */ _bytes, /** @type {number} */ ms) => {
      latencies.push(ms)
      statuses[status] = (statuses[status] || 0) + 1
    })
  })
  const seconds = (performance.now() - started) / 1000
  const s = summarise(latencies)
  return {
    ...s,
    rps: s.n / seconds,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statuses,
    duration_s: seconds,
  }
}

/**
 * Warm-up, then the fixed count at each concurrency (`parallel: 0` leaves concurrency 10 out).
 * @param {string} url @param {{ headers?: Record<string, string>, warmup: number, sequential: number, parallel: number, connections: number }} plan
 */
export async function measureGet(url, plan) {
  await fire({ url, connections: 1, amount: plan.warmup, headers: plan.headers })
  const c1 = await fire({ url, connections: 1, amount: plan.sequential, headers: plan.headers })
  const c10 = plan.parallel ? await fire({ url, connections: plan.connections, amount: Math.max(plan.parallel, plan.connections), headers: plan.headers }) : undefined
  return { c1, c10 }
}

/**
 * Time to first byte of a page, one keep-alive connection, as storefront-figures.mjs measures it.
 * @param {string} url @param {{ warmup: number, n: number }} plan
 */
export async function measureTtfb(url, { warmup, n }) {
  const headers = {
    "user-agent": "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36 ocop-bench",
    accept: "text/html,application/xhtml+xml,*/*;q=0.8",
    "accept-encoding": "gzip, deflate, br",
  }
  const once = async () => {
    const t0 = performance.now()
    const res = await fetch(url, { headers, redirect: "follow" })
    const reader = /** @type {ReadableStream<Uint8Array>} */ (res.body).getReader()
    let chunk = await reader.read()
    const ttfb = performance.now() - t0
    let bytes = chunk.value?.length ?? 0
    while (!chunk.done) {
      chunk = await reader.read()
      bytes += chunk.value?.length ?? 0
    }
    return { ttfb, status: res.status, bytes }
  }
  const first = await once()
  for (let i = 1; i < warmup; i++) await once()
  const times = []
  const statuses = /** @type {Record<string, number>} */ ({})
  for (let i = 0; i < n; i++) {
    const r = await once()
    times.push(r.ttfb)
    statuses[r.status] = (statuses[r.status] || 0) + 1
  }
  return { ...summarise(times), status: first.status, html_bytes: first.bytes, statuses }
}

export const CHROME = process.env.CHROME_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => fs.existsSync(p))
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu"]

/**
 * JavaScript a first visitor downloads, on a phone-sized fresh browser, until the network is idle.
 * @param {string} url
 */
export async function measureJs(url) {
  const { chromium } = await import("playwright-core")
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS, headless: true })
  try {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      userAgent:
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
    })
    const page = await context.newPage()
    const pending = /** @type {Promise<{ gz: number, url: string }>[]} */ ([])
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return
      pending.push(
        (async () => {
          const response = await request.response()
          const body = response ? await response.body().catch(() => null) : null
          return { url: request.url(), gz: body ? zlib.gzipSync(body, { level: 6 }).length : 0 }
        })()
      )
    })
    const response = await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 })
    const scripts = await Promise.all(pending)
    await context.close()
    return {
      status: response?.status() ?? 0,
      scripts: scripts.length,
      js_gzip_kb: scripts.reduce((sum, s) => sum + s.gz, 0) / 1024,
      // Largest first: where a page over its budget spends it.
      files: scripts
        .sort((a, b) => b.gz - a.gz)
        .map((s) => ({ file: new URL(s.url).pathname.split("/").pop(), gzip_kb: Math.round((s.gz / 1024) * 10) / 10 })),
    }
  } finally {
    await browser.close()
  }
}

/**
 * Lighthouse 12, mobile (the default config, simulated throttling), `runs` times; the median-performance run.
 * @param {string} url @param {number} runs
 */
export async function measureLighthouse(url, runs) {
  const lighthouse = (await import("lighthouse")).default
  const chromeLauncher = await import("chrome-launcher")
  const all = []
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS })
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      })
      const lhr = /** @type {any} */ (result).lhr
      const score = (/** @type {string} */ key) => Math.round((lhr.categories[key]?.score ?? NaN) * 100)
      all.push({
        performance: score("performance"),
        accessibility: score("accessibility"),
        best_practices: score("best-practices"),
        seo: score("seo"),
        lcp_ms: lhr.audits["largest-contentful-paint"]?.numericValue,
        tbt_ms: lhr.audits["total-blocking-time"]?.numericValue,
        cls: lhr.audits["cumulative-layout-shift"]?.numericValue,
        runtime_error: lhr.runtimeError?.code,
      })
    } finally {
      chrome.kill()
    }
  }
  const sorted = [...all].sort((a, b) => (a.performance || -1) - (b.performance || -1))
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], performance_runs: all.map((r) => r.performance) }
}

/**
 * Resident memory of each named process tree, in MB, and of every process in them (the bench's stack is what
 * `npm start` leaves: the backend, the storefront and PostgreSQL's postmaster with its own processes; no
 * supervisor). RSS is summed like bootstrap-figures.mjs does, so shared pages (PostgreSQL's shared buffers, the
 * Node binary) count once per process that maps them (the target was measured so); PSS beside it counts them once.
 * @param {Record<string, number | undefined>} roots  name → root pid
 */
export async function residentMemory(roots) {
  /** @type {Record<string, number> & { processes?: { name: string, pid: number, command: string, rss: number }[] }} */
  const mb = {}
  const processes = []
  for (const [name, pid] of Object.entries(roots)) {
    if (!pid) continue
    const pids = processTree(pid)
    const each = pids.map((p) => ({ name, pid: p, command: commandOf(p), rss: statusKb(p, "VmRSS") / 1024 }))
    processes.push(...each)
    mb[name] = each.reduce((sum, p) => sum + p.rss, 0)
    mb[`${name}_pss`] = pids.reduce((sum, p) => sum + pssKb(p), 0) / 1024
  }
  mb.total = (mb.backend ?? 0) + (mb.storefront ?? 0) + (mb.postgres ?? 0)
  mb.total_pss = (mb.backend_pss ?? 0) + (mb.storefront_pss ?? 0) + (mb.postgres_pss ?? 0)
  return { ...mb, processes }
}

/** A command line to print: the checkout as ".", a connection's client address left out. @param {number} pid */
function commandOf(pid) {
  return commandLine(pid).replaceAll(ROOT, ".").replace(/ \d+\.\d+\.\d+\.\d+\(\d+\)/, "").slice(0, 80)
}


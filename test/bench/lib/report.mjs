// @ts-check
/**
 * The bench's readable table: every figure beside its anchor, the ratio, the target it is judged against and
 * PASS/MISS. A verdict is information for people, never a test assertion.
 */

const f = (/** @type {number | undefined} */ n, d = 1) => (n === undefined || n === null || Number.isNaN(n) ? "n/a" : Number(n).toFixed(d))
const ms = (/** @type {any} */ s) => (s ? `${f(s.p50)} / ${f(s.p95)} / ${f(s.p99)}` : "n/a")
const verdict = (/** @type {boolean | undefined} */ ok) => (ok === undefined ? "—" : ok ? "PASS" : "MISS")

/** Issue 22's bar: the whole checkout no more than 1.2× bare Medusa's at p95, measured in the same run. */
export const BARE_TARGET = { p95: 1.2, source: "issue 22: whole checkout p95 ≤ 1.2× bare Medusa's (same version, same data, same run)" }

/**
 * Our one-product checkout beside bare Medusa's, whole and step by step (p50 and p95, and p95's ratio), for the
 * report's JSON: what our cart hooks and checks cost at each step.
 * @param {any} ours  report.checkout @param {any} bare  report.checkout_bare
 */
export function compareWithBare(ours, bare) {
  const steps = Object.keys(ours.steps)
    .filter((step) => bare.steps[step])
    .map((step) => {
      const o = ours.steps[step]
      const b = bare.steps[step]
      return { step, ours: { p50: o.p50, p95: o.p95, n: o.n }, bare: { p50: b.p50, p95: b.p95, n: b.n }, p95_ratio: o.p95 / b.p95 }
    })
  const whole = steps.find((s) => s.step === "whole checkout")
  const ratio = whole ? whole.p95_ratio : NaN
  return {
    ours_p95: whole?.ours.p95,
    bare_p95: whole?.bare.p95,
    // Beside the verdict: ten shoppers' carts of a round finish together, so one slow round moves a p95 far more
    // than the p50.
    ours_p50: whole?.ours.p50,
    bare_p50: whole?.bare.p50,
    ratio,
    target: BARE_TARGET,
    verdict: Number.isNaN(ratio) ? "n/a" : ratio <= BARE_TARGET.p95 ? "PASS" : "MISS",
    steps: steps.filter((s) => s.step !== "whole checkout"),
  }
}

/** @param {any} r */
export function renderTable(r) {
  const out = []
  out.push(`Bench — ${r.when} — ${r.stack} — ${r.host.cpus} CPU, load average ${r.host.load_average.join(" ")}, node ${r.host.node}`)
  out.push(
    `Requests: ${r.plan.warmup} warm-up, then ${r.plan.sequential} at concurrency 1 and ${r.plan.parallel} at ${r.plan.connections} (autocannon, keep-alive). ` +
      `Catalogue holds ${r.fixtures?.catalogue_count} certified products (Medusa's /store/products: ${r.fixtures?.medusa_count}).`
  )
  out.push("")
  out.push("Store API — ms p50 / p95 / p99 at concurrency 1; p95 and req/s at 10")
  out.push("")
  out.push("| what | ours c=1 | ours c=10 p95 · req/s | anchor | anchor c=1 | anchor c=10 p95 · req/s | p95 ratio | req/s ratio | target | verdict |")
  out.push("|---|---|---|---|---|---|---|---|---|---|")
  for (const row of r.api) {
    const o = row.ours
    const b = row.base
    const p95 = o.c1.p95 / b.c1.p95
    const rps = o.c10.rps / b.c10.rps
    const ok =
      (row.target.p95 === undefined || p95 <= row.target.p95) && (row.target.rps === undefined || rps >= row.target.rps)
    const bad = [o, b].some((x) => x.status !== 200 || x.c1.non2xx || x.c10.non2xx || x.c1.errors || x.c10.errors)
    out.push(
      `| ${row.name}${o.count !== undefined ? ` (${o.count} found)` : ""} | ${ms(o.c1)} | ${f(o.c10.p95)} · ${f(o.c10.rps, 0)} | ${row.anchor} | ${ms(b.c1)} | ${f(b.c10.p95)} · ${f(b.c10.rps, 0)} | ${f(p95, 2)}× | ${f(rps, 2)}× | ${[
        row.target.p95 !== undefined ? `p95 ≤ ${row.target.p95}×` : "",
        row.target.rps !== undefined ? `req/s ≥ ${row.target.rps}×` : "",
      ]
        .filter(Boolean)
        .join(", ")} | ${bad ? "ERRORS" : verdict(ok)} |`
    )
  }
  out.push("")
  out.push("Storefront SSR — TTFB ms p50 / p95 / p99 (one keep-alive connection), and 10 connections (full response)")
  out.push("")
  out.push("| page | status | TTFB c=1 | c=10 p95 · req/s | static /favicon.svg TTFB c=1 | TTFB p95 ratio to static | DTC starter p95 (targets.md, other run) | verdict |")
  out.push("|---|---|---|---|---|---|---|---|")
  const st = r.static_file
  for (const page of r.pages) {
    const missing = page.ttfb.status !== 200
    out.push(
      `| ${page.name} ${page.path} | ${page.ttfb.status} | ${ms(page.ttfb)} | ${f(page.c10.p95)} · ${f(page.c10.rps, 0)} | ${ms(st?.ttfb)} | ${f(page.ttfb.p95 / st?.ttfb.p95, 1)}× | ≤ ${page.dtc_ttfb_p95} ms | ${missing ? "NO PAGE" : verdict(page.ttfb.p95 <= page.dtc_ttfb_p95)} |`
    )
  }
  if (st) out.push(`\nStatic file at 10 connections: p95 ${f(st.c10.p95)} ms, ${f(st.c10.rps, 0)} req/s.`)
  out.push("")
  for (const c of [r.checkout, r.checkout_bare, r.checkout_one_producer_three_lines, r.checkout_split].filter(Boolean)) {
    out.push(
      `Checkout — ${c.shoppers} shoppers at once, cash on delivery (pp_system_default), ${c.label ?? "one product per cart"}` +
        `${c.rounds ? ` (${c.rounds} rounds, taking turns with the other kinds after a warm-up round each)` : ""}: ${c.orders} purchases` +
        `${c.parcels !== undefined ? ` (${c.parcels} orders)` : ""}, ${f(c.orders_per_s, 2)} purchases/s${Object.keys(c.failures).length ? `, failures ${JSON.stringify(c.failures)}` : ", no failure"}.`
    )
    out.push("")
    out.push("| step | n | ms p50 / p95 / p99 |")
    out.push("|---|---|---|")
    for (const [step, s] of Object.entries(c.steps)) out.push(`| ${step} | ${/** @type {any} */ (s).n} | ${ms(s)} |`)
    out.push("")
  }
  if (r.checkout && r.checkout_split) {
    const one = r.checkout.steps.complete
    const three = r.checkout_split.steps.complete
    const ratio = three?.p95 / one?.p95
    out.push("| what | completion p95, 3 producers | anchor: completion p95, 1 producer (same run) | ratio | target | verdict |")
    out.push("|---|---|---|---|---|---|")
    out.push(`| cart completion, ${r.checkout_split.shoppers} shoppers at once | ${f(three?.p95)} ms | ${f(one?.p95)} ms | ${f(ratio, 2)}× | p95 ≤ ${r.checkout_split.target.p95}× | ${verdict(ratio <= r.checkout_split.target.p95)} |`)
    // The same number of lines from one producer: what the split itself costs, beside what three lines cost.
    const sameLines = r.checkout_one_producer_three_lines?.steps.complete
    if (sameLines) {
      const split = three?.p95 / sameLines.p95
      out.push(`| the same, anchored on carts of 3 lines of one producer | ${f(three?.p95)} ms | ${f(sameLines.p95)} ms | ${f(split, 2)}× | p95 ≤ ${r.checkout_split.target.p95}× | ${verdict(split <= r.checkout_split.target.p95)} |`)
    }
    out.push("")
  } else if (r.checkout_split_skipped) {
    out.push(`Split checkout skipped: ${r.checkout_split_skipped}`)
    out.push("")
  }
  out.push(...bareRows(r))
  const mem = (/** @type {any} */ m) => (m ? `${f(m.backend, 0)} / ${f(m.storefront, 0)} / ${f(m.postgres, 0)} = **${f(m.total, 0)}**` : "n/a")
  const pss = (/** @type {any} */ m) => (m?.total_pss ? `${f(m.backend_pss, 0)} / ${f(m.storefront_pss, 0)} / ${f(m.postgres_pss, 0)} = ${f(m.total_pss, 0)}` : "n/a")
  out.push("Resident memory, MB (backend / storefront / PostgreSQL = total; RSS summed per process as the target was measured, PSS counting shared pages once)")
  out.push("")
  out.push("| when | RSS | PSS | target | verdict |")
  out.push("|---|---|---|---|---|")
  out.push(`| at rest | ${mem(r.memory_at_rest_mb)} | ${pss(r.memory_at_rest_mb)} | RSS ≤ 450 at rest | ${r.memory_at_rest_mb ? verdict(r.memory_at_rest_mb.total <= 450) : "—"} |`)
  out.push(`| after the load | ${mem(r.memory_after_load_mb)} | ${pss(r.memory_after_load_mb)} | — | — |`)
  out.push("")
  const processes = r.memory_at_rest_mb?.processes
  if (processes?.length) {
    out.push(`Every process of the stack at rest (${processes.length}), RSS MB:`)
    out.push("")
    out.push("| process | RSS |")
    out.push("|---|---|")
    for (const p of processes) out.push(`| ${p.name}: \`${p.command}\` | ${f(p.rss, 0)} |`)
    out.push("")
  }
  if (r.browser?.length) {
    out.push("Browser — first-visit JavaScript (re-gzipped, KB) and Lighthouse mobile (perf / a11y / best practices / SEO)")
    out.push("")
    out.push("| page | status | JS gzip KB | budget | verdict | Lighthouse | target | verdict | LCP ms · TBT ms · CLS |")
    out.push("|---|---|---|---|---|---|---|---|---|")
    for (const b of r.browser) {
      const js = b.js ?? {}
      const lh = b.lighthouse ?? {}
      const scores = [lh.performance, lh.accessibility, lh.best_practices, lh.seo]
      const lhOk = scores.every((s) => typeof s === "number" && !Number.isNaN(s)) ? lh.performance >= 98 && scores.slice(1).every((s) => s >= 100) : undefined
      out.push(
        `| ${b.name} ${b.path} | ${js.status ?? js.error ?? "n/a"} | ${f(js.js_gzip_kb)} | ≤ ${b.js_budget_kb} | ${js.status === 200 ? verdict(js.js_gzip_kb <= b.js_budget_kb) : "NO PAGE"} | ${lh.error ? lh.error : scores.join(" / ")}${lh.performance_runs?.length > 1 ? ` (perf runs ${lh.performance_runs.join(", ")})` : ""} | ≥ 98/100/100/100 | ${js.status === 200 ? verdict(lhOk) : "NO PAGE"} | ${f(lh.lcp_ms, 0)} · ${f(lh.tbt_ms, 0)} · ${f(lh.cls, 3)} |`
      )
    }
    out.push("")
  } else if (r.browser_skipped) {
    out.push(`Browser figures skipped: ${r.browser_skipped}`)
    out.push("")
  }
  if (r.sweep?.length) {
    out.push("Size sweep — catalogue p95 at concurrency 1, ms (count found)")
    out.push("")
    out.push("| generated products | ours 4 ★ + group | ours unfiltered | search (no accents) | Medusa /store/products with prices | catalogue / Medusa (target ≤ 0.5×) | search / catalogue (target ≤ 1×) |")
    out.push("|---|---|---|---|---|---|---|")
    for (const p of r.sweep) {
      if (p.refused) {
        out.push(`| ${p.scale} | not measured: ${p.refused} | | | | | |`)
        continue
      }
      // The same targets as the table above, judged per size: ours against Medusa's list, search against our
      // unfiltered catalogue, every figure of the same stack.
      const catalogueRatio = p.ours.p95 / p.medusa.p95
      const search = p.search ? `${f(p.search.p95)} (${p.search_count})` : "—"
      const searchRatio = p.search ? p.search.p95 / p.unfiltered.p95 : undefined
      out.push(
        `| ${p.scale} | ${f(p.ours.p95)} (${p.ours_count}) | ${f(p.unfiltered.p95)} (${p.unfiltered_count}) | ${search} | ${f(p.medusa.p95)} (${p.medusa_count}) | ${f(catalogueRatio, 2)}× ${verdict(catalogueRatio <= 0.5)} | ${searchRatio === undefined ? "—" : `${f(searchRatio, 2)}× ${verdict(searchRatio <= 1)}`} |`
      )
    }
    out.push("")
  }
  out.push(`Bench took ${r.duration_s} s.`)
  return out.join("\n")
}

/**
 * "Whole checkout vs bare Medusa": the verdict row, then each step's p50 / p95 in both and the p95 ratio.
 * @param {any} r @returns {string[]}
 */
function bareRows(r) {
  const vs = r.checkout_vs_bare
  if (!vs) return r.checkout_bare_skipped ? [`Checkout against bare Medusa skipped: ${r.checkout_bare_skipped}`, ""] : []
  const pair = (/** @type {any} */ s) => `${f(s.p50)} / ${f(s.p95)}`
  return [
    `Bare Medusa ${r.checkout_bare.medusa_version}: no OCOP plugin, a copy of the same database, the same carts, rounds taking turns with ours; ${r.checkout_bare.delivery}.`,
    "",
    "| what | ours p95 | bare Medusa p95 (same run) | ratio | target | verdict | p50: ours / bare = ratio |",
    "|---|---|---|---|---|---|---|",
    `| Whole checkout vs bare Medusa, ${r.checkout.shoppers} shoppers at once (${r.checkout.orders} + ${r.checkout_bare.orders} purchases) | ${f(vs.ours_p95)} ms | ${f(vs.bare_p95)} ms | ${f(vs.ratio, 2)}× | p95 ≤ ${vs.target.p95}× | ${vs.verdict} | ${f(vs.ours_p50)} / ${f(vs.bare_p50)} = ${f(vs.ours_p50 / vs.bare_p50, 2)}× |`,
    "",
    "| step | ours ms p50 / p95 | bare Medusa ms p50 / p95 | p95 ratio | p95 difference |",
    "|---|---|---|---|---|",
    ...vs.steps.map(
      (/** @type {any} */ s) => `| ${s.step} | ${pair(s.ours)} | ${pair(s.bare)} | ${f(s.p95_ratio, 2)}× | ${s.ours.p95 >= s.bare.p95 ? "+" : ""}${f(s.ours.p95 - s.bare.p95, 0)} ms |`
    ),
    "",
  ]
}

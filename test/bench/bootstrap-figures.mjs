// @ts-check
/**
 * Measures the bootstrap as a person meets it: `npm start` in a checkout until both URLs are healthy, the
 * resident memory of the running stack (backend, storefront, PostgreSQL), then Ctrl-C and a check that no
 * process of the run is left. Repeat it for a warm restart.
 *
 *   node test/bench/bootstrap-figures.mjs <checkout> [--runs 2] [--npm-cache <dir>]
 *
 * Prints one JSON line per run: { run, ready_s, rss_mb: { backend, storefront, postgres, total }, leftovers }.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"

const [checkout, ...rest] = process.argv.slice(2)
if (!checkout) throw new Error("usage: bootstrap-figures.mjs <checkout> [--runs N] [--npm-cache DIR]")
const runs = Number(rest[rest.indexOf("--runs") + 1] ?? 1) || 1
const npmCache = rest.includes("--npm-cache") ? rest[rest.indexOf("--npm-cache") + 1] : undefined

/** @param {number} pid @returns {number[]} the process and all its descendants */
function tree(pid) {
  const children = fs.existsSync(`/proc/${pid}/task/${pid}/children`)
    ? fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
    : []
  return [pid, ...children.flatMap(tree)]
}

/** @param {number} pid */
function rssKb(pid) {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))
    return line ? Number(line.split(/\s+/)[1]) : 0
  } catch {
    return 0
  }
}

/** @param {number} pid */
function commandOf(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ")
  } catch {
    return ""
  }
}

/** Detached services are not descendants of npm: find them by their command line within the checkout. */
function stackProcesses() {
  const pids = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number)
  const groups = { backend: /** @type {number[]} */ ([]), storefront: /** @type {number[]} */ ([]), postgres: /** @type {number[]} */ ([]) }
  for (const pid of pids) {
    const command = commandOf(pid)
    if (!command.includes(checkout)) {
      // postgres children show "postgres: checkpointer" etc.; count them through their parent below
      continue
    }
    if (/medusa(\.js)? (start|develop)/.test(command)) groups.backend.push(...tree(pid))
    else if (command.includes("remix-serve") || command.includes("storefront/server.mjs") || command.includes("vite:dev")) groups.storefront.push(...tree(pid))
    else if (/bin\/postgres -D/.test(command)) groups.postgres.push(...tree(pid))
  }
  return groups
}

for (let run = 1; run <= runs; run++) {
  const started = Date.now()
  const env = { ...process.env, ...(npmCache ? { npm_config_cache: npmCache } : {}) }
  const child = spawn("npm", ["start"], { cwd: checkout, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  const ready = await new Promise((resolve) => {
    child.stdout.on("data", (chunk) => {
      output += chunk
      if (output.includes("is running")) resolve(true)
    })
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", () => resolve(false))
  })
  const readySeconds = (Date.now() - started) / 1000
  if (!ready) {
    console.error(output)
    process.exit(1)
  }
  await new Promise((resolve) => setTimeout(resolve, 5000)) // let the servers settle before reading memory
  const groups = stackProcesses()
  const mb = (/** @type {number[]} */ pids) => Math.round(pids.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024)
  const rss = { backend: mb(groups.backend), storefront: mb(groups.storefront), postgres: mb(groups.postgres) }
  // Ctrl-C in a terminal reaches npm and the orchestrator; send it to the orchestrator as a terminal would.
  // npm runs the script through `sh -c`, which would not pass the signal on: find the node process itself.
  const orchestrator = tree(/** @type {number} */ (child.pid)).find((pid) => /^\S*node\S* scripts\/start\.mjs/.test(commandOf(pid)))
  process.kill(orchestrator ?? /** @type {number} */ (child.pid), "SIGINT")
  await new Promise((resolve) => child.on("exit", resolve))
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const left = Object.values(stackProcesses()).flat()
  console.log(
    JSON.stringify({
      run,
      ready_s: Number(readySeconds.toFixed(1)),
      rss_mb: { ...rss, total: rss.backend + rss.storefront + rss.postgres },
      leftovers: left.map((pid) => commandOf(pid).slice(0, 80)),
    })
  )
}

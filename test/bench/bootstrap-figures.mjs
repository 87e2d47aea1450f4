// @ts-check
/**
 * Measures the bootstrap as a person meets it: `npm start` in a checkout until it hands back the terminal with
 * both URLs healthy, where the time went (install, builds, database, migrations, seed, serving), then the
 * resident memory of every process it left running, at rest, one by one; then `npm stop` and a check that no
 * process of the run is left. Run it again on the same checkout for a warm restart.
 *
 *   node test/bench/bootstrap-figures.mjs <checkout> [--runs 2] [--npm-cache <dir>] [--rest-seconds 60]
 *
 * Prints one JSON line per run: { run, ready_s, steps_s (npm_install, build-plugin, then database, migrate and seed
 * while build runs, then serve), rss_mb: { backend, storefront, postgres, other, total },
 * processes: [{ pid, role, rss_mb, command }], leftovers }. "At rest" waits `--rest-seconds` after the start:
 * Medusa's pool lets the connections it opened while starting go after 30 s idle.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ancestry, commandLine, processTree, statusKb } from "./lib/proc.mjs"

const [checkoutArg, ...rest] = process.argv.slice(2)
if (!checkoutArg) throw new Error("usage: bootstrap-figures.mjs <checkout> [--runs N] [--npm-cache DIR] [--rest-seconds S]")
const checkout = path.resolve(checkoutArg)
const option = (/** @type {string} */ name) => (rest.includes(`--${name}`) ? rest[rest.indexOf(`--${name}`) + 1] : undefined)
const runs = Number(option("runs") ?? 1) || 1
const npmCache = option("npm-cache")
const restSeconds = Number(option("rest-seconds") ?? 60)

/** @param {string} command */
function roleOf(command) {
  if (/@medusajs\/cli\/dist\/index\.js (start|develop)|\.bin\/medusa (start|develop)/.test(command)) return "backend"
  if (command.includes("storefront/server.mjs") || command.includes("vite:dev")) return "storefront"
  if (/bin\/postgres -D|^postgres: /.test(command)) return "postgres"
  return "other"
}

/**
 * Every process of this checkout: those whose command line names it (the servers, PostgreSQL's postmaster, and
 * any supervisor or wrapper there is), with all their descendants (PostgreSQL's own processes do not name it).
 */
function checkoutProcesses() {
  const all = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number)
  // Not this tool, nor what started it: their command lines name the checkout too.
  const measuring = new Set(ancestry(process.pid))
  const roots = all.filter((pid) => !measuring.has(pid) && commandLine(pid).includes(checkout))
  return [...new Set(roots.flatMap(processTree))].map((pid) => {
    const command = commandLine(pid)
    return { pid, role: roleOf(command), rss_mb: Math.round(statusKb(pid, "VmRSS") / 1024), command: command.replace(checkout, ".").slice(0, 100) }
  })
}

/** @param {string[]} args @param {NodeJS.ProcessEnv} env */
function npm(args, env) {
  const child = spawn("npm", args, { cwd: checkout, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, output })))
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))
const seconds = (/** @type {number | undefined} */ ms) => (ms === undefined ? undefined : Number((ms / 1000).toFixed(1)))

for (let run = 1; run <= runs; run++) {
  const env = { ...process.env, ...(npmCache ? { npm_config_cache: npmCache } : {}) }
  const started = Date.now()
  const start = /** @type {{ code: number, output: string }} */ (await npm(["start"], env))
  const readySeconds = (Date.now() - started) / 1000
  fs.writeFileSync(path.join(checkout, `.data/logs/bootstrap-figures-${run}.log`), start.output)
  if (start.code !== 0 || !start.output.includes("is running")) {
    console.error(start.output)
    process.exit(1)
  }
  const stackFile = path.join(checkout, ".data/stack.json")
  const timings = fs.existsSync(stackFile) ? JSON.parse(fs.readFileSync(stackFile, "utf8")).timings_ms ?? {} : {}
  const install = /Installed dependencies in ([\d.]+) s/.exec(start.output)
  // A fresh clone's install is start.mjs's own, before the stack's steps (whose "install" is then 0).
  const steps = { npm_install: install ? Number(install[1]) : 0, ...Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, seconds(v)])) }

  await sleep(restSeconds * 1000)
  const processes = checkoutProcesses()
  const sum = (/** @type {string} */ role) => processes.filter((p) => p.role === role).reduce((total, p) => total + p.rss_mb, 0)
  const rss = { backend: sum("backend"), storefront: sum("storefront"), postgres: sum("postgres"), other: sum("other") }

  await npm(["stop"], env)
  await sleep(1000)
  console.log(
    JSON.stringify({
      run,
      ready_s: Number(readySeconds.toFixed(1)),
      steps_s: steps,
      rss_mb: { ...rss, total: rss.backend + rss.storefront + rss.postgres + rss.other },
      processes,
      leftovers: checkoutProcesses().map((p) => p.command),
    })
  )
}

// @ts-check
/**
 * The two served processes: the backend (`medusa start` from its build, `medusa develop` in development) and the
 * storefront (its own server over the Vite build, or Vite's dev server). Each answers one URL when it is up.
 */
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./config.mjs"
import { BACKEND_DIR, BIN, MEDUSA_CLI_JS } from "./medusa.mjs"
import { startService, waitForHttp } from "./processes.mjs"

const STOREFRONT_DIR = path.join(ROOT, "storefront")

/**
 * @typedef {"backend" | "storefront"} ServerName
 * @typedef {{ options: import("./config.mjs").StackOptions, folder: import("./data-folder.mjs").DataFolder,
 *   env: NodeJS.ProcessEnv }} ServerSetting
 */

/** The URL that answers 2xx once the server is up. @param {ServerName} name @param {import("./config.mjs").StackOptions} options */
export function healthUrl(name, options) {
  return name === "backend" ? `http://localhost:${options.backendPort}/health` : `http://localhost:${options.storefrontPort}/`
}

/**
 * Medusa at rest holds about 200 MB of live heap. On top of it, V8's young generation (semi-spaces of up to 16 MB)
 * and glibc's malloc arena per thread added some 50 MB of resident memory. Both capped for the served backend,
 * where it cost no measurable speed; a smaller young generation (1 MB) or one V8 helper thread saved 15 MB more
 * and made the catalogue 1.4–1.7× slower under 4 connections, so they are not taken (docs/benchmarks.md,
 * "Memory per process"). A caller's NODE_OPTIONS are kept.
 */
const LEAN_NODE = { NODE_OPTIONS: "--max-semi-space-size=4", MALLOC_ARENA_MAX: "2" }

/**
 * A production Medusa server as the stack runs one (the bench's bare Medusa too, to compare like with like).
 * @param {string} name @param {string} cwd  the folder with its medusa-config @param {NodeJS.ProcessEnv} env @param {string} [logFile]
 */
export function startMedusaServer(name, cwd, env, logFile) {
  const nodeOptions = [env.NODE_OPTIONS, LEAN_NODE.NODE_OPTIONS].filter(Boolean).join(" ")
  return startService(name, process.execPath, [MEDUSA_CLI_JS, "start"], {
    cwd,
    env: { ...env, ...LEAN_NODE, NODE_OPTIONS: nodeOptions, NODE_ENV: "production" },
    logFile,
  })
}

/**
 * The backend; the cluster starts several, each with a name, a port and a worker mode of its own.
 * @param {ServerSetting & { name?: string, port?: number, logName?: string }} setting  `env` with DATABASE_URL
 */
export function startBackend({ options, folder, env, name = "backend", port = options.backendPort, logName = "backend.log" }) {
  const baseDir = options.dev ? BACKEND_DIR : path.join(BACKEND_DIR, ".medusa/server")
  linkStaticToUploads(baseDir, folder.uploadDir)
  return options.dev
    ? startService(name, path.join(BIN, "medusa"), ["develop"], { cwd: BACKEND_DIR, env: { ...env, PORT: String(port) } })
    : startMedusaServer(name, baseDir, { ...env, PORT: String(port) }, folder.log(logName))
}

/** @param {ServerSetting & { publishableKey: string, name?: string, port?: number, logName?: string }} setting */
export function startStorefront({ options, folder, env, publishableKey, name = "storefront", port = options.storefrontPort, logName = "storefront.log" }) {
  const storefrontEnv = { ...env, PORT: String(port), MEDUSA_PUBLISHABLE_KEY: publishableKey }
  return options.dev
    ? startService(name, path.join(BIN, "remix"), ["vite:dev", "--port", String(port)], {
        cwd: STOREFRONT_DIR,
        env: storefrontEnv,
      })
    : startService(name, process.execPath, [path.join(STOREFRONT_DIR, "server.mjs")], {
        cwd: STOREFRONT_DIR,
        env: { ...storefrontEnv, NODE_ENV: "production" },
        logFile: folder.log(logName),
      })
}

/**
 * Waits until the server answers; development servers compile first and get longer.
 * @param {import("./processes.mjs").Service} service @param {import("./config.mjs").StackOptions} options
 */
export function untilServing(service, options) {
  const timeoutMs = options.dev ? 180_000 : service.name === "backend" ? 90_000 : 60_000
  return waitForHttp(healthUrl(/** @type {ServerName} */ (service.name), options), { service, timeoutMs })
}

/**
 * Medusa serves `/static` from `<its base dir>/static`; point that at the uploads folder, which outlives
 * rebuilds of `.medusa/server`.
 * @param {string} baseDir @param {string} uploadDir
 */
function linkStaticToUploads(baseDir, uploadDir) {
  fs.mkdirSync(uploadDir, { recursive: true })
  const link = path.join(baseDir, "static")
  const current = fs.existsSync(link) || isSymlink(link) ? fs.lstatSync(link) : undefined
  if (current?.isSymbolicLink() && fs.readlinkSync(link) === uploadDir) return
  if (current) fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(uploadDir, link, "dir")
}

/** @param {string} file */
function isSymlink(file) {
  try {
    return fs.lstatSync(file).isSymbolicLink()
  } catch {
    return false
  }
}

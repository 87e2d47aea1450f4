// @ts-check
/**
 * The two served processes: the backend (`medusa start` from its build, `medusa develop` in development) and the
 * storefront (its own server over the Vite build, or Vite's dev server). Each answers one URL when it is up.
 */
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./config.mjs"
import { BACKEND_DIR, BIN } from "./medusa.mjs"
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

/** @param {ServerSetting} setting  `env` with DATABASE_URL */
export function startBackend({ options, folder, env }) {
  const baseDir = options.dev ? BACKEND_DIR : path.join(BACKEND_DIR, ".medusa/server")
  linkStaticToUploads(baseDir, folder.uploadDir)
  const port = String(options.backendPort)
  return options.dev
    ? startService("backend", path.join(BIN, "medusa"), ["develop"], { cwd: BACKEND_DIR, env: { ...env, PORT: port } })
    : startService("backend", path.join(BIN, "medusa"), ["start"], {
        cwd: baseDir,
        env: { ...env, NODE_ENV: "production", PORT: port },
        logFile: folder.log("backend.log"),
      })
}

/** @param {ServerSetting & { publishableKey: string }} setting */
export function startStorefront({ options, folder, env, publishableKey }) {
  const storefrontEnv = { ...env, PORT: String(options.storefrontPort), MEDUSA_PUBLISHABLE_KEY: publishableKey }
  return options.dev
    ? startService("storefront", path.join(BIN, "remix"), ["vite:dev", "--port", String(options.storefrontPort)], {
        cwd: STOREFRONT_DIR,
        env: storefrontEnv,
      })
    : startService("storefront", process.execPath, [path.join(STOREFRONT_DIR, "server.mjs")], {
        cwd: STOREFRONT_DIR,
        env: { ...storefrontEnv, NODE_ENV: "production" },
        logFile: folder.log("storefront.log"),
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

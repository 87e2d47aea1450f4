// @ts-check
/** Medusa's command line, run in the backend's folder, and the environment every Medusa process of a stack gets. */
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { ROOT } from "./config.mjs"
import { run } from "./processes.mjs"

export const BIN = path.join(ROOT, "node_modules/.bin")
export const BACKEND_DIR = path.join(ROOT, "backend")

/**
 * Medusa's command line without its `bin` wrapper, which registers ts-node (and with it TypeScript and SWC's
 * native compiler) before anything runs. The production server runs the build's JavaScript and needs neither:
 * started this way it holds about 60 MB less (docs/benchmarks.md, "Memory per process").
 */
export const MEDUSA_CLI_JS = createRequire(import.meta.url).resolve("@medusajs/cli")

/**
 * The environment of every Medusa command and server of a stack (and of the storefront, which reads the
 * backend's address from it).
 * @param {import("./config.mjs").StackOptions} options @param {import("./data-folder.mjs").DataFolder} folder
 * @returns {NodeJS.ProcessEnv}
 */
export function stackEnvironment(options, folder) {
  fs.mkdirSync(folder.logDir, { recursive: true })
  const secrets = folder.secrets()
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    MEDUSA_BACKEND_URL: `http://localhost:${options.backendPort}`,
    STOREFRONT_URL: `http://localhost:${options.storefrontPort}`,
    JWT_SECRET: process.env.JWT_SECRET || secrets.jwt,
    COOKIE_SECRET: process.env.COOKIE_SECRET || secrets.cookie,
    OCOP_UPLOAD_DIR: folder.uploadDir,
    OCOP_MAIL_DIR: folder.mailDir,
  }
}

/**
 * `medusa <args>` in the backend's folder, to completion; its output goes to `logFile`.
 * @param {string[]} args @param {{ env: NodeJS.ProcessEnv, logFile: string, what: string }} how
 */
export function medusa(args, { env, logFile, what }) {
  return run(path.join(BIN, "medusa"), args, { cwd: BACKEND_DIR, env, logFile, what })
}

/**
 * `medusa exec <script> [args]`: a script run inside the backend's container (modules, workflows, query).
 * @param {string} script @param {string[]} args @param {{ env: NodeJS.ProcessEnv, logFile: string, what: string }} how
 */
export function medusaExec(script, args, how) {
  return medusa(["exec", script, ...args], how)
}

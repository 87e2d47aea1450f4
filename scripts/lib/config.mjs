// @ts-check
/** Where things live and which ports they use; every value can be changed through the environment. */
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")

/** @param {string} name @param {number} fallback */
function portFromEnv(name, fallback) {
  const value = process.env[name]
  if (!value) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserError(`${name}=${value} is not a valid TCP port (1–65535).`)
  }
  return port
}

/**
 * @typedef {object} StackOptions
 * @property {string} dataDir        folder for PostgreSQL data, logs, state and stack.json
 * @property {number} backendPort
 * @property {number} storefrontPort
 * @property {number} postgresPort   used only for the embedded PostgreSQL
 * @property {string | undefined} databaseUrl  the user's own PostgreSQL; skips the embedded one
 * @property {boolean} dev           watchers and reloads instead of production builds
 * @property {string} adminEmail
 * @property {string | undefined} adminPassword  `OCOP_ADMIN_PASSWORD`; unset, the data folder's random one (admin-password.mjs)
 */

/** @returns {StackOptions} */
export function stackOptionsFromEnv() {
  return {
    dataDir: path.resolve(ROOT, process.env.OCOP_DATA_DIR || ".data"),
    backendPort: portFromEnv("BACKEND_PORT", 9000),
    storefrontPort: portFromEnv("STOREFRONT_PORT", 3000),
    postgresPort: portFromEnv("POSTGRES_PORT", 54320),
    databaseUrl: process.env.DATABASE_URL || undefined,
    dev: false,
    adminEmail: process.env.OCOP_ADMIN_EMAIL || "admin@ocop.local",
    adminPassword: process.env.OCOP_ADMIN_PASSWORD || undefined,
  }
}

/** An error meant for the person at the terminal: printed as one line, without a stack trace. */
export class UserError extends Error {}

/** Medusa 2.21 declares `^20.19 || >=22.12`; older Node fails later with obscure errors, so stop first. */
export function assertNodeVersion(version = process.versions.node) {
  const [major, minor] = version.split(".").map(Number)
  const supported = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22
  if (!supported) {
    throw new UserError(
      `Node ${version} is too old: Medusa 2.21 needs Node ^20.19 or >=22.12. Install a newer Node and run again.`
    )
  }
}

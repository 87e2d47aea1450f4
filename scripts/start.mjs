// @ts-check
/**
 * `npm start` (production builds) and `npm run dev` (watchers): the whole stack in one command.
 * Only Node's own modules are imported before dependencies are installed; the rest is loaded after.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const dev = process.argv.includes("--dev")

function fail(/** @type {unknown} */ error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`✗ ${message}`)
  process.exit(1)
}

const [major, minor] = process.versions.node.split(".").map(Number)
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22)) {
  fail(`Node ${process.versions.node} is too old: Medusa 2.21 needs Node ^20.19 or >=22.12.`)
}
if (!fs.existsSync(path.join(root, "node_modules/.package-lock.json"))) {
  console.log("Installing dependencies (npm install, about a minute on a cold cache)…")
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) fail("npm install failed")
}

const { stackOptionsFromEnv, UserError } = await import("./lib/config.mjs")
const { createStack } = await import("./lib/stack.mjs")

const started = Date.now()
let stack
try {
  stack = createStack({ ...stackOptionsFromEnv(), dev })
} catch (error) {
  fail(error)
}

let stopping = false
async function shutdown(/** @type {string} */ reason, code = 0) {
  if (stopping) return
  stopping = true
  console.log(`\n${reason}: stopping the storefront, the backend and PostgreSQL…`)
  await stack?.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown("Interrupted"))
process.on("SIGTERM", () => shutdown("Terminated"))

try {
  const info = await stack.start()
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const admin = stack.adminPassword()
  // The password is shown once, when this start made it; afterwards only where it is kept.
  const adminLine = admin.created
    ? `login ${info.admin_email} / ${admin.password}   (new; kept in ${admin.file}, shown only this once)`
    : admin.file
      ? `login ${info.admin_email}, password in ${admin.file} (npm run admin:reset-password for a new one)`
      : `login ${info.admin_email} / the OCOP_ADMIN_PASSWORD you set`
  console.log(`
✓ Chợ OCOP Đắk Lắk is running (ready in ${seconds} s${dev ? ", development mode" : ""})
  Storefront   ${info.storefront_url}
  Backend      ${info.backend_url}   (Store API; health at /health)
  Admin        ${info.backend_url}/app   ${adminLine}
  Database     ${info.database_url.replace(/:[^:@/]+@/, ":***@")}
  Details in   ${path.relative(process.cwd(), path.join(stack.options.dataDir, "stack.json")) || "stack.json"}; logs in ${path.join(stack.options.dataDir, "logs")}
Press Ctrl-C to stop everything.`)
  const crashed = await stack.whenAServiceExits()
  await shutdown(`The ${crashed.name} exited unexpectedly (code ${crashed.code})`, 1)
} catch (error) {
  await stack.stop().catch(() => {})
  if (error instanceof UserError) fail(error)
  console.error(error)
  process.exit(1)
}

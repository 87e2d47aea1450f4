// @ts-check
/**
 * `npm start` (production builds) and `npm run dev` (watchers): the whole stack in one command.
 *
 * `npm start` sets everything up, starts PostgreSQL, the backend and the storefront in the background, prints
 * where they answer and exits: no process is left waiting beside them (docs/decisions/050). `npm stop` stops
 * them. `npm start -- --foreground` and `npm run dev` stay in the terminal instead, and Ctrl-C stops everything.
 * Only Node's own modules are imported before dependencies are installed; the rest is loaded after.
 */
import fs from "node:fs"
import path from "node:path"
import { ensureInstalled } from "./lib/install.mjs"

const dev = process.argv.includes("--dev")
const foreground = dev || process.argv.includes("--foreground")

function fail(/** @type {unknown} */ error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`✗ ${message}`)
  process.exit(1)
}

const [major, minor] = process.versions.node.split(".").map(Number)
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22)) {
  fail(`Node ${process.versions.node} is too old: Medusa 2.21 needs Node ^20.19 or >=22.12.`)
}
try {
  // Only what `npm start` serves: the test workspace's tools come with the first `npm test` (decision 051).
  ensureInstalled()
} catch (error) {
  fail(error)
}

const { stackOptionsFromEnv, UserError } = await import("./lib/config.mjs")
const { createStack } = await import("./lib/stack.mjs")
const { leftStack, stopLeftStack } = await import("./lib/background.mjs")
const { ADMIN_PASSWORD_FILE } = await import("./lib/admin-password.mjs")

const options = { ...stackOptionsFromEnv(), dev }
const left = leftStack(options.dataDir)
if (left?.complete && !foreground) {
  console.log(banner(left.info, { already: true }))
  process.exit(0)
}
if (left) {
  // A stack of an earlier start is still (partly) running here: one of its servers crashed, or this start
  // wants the foreground. Stop what is left, then start afresh.
  console.log(`Stopping what an earlier \`npm start\` left running (${left.running.join(", ") || "nothing"})…`)
  await stopLeftStack(options.dataDir)
}

const started = Date.now()
let stack
try {
  stack = createStack(options)
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
  console.log(banner(info, { seconds }))
  if (!foreground) process.exit(0)
  const crashed = await stack.whenAServiceExits()
  await shutdown(`The ${crashed.name} exited unexpectedly (code ${crashed.code})`, 1)
} catch (error) {
  await stack.stop().catch(() => {})
  if (error instanceof UserError) fail(error)
  console.error(error)
  process.exit(1)
}

/**
 * Where everything answers. The admin's password is shown once, when this start made it; afterwards only where
 * it is kept.
 * @param {import("./lib/stack-file.mjs").StackInfo} info
 * @param {{ seconds?: string, already?: boolean }} how
 */
function banner(info, { seconds, already = false }) {
  const admin = already ? { created: false, file: path.join(options.dataDir, ADMIN_PASSWORD_FILE), password: "" } : stack.adminPassword()
  const adminLine = admin.created
    ? `login ${info.admin_email} / ${admin.password}   (new; kept in ${admin.file}, shown only this once)`
    : admin.file && fs.existsSync(admin.file)
      ? `login ${info.admin_email}, password in ${admin.file} (npm run admin:reset-password for a new one)`
      : `login ${info.admin_email} / the OCOP_ADMIN_PASSWORD you set`
  const status = already
    ? "is already running"
    : `is running (ready in ${seconds} s${dev ? ", development mode" : foreground ? "" : ", in the background"})`
  return `
✓ Chợ OCOP Đắk Lắk ${status}
  Storefront   ${info.storefront_url}
  Backend      ${info.backend_url}   (Store API; health at /health)
  Admin        ${info.backend_url}/app   ${adminLine}
  Database     ${info.database_url.replace(/:[^:@/]+@/, ":***@")}
  Details in   ${path.relative(process.cwd(), path.join(options.dataDir, "stack.json")) || "stack.json"}; logs in ${path.join(options.dataDir, "logs")}
${foreground ? "Press Ctrl-C to stop everything." : "`npm stop` stops everything; `npm start -- --foreground` keeps it in this terminal."}`
}

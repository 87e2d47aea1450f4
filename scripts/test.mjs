// @ts-check
/**
 * `npm test`: the same bootstrap as `npm start`, on a throw-away database and other ports, then one Vitest
 * run over every workspace with the stack's address in the environment; everything is stopped afterwards.
 * Extra arguments go to Vitest: `npm test -- backend/integration-tests/http/health.spec.ts`.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstalled } from "./lib/install.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

try {
  // Every workspace: the tests' own tools (browser, Lighthouse, fast-check…) live in the test workspace.
  ensureInstalled({ tests: true })
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}

const { stackOptionsFromEnv, UserError } = await import("./lib/config.mjs")
const { createStack } = await import("./lib/stack.mjs")

// A folder in the system's temp dir (world-traversable), so the embedded server's `postgres` user can reach it.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-test-"))
fs.chmodSync(dataDir, 0o755)
/**
 * Cards, against the fake Stripe server that the card checkout's browser test starts on this port when it runs
 * (backend/integration-tests/support/fake-stripe.ts; Stripe cannot be reached from here). The backend only calls
 * it when a shopper pays by card; the other tests never do. Given to the stack only: the backend specs start
 * their own Medusa and configure Stripe themselves.
 */
const fakeStripe = {
  port: Number(process.env.TEST_FAKE_STRIPE_PORT || (await freePort())),
  webhookSecret: "whsec_ocop_e2e",
  publishableKey: "pk_test_ocop_e2e",
}
const stackOnly = {
  STRIPE_API_KEY: "sk_test_ocop_e2e",
  STRIPE_API_BASE: `http://127.0.0.1:${fakeStripe.port}`,
  STRIPE_WEBHOOK_SECRET: fakeStripe.webhookSecret,
  STRIPE_PUBLISHABLE_KEY: fakeStripe.publishableKey,
  // The rate-limit tests pose as several clients through X-Forwarded-For, as a proxy in front would write it
  // (plugins/ocop/src/api/rate-limit.ts); every other test comes from the loopback address, unchanged.
  OCOP_TRUST_PROXY_HOPS: "1",
}
Object.assign(process.env, stackOnly)

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (server.address())
      server.close(() => resolve(port))
    })
  })
}

const defaults = stackOptionsFromEnv()
const userDatabase = process.env.DATABASE_URL
const options = {
  ...defaults,
  dataDir,
  backendPort: Number(process.env.TEST_BACKEND_PORT || 9100),
  storefrontPort: Number(process.env.TEST_STOREFRONT_PORT || 3100),
  postgresPort: Number(process.env.TEST_POSTGRES_PORT || 54330),
  // With the user's own server, the tests get a database of their own on it, dropped afterwards.
  databaseUrl: userDatabase ? withDatabaseName(userDatabase, `ocop_test_${process.pid}`) : undefined,
}

/** @param {string} url @param {string} name */
function withDatabaseName(url, name) {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

const stack = createStack(options, { say: (line) => console.log(`[stack] ${line}`) })
let vitest = /** @type {import("node:child_process").ChildProcess | undefined} */ (undefined)
let exitCode = 1

async function cleanUp() {
  await stack.stop().catch((error) => console.error(error))
  if (options.databaseUrl) {
    const { dropDatabase } = await import("./lib/database.mjs")
    await dropDatabase(options.databaseUrl).catch(() => {})
  }
  if (!process.env.OCOP_KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true })
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, async () => {
    vitest?.kill(signal)
    await cleanUp()
    process.exit(130)
  })
}

try {
  const started = Date.now()
  const info = await stack.start()
  console.log(`[stack] test stack up in ${((Date.now() - started) / 1000).toFixed(1)} s: ${info.backend_url}, ${info.storefront_url}`)
  const database = new URL(info.database_url)
  const env = {
    ...process.env,
    OCOP_STACK_FILE: path.join(dataDir, "stack.json"),
    OCOP_TEST_DATA_DIR: dataDir,
    MEDUSA_BACKEND_URL: info.backend_url,
    MEDUSA_PUBLISHABLE_KEY: info.publishable_key,
    OCOP_STOREFRONT_URL: info.storefront_url,
    // Medusa's test runners create a database per test file on the same server.
    DB_HOST: database.hostname === "127.0.0.1" ? "localhost" : database.hostname,
    DB_PORT: database.port || "5432",
    DB_USERNAME: decodeURIComponent(database.username),
    DB_PASSWORD: decodeURIComponent(database.password),
    MEDUSA_DISABLE_TELEMETRY: "true",
    OCOP_FAKE_STRIPE_PORT: String(fakeStripe.port),
    OCOP_FAKE_STRIPE_WEBHOOK_SECRET: fakeStripe.webhookSecret,
  }
  for (const key of Object.keys(stackOnly)) delete env[key]
  // For the tests that start the stack again on its database (test/bootstrap/restart.test.ts): the same settings.
  env.OCOP_STACK_ENV = JSON.stringify(stackOnly)
  vitest = spawn(path.join(root, "node_modules/.bin/vitest"), ["run", ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: "inherit",
  })
  exitCode = await new Promise((resolve) => vitest?.on("exit", (code) => resolve(code ?? 1)))
} catch (error) {
  console.error(error instanceof UserError ? `✗ ${error.message}` : error)
  if (error instanceof UserError) {
    for (const log of ["build-backend.log", "build-storefront.log", "build.log", "migrate.log", "seed.log", "backend.log"]) {
      const file = path.join(dataDir, "logs", log)
      if (fs.existsSync(file)) console.error(`--- last lines of ${log} ---\n${fs.readFileSync(file, "utf8").split("\n").slice(-40).join("\n")}`)
    }
  }
  exitCode = 1
} finally {
  await cleanUp()
}
process.exit(exitCode)

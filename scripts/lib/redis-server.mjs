// @ts-check
/**
 * Debian's `redis-server` for the cluster (`npm run cluster`): Medusa's event bus, cache, locking and workflow
 * engine share it. Its data is kept in an append-only file in the cluster's data folder, so a restart keeps
 * what BullMQ queued (events not yet handled, the scheduled jobs' repeat entries): a Redis that came back empty
 * would forget the daily sweep until the worker restarts.
 */
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { UserError } from "./config.mjs"
import { startService, waitForTcp } from "./processes.mjs"

export const REDIS_SERVER = process.env.OCOP_REDIS_SERVER || "redis-server"

/** Whether Debian's redis-server is installed (the cluster needs it; `npm start` does not). */
export function assertRedisInstalled() {
  try {
    execFileSync(REDIS_SERVER, ["--version"], { stdio: "ignore" })
  } catch {
    throw new UserError(`${REDIS_SERVER} is not installed: apt-get install -y redis-server (or set OCOP_REDIS_SERVER).`)
  }
}

/**
 * Starts redis-server on 127.0.0.1:`port` with its data in `dir`, and resolves once it accepts connections.
 * @param {{ dir: string, port: number, logFile: string }} options
 */
export async function startRedis({ dir, port, logFile }) {
  fs.mkdirSync(dir, { recursive: true })
  const service = startService(
    "redis",
    REDIS_SERVER,
    [
      "--bind", "127.0.0.1",
      "--port", String(port),
      "--dir", dir,
      "--appendonly", "yes",
      "--appendfsync", "everysec",
      "--save", "",
      // BullMQ asks for this: a full Redis must refuse writes, not evict queued jobs.
      "--maxmemory-policy", "noeviction",
      "--daemonize", "no",
      "--logfile", "",
    ],
    { cwd: dir, env: process.env, logFile }
  )
  await waitForTcp(port, { service, timeoutMs: 20_000 })
  return service
}

/** @param {number} port */
export const redisUrl = (port) => `redis://127.0.0.1:${port}`


/**
 * The embedded PostgreSQL runs by itself, started by its own pg_ctl: no Node process waits above it, its settings
 * fit a small machine, and a server that a killed run left on the data folder is stopped before a new one starts
 * (docs/decisions/050).
 */
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { isAlive } from "../../scripts/lib/processes.mjs"
import { commandLine, parentPid } from "../bench/lib/proc.mjs"
import { SMALL_MACHINE_SETTINGS, runningServerPid, startPostgres, stopPostgres } from "../../scripts/lib/postgres.mjs"

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-postgres-"))
// As root the server runs as `postgres`, which must be able to enter the folder.
fs.chmodSync(folder, 0o755)
const dataDir = path.join(folder, "pg")
const logFile = path.join(folder, "postgres.log")

afterAll(async () => {
  await stopPostgres({ dataDir, logFile })
  fs.rmSync(folder, { recursive: true, force: true })
})

async function freePort() {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const parentCommand = (pid: number) => commandLine(parentPid(pid))

async function setting(port: number, name: string) {
  const client = new pg.Client({ connectionString: `postgres://postgres:postgres@localhost:${port}/postgres` })
  await client.connect()
  try {
    return (await client.query(`show ${name}`)).rows[0][name]
  } finally {
    await client.end()
  }
}

describe("the embedded PostgreSQL", () => {
  it("runs with no Node process above it and the small machine's settings", async () => {
    const port = await freePort()
    const pid = await startPostgres({ dataDir, port, logFile })
    expect(runningServerPid(dataDir)).toBe(pid)
    expect(parentCommand(pid)).not.toMatch(/node/)
    expect(await setting(port, "shared_buffers")).toBe(SMALL_MACHINE_SETTINGS.shared_buffers)
    expect(await setting(port, "max_connections")).toBe(SMALL_MACHINE_SETTINGS.max_connections)
    expect(await setting(port, "io_method")).toBe("sync")
  }, 120_000)

  it("stops the server a killed run left on the data folder before it starts a new one, and stops for good", async () => {
    const left = runningServerPid(dataDir)
    expect(left).toBeDefined()
    const port = await freePort()
    const pid = await startPostgres({ dataDir, port, logFile })
    expect(pid).not.toBe(left)
    expect(isAlive(left!)).toBe(false)
    expect(await setting(port, "port")).toBe(String(port))

    await stopPostgres({ dataDir, logFile })
    expect(runningServerPid(dataDir)).toBeUndefined()
    expect(isAlive(pid)).toBe(false)
  }, 120_000)
})

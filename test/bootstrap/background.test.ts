/**
 * `npm start` hands back the terminal once both URLs answer and leaves only the servers running, with no process
 * of its own waiting beside them; started again it says where they answer; `npm stop` ends them all
 * (docs/decisions/050). Runs on the database of the stack `npm test` started, on ports of its own.
 */
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { isAlive } from "../../scripts/lib/processes.mjs"
import { readStack, stackEnvironment } from "../support/stack"

const root = path.resolve(__dirname, "../..")
const stack = readStack()

/** A copy of the running stack's data folder (state and secrets, not PostgreSQL's files). */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-background-"))
for (const file of ["state.json", "secrets.json"]) fs.copyFileSync(path.join(process.env.OCOP_TEST_DATA_DIR!, file), path.join(dataDir, file))

const env = {
  ...process.env,
  ...stackEnvironment(),
  OCOP_DATA_DIR: dataDir,
  DATABASE_URL: stack.database_url,
  BACKEND_PORT: String(Number(new URL(stack.backend_url).port) + 200),
  STOREFRONT_PORT: String(Number(new URL(stack.storefront_url).port) + 200),
}

function runScript(script: string) {
  const child = spawn(process.execPath, [script], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] })
  let output = ""
  child.stdout.on("data", (chunk) => (output += chunk))
  child.stderr.on("data", (chunk) => (output += chunk))
  return new Promise<{ code: number | null; output: string }>((resolve) => child.on("exit", (code) => resolve({ code, output })))
}

const readPids = () => JSON.parse(fs.readFileSync(path.join(dataDir, "stack.json"), "utf8")).pids as Record<string, number>

afterAll(async () => {
  await runScript("scripts/stop.mjs")
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe("npm start in the background", () => {
  it("exits once both URLs answer, leaving the backend and the storefront running by themselves", async () => {
    const start = await runScript("scripts/start.mjs")
    expect(start.code, start.output).toBe(0)
    expect(start.output).toContain("in the background")
    expect(start.output).toContain("`npm stop` stops everything")

    const pids = readPids()
    expect(isAlive(pids.backend) && isAlive(pids.storefront)).toBe(true)
    expect((await fetch(`http://localhost:${env.BACKEND_PORT}/health`)).status).toBe(200)
    expect((await fetch(`http://localhost:${env.STOREFRONT_PORT}/`)).status).toBe(200)
  }, 240_000)

  it("says where the stack answers when started again while it runs, and starts nothing", async () => {
    const before = readPids()
    const again = await runScript("scripts/start.mjs")
    expect(again.code, again.output).toBe(0)
    expect(again.output).toContain("is already running")
    expect(again.output).toContain(`http://localhost:${env.STOREFRONT_PORT}`)
    expect(readPids()).toEqual(before)
  }, 60_000)

  it("npm stop ends every process it left and forgets them", async () => {
    const pids = readPids()
    const stop = await runScript("scripts/stop.mjs")
    expect(stop.code, stop.output).toBe(0)
    expect(stop.output).toMatch(/Stopped backend, storefront/)
    // An exited server that its new parent has not reaped yet still answers signals: isAlive reads its state.
    expect(isAlive(pids.backend) || isAlive(pids.storefront)).toBe(false)
    expect(fs.existsSync(path.join(dataDir, "stack.json"))).toBe(false)

    const nothing = await runScript("scripts/stop.mjs")
    expect(nothing.output).toContain("Nothing to stop")
  }, 60_000)
})

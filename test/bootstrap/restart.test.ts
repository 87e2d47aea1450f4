/**
 * `npm start` must be safe to run again: the seed adds nothing the second time, and a restart on the same
 * database neither migrates nor seeds again. Runs against the database of the stack `npm test` started.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, describe, expect, it } from "vitest"
import { stackOptionsFromEnv } from "../../scripts/lib/config.mjs"
import { createStack } from "../../scripts/lib/stack.mjs"
import { readStack, stackEnvironment } from "../support/stack"

const COUNTED_TABLES = [
  "product",
  "product_variant",
  "price",
  "inventory_level",
  "region",
  "sales_channel",
  "api_key",
  "user",
  "stock_location",
  "shipping_option",
] as const

async function countRows(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const counts: Record<string, number> = {}
    for (const table of COUNTED_TABLES) {
      const { rows } = await client.query(`select count(*)::int as n from "${table}" where deleted_at is null`)
      counts[table] = rows[0].n
    }
    return counts
  } finally {
    await client.end()
  }
}

/** A copy of the running stack's data folder (state and secrets, not PostgreSQL's files). */
function copyOfDataFolder() {
  const source = process.env.OCOP_TEST_DATA_DIR!
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-restart-"))
  for (const file of ["state.json", "secrets.json"]) fs.copyFileSync(path.join(source, file), path.join(copy, file))
  return copy
}

const stack = readStack()
const copies: string[] = []
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })))

describe("the bootstrap", () => {
  it("has seeded the marketplace: products, the Vietnam region in VND and a publishable key", async () => {
    const counts = await countRows(stack.database_url)
    expect(counts.product).toBeGreaterThan(0)
    expect(counts.region).toBeGreaterThan(0)
    expect(stack.publishable_key).toMatch(/^pk_/)
  })

  it("adds nothing when the seed runs a second time", async () => {
    const before = await countRows(stack.database_url)
    const dataDir = copyOfDataFolder()
    copies.push(dataDir)
    const again = createStack({ ...stackOptionsFromEnv(), dataDir, databaseUrl: stack.database_url }, { say: () => {} })
    fs.mkdirSync(path.join(dataDir, "logs"), { recursive: true })
    const result = await again.runSeed({ ...process.env, DATABASE_URL: stack.database_url, MEDUSA_DISABLE_TELEMETRY: "true" })
    expect(result.publishable_key).toBe(stack.publishable_key)
    expect(await countRows(stack.database_url)).toEqual(before)
  })

  it("restarts on the same database without migrating or seeding again, and serves the same key", async () => {
    const before = await countRows(stack.database_url)
    const dataDir = copyOfDataFolder()
    copies.push(dataDir)
    const restarted = createStack(
      {
        ...stackOptionsFromEnv(),
        dataDir,
        databaseUrl: stack.database_url,
        backendPort: Number(new URL(stack.backend_url).port) + 100,
        storefrontPort: Number(new URL(stack.storefront_url).port) + 100,
      },
      { say: () => {} }
    )
    // Started again as it was first started (the same payment settings, which the seed depends on).
    const settings = stackEnvironment()
    Object.assign(process.env, settings)
    try {
      const info = await restarted.start()
      expect(restarted.timings.migrate).toBeUndefined()
      expect(restarted.timings.seed).toBeUndefined()
      expect(info.publishable_key).toBe(stack.publishable_key)
      const health = await fetch(`${info.backend_url}/health`)
      expect(health.status).toBe(200)
    } finally {
      await restarted.stop()
      for (const key of Object.keys(settings)) delete process.env[key]
    }
    expect(await countRows(stack.database_url)).toEqual(before)
  })
})

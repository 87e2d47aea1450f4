// @ts-check
/**
 * `npm run build`: the production builds `npm start` makes (the storefront beside the plugin, then the backend
 * with its admin), each skipped when its sources have not changed since the last build. `--force` rebuilds all.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "./lib/config.mjs"
import { TARGETS, buildInOrder } from "./lib/build.mjs"

const force = process.argv.includes("--force")
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-build-"))
try {
  const targets = [TARGETS.plugin, TARGETS.backend, TARGETS.storefront]
  if (force) for (const target of targets) fs.rmSync(path.join(ROOT, target.stamp), { force: true })
  const { built } = await buildInOrder({ logDir, env: process.env, say: (line) => console.log(`✓ ${line}`) })
  for (const target of targets) {
    if (!built.has(target)) console.log(`✓ The ${target.name} is up to date`)
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}

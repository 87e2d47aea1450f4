// @ts-check
/**
 * `npm run build`: the production builds `npm start` makes (plugin, then backend with its admin, then
 * storefront), each skipped when its sources have not changed since the last build. `--force` rebuilds all.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "./lib/config.mjs"
import { TARGETS, buildIfChanged } from "./lib/build.mjs"

const force = process.argv.includes("--force")
const logDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-build-"))
try {
  for (const target of [TARGETS.plugin, TARGETS.backend, TARGETS.storefront]) {
    if (force) fs.rmSync(path.join(ROOT, target.stamp), { force: true })
    const logFile = path.join(logDir, `${target.cwd.replaceAll("/", "-")}.log`)
    const built = await buildIfChanged(target, { logFile, env: process.env, say: (line) => console.log(`✓ ${line}`) })
    if (!built) console.log(`✓ The ${target.name} is up to date`)
  }
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}

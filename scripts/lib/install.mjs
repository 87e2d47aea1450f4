// @ts-check
/** Installs dependencies when a fresh clone has none, or when the lockfile changed since the last install. */
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./config.mjs"
import { run } from "./processes.mjs"

export function needsInstall() {
  const installed = path.join(ROOT, "node_modules/.package-lock.json")
  if (!fs.existsSync(installed)) return true
  return fs.statSync(path.join(ROOT, "package-lock.json")).mtimeMs > fs.statSync(installed).mtimeMs
}

/**
 * `npm install` rather than `npm ci`: the lockfile also names other platforms' optional binaries
 * (swc, rollup, msgpackr) that `npm ci` insists on fetching and this registry lacks.
 * @param {(line: string) => void} say
 */
export async function ensureInstalled(say) {
  if (!needsInstall()) return false
  say("Installing dependencies (npm install, about a minute on a cold cache)…")
  await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: ROOT, what: "npm install" })
  return true
}

// @ts-check
/**
 * Installs dependencies when a fresh clone has none, when the lockfile changed since the last install, or when
 * the tests need the test workspace that `npm start` leaves out (docs/decisions/051).
 *
 * Node's own modules only, here and in config.mjs: `npm start` and `npm test` import this before anything is
 * installed.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./config.mjs"

/** @param {string} file relative to the root */
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"))

/** The workspace of the tests' own tools: browser, Lighthouse, load and bench (233 packages, a third of the files). */
const TEST_WORKSPACE = "test"

/**
 * What `npm start` builds and serves, with the root's own tools: every workspace of the root's package.json but
 * the tests', which `npm test` installs when it first runs.
 * @type {string[]}
 */
export const SERVING_WORKSPACES = readJson("package.json").workspaces.filter(
  (/** @type {string} */ workspace) => workspace !== TEST_WORKSPACE
)

/** npm links each installed workspace under its package name: the test workspace's link says it was installed. */
const TEST_WORKSPACE_LINK = path.join("node_modules", readJson(`${TEST_WORKSPACE}/package.json`).name)

/** @param {{ tests?: boolean, root?: string }} [need] */
export function needsInstall({ tests = false, root = ROOT } = {}) {
  const installed = path.join(root, "node_modules/.package-lock.json")
  if (!fs.existsSync(installed)) return true
  if (fs.statSync(path.join(root, "package-lock.json")).mtimeMs > fs.statSync(installed).mtimeMs) return true
  return tests && !fs.existsSync(path.join(root, TEST_WORKSPACE_LINK))
}

/**
 * `npm install` arguments: every workspace for the tests, else the serving ones only. `npm install` rather than
 * `npm ci`: the lockfile also names other platforms' optional binaries (swc, rollup, msgpackr) that `npm ci`
 * insists on fetching and this registry lacks. A later full install only adds the test workspace's packages;
 * a later partial one removes nothing.
 * @param {{ tests?: boolean }} [need]
 */
export function installArguments({ tests = false } = {}) {
  const common = ["install", "--no-audit", "--no-fund", "--loglevel=error"]
  if (tests) return common
  return [...common, ...SERVING_WORKSPACES.flatMap((workspace) => ["--workspace", workspace]), "--include-workspace-root"]
}

/**
 * Installs what is missing, saying so; returns whether it installed. Throws when npm fails.
 * @param {{ tests?: boolean, say?: (line: string) => void }} [options]
 */
export function ensureInstalled({ tests = false, say = (line) => console.log(line) } = {}) {
  if (!needsInstall({ tests })) return false
  say(`Installing dependencies${tests ? " with the test tools" : ""} (npm install, about a minute on a cold cache)…`)
  const installing = Date.now()
  const result = spawnSync("npm", installArguments({ tests }), { cwd: ROOT, stdio: "inherit" })
  if (result.status !== 0) throw new Error("npm install failed")
  say(`Installed dependencies in ${((Date.now() - installing) / 1000).toFixed(1)} s`)
  return true
}

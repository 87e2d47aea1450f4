// @ts-check
/**
 * Production builds, redone only when their sources changed: a content hash of the inputs is kept beside
 * each build's output, so a warm restart skips the 30 s Medusa admin build.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./config.mjs"
import { PLUGIN } from "./plugin.mjs"
import { run } from "./processes.mjs"

const IGNORED = new Set(["node_modules", ".medusa", "build", ".cache", "dist", "coverage"])

/** @param {string} dir @param {string[]} files */
function collect(dir, files) {
  if (!fs.existsSync(dir)) return
  const stat = fs.statSync(dir)
  if (stat.isFile()) return void files.push(dir)
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.has(entry.name) || entry.name.startsWith(".")) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) collect(full, files)
    else if (!/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry.name)) files.push(full)
  }
}

/** @param {string[]} inputs paths relative to the repository root */
export function fingerprint(inputs) {
  const files = /** @type {string[]} */ ([])
  for (const input of inputs) collect(path.join(ROOT, input), files)
  const hash = crypto.createHash("sha256")
  for (const file of files.sort()) {
    hash.update(path.relative(ROOT, file))
    hash.update(fs.readFileSync(file))
  }
  return hash.digest("hex")
}

/**
 * @typedef {object} BuildTarget
 * @property {string} name
 * @property {string} cwd          relative to the root
 * @property {string[]} command
 * @property {string[]} inputs     relative to the root
 * @property {string} stamp        relative to the root; written after a successful build
 * @property {string} log          the build's log file, in the data folder's logs (or `npm run build`'s)
 */

/** @type {Record<"plugin" | "backend" | "storefront", BuildTarget>} */
export const TARGETS = {
  plugin: {
    name: "OCOP plugin",
    cwd: PLUGIN.dir,
    command: ["medusa", "plugin:build"],
    inputs: [...PLUGIN.buildInputs, "package-lock.json"],
    stamp: PLUGIN.buildStamp,
    log: "build.log",
  },
  backend: {
    name: "Medusa backend and admin",
    cwd: "backend",
    command: ["medusa", "build"],
    inputs: [
      "backend/src",
      "backend/instrumentation.ts",
      "backend/medusa-config.ts",
      "backend/package.json",
      "backend/tsconfig.json",
      // The admin build bundles the plugin's dashboard extensions.
      ...PLUGIN.buildInputs,
      "package-lock.json",
    ],
    stamp: "backend/.medusa/build-fingerprint",
    log: "build-backend.log",
  },
  storefront: {
    name: "Remix storefront",
    cwd: "storefront",
    command: ["remix", "vite:build"],
    inputs: [
      "storefront/app",
      "storefront/public",
      "storefront/vite.config.ts",
      "storefront/package.json",
      "storefront/tsconfig.json",
      "package-lock.json",
    ],
    stamp: "storefront/build/build-fingerprint",
    log: "build-storefront.log",
  },
}

/** @param {BuildTarget} target */
export function isBuildCurrent(target) {
  const stampFile = path.join(ROOT, target.stamp)
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === fingerprint(target.inputs)
}

/**
 * @param {BuildTarget} target
 * @param {{ logFile: string, env: NodeJS.ProcessEnv, say: (line: string) => void }} options
 */
export async function buildIfChanged(target, { logFile, env, say }) {
  const current = fingerprint(target.inputs)
  const stampFile = path.join(ROOT, target.stamp)
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === current) return false
  const started = Date.now()
  const [command, ...args] = target.command
  await run(path.join(ROOT, "node_modules/.bin", command), args, {
    cwd: path.join(ROOT, target.cwd),
    env,
    logFile,
    what: `Building the ${target.name}`,
  })
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, current)
  say(`Built the ${target.name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return true
}

/**
 * The three builds in the order their imports allow, each skipped when unchanged: the storefront's beside the
 * plugin's (it does not import the plugin), the backend's after the plugin's (its admin bundles the plugin's
 * dashboard extensions). `besideBackend` starts once the plugin is built and runs beside the backend's build:
 * migrations and the seed need the plugin only (decision 051). Resolves to what `besideBackend` resolved to and
 * the targets it built (the others were current).
 * @template T
 * @param {{
 *   logDir: string,
 *   env: NodeJS.ProcessEnv,
 *   say: (line: string) => void,
 *   only?: BuildTarget[],
 *   besideBackend?: () => Promise<T>,
 *   timed?: <R>(step: string, work: () => Promise<R>) => Promise<R>,
 * }} options  `only` narrows the builds (the dev servers build the backend and storefront themselves)
 */
export async function buildInOrder({ logDir, env, say, only, besideBackend, timed = (_step, work) => work() }) {
  const built = /** @type {Set<BuildTarget>} */ (new Set())
  const build = async (/** @type {BuildTarget} */ target) => {
    if (only && !only.includes(target)) return
    if (await buildIfChanged(target, { logFile: path.join(logDir, target.log), env, say })) built.add(target)
  }
  const storefront = timed("build-storefront", () => build(TARGETS.storefront))
  storefront.catch(() => {}) // awaited below, where its failure is thrown
  await timed("build-plugin", () => build(TARGETS.plugin))
  const [besides] = await Promise.all([
    besideBackend ? besideBackend() : /** @type {Promise<any>} */ (Promise.resolve(undefined)),
    timed("build-backend", () => build(TARGETS.backend)),
    storefront,
  ])
  return { besides: /** @type {T} */ (besides), built }
}

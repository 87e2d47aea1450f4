/**
 * The seed, the backend and the tests use the OCOP plugin as a package, by name (`@ocop/medusa-plugin-ocop/rules`,
 * `/workflows`, …), never its source by relative path: one copy of the rules in a process, and the plugin's
 * package.json says what it offers. The bootstrap (`scripts/`) learns what it must know of the plugin from the
 * `ocop` field of that package.json, never from a path of its own (docs/decisions/028).
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const CONSUMERS = ["seed/src", "backend/src", "backend/integration-tests", "backend/medusa-config.ts", "test", "storefront/app"]
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/

function sources(entry: string): string[] {
  const full = path.join(ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [full]
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((child) => {
    if (child.name === "node_modules" || child.name.startsWith(".")) return []
    const rel = path.join(entry, child.name)
    return child.isDirectory() ? sources(rel) : SOURCE.test(child.name) ? [path.join(ROOT, rel)] : []
  })
}

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g

describe("the plugin is imported by package name only", () => {
  it("no file of the seed, the backend, the storefront or the tests imports plugins/ocop by a relative path", () => {
    const offenders = CONSUMERS.flatMap(sources).flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(IMPORT)]
        .map((m) => m[1]!)
        .filter((specifier) => specifier.startsWith(".") && path.resolve(path.dirname(file), specifier).startsWith(path.join(ROOT, "plugins/ocop")))
        .map((specifier) => `${path.relative(ROOT, file)} → ${specifier}`)
    )
    expect(offenders).toEqual([])
  })

  it("every subpath they import is one the plugin's package.json exports", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "plugins/ocop/package.json"), "utf8"))
    const exported = Object.keys(manifest.exports)
    const used = new Set(
      CONSUMERS.flatMap(sources).flatMap((file) =>
        [...fs.readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => m[1]!).filter((s) => s.startsWith("@ocop/medusa-plugin-ocop/"))
      )
    )
    for (const specifier of used) {
      const subpath = `.${specifier.slice("@ocop/medusa-plugin-ocop".length)}`
      const match = exported.some((key) => key === subpath || (key.endsWith("*") && subpath.startsWith(key.slice(0, -1))))
      expect(match, `${specifier} is exported`).toBe(true)
    }
  })
})

const PLUGIN = "plugins/ocop"
const manifest = () => JSON.parse(fs.readFileSync(path.join(ROOT, PLUGIN, "package.json"), "utf8"))

describe("the plugin stands on its own", () => {
  it("imports nothing of the seed, the backend, the storefront, the scripts or the tests", () => {
    const offenders = sources(`${PLUGIN}/src`).flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(IMPORT)]
        .map((m) => m[1]!)
        .filter((specifier) => specifier.startsWith(".") && !path.resolve(path.dirname(file), specifier).startsWith(path.join(ROOT, PLUGIN)))
        .map((specifier) => `${path.relative(ROOT, file)} → ${specifier}`)
    )
    expect(offenders).toEqual([])
  })
})

describe("the bootstrap knows the plugin through its package.json", () => {
  const STRING = /(["'`])((?:(?!\1)[^\n\\]|\\.)*)\1/g

  it("writes no path into the plugin in scripts/, the bench or the load test", () => {
    const files = ["scripts", "test/bench", "test/load"].flatMap(sources)
    const offenders = files.flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(STRING)]
        .map((m) => m[2]!)
        .filter((text) => text.includes(PLUGIN) || text.includes(".medusa/server/src"))
        .map((text) => `${path.relative(ROOT, file)}: "${text}"`)
    )
    expect(offenders).toEqual([])
  })

  it("names in the ocop field only paths the plugin has, and built scripts of sources it has", () => {
    const { ocop } = manifest()
    for (const key of ["buildInputs", "schemaSources", "seedReads"]) {
      for (const entry of ocop[key] as string[]) expect(fs.existsSync(path.join(ROOT, PLUGIN, entry)), `${key}: ${entry}`).toBe(true)
    }
    for (const [name, built] of Object.entries(ocop.execScripts as Record<string, string>)) {
      const source = (built as string).replace(/^\.medusa\/server\//, "").replace(/\.js$/, ".ts")
      expect(fs.existsSync(path.join(ROOT, PLUGIN, source)), `execScripts.${name}: ${source}`).toBe(true)
    }
  })
})

/**
 * The storefront's folders are floors and imports run down only (docs/decisions/027): routes and the page frame
 * (`layout/`) on top, then the features, each on its own, then `components/` and `lib/`, then `i18n/`. A feature
 * that needs another feature's code is asking for that code to move down a floor; a circle anywhere means two
 * files cannot be read, tested or moved apart.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const APP = path.join(ROOT, "storefront/app")
const SOURCE = /\.(ts|tsx)$/
// Tests and their fakes may reach across floors to set a scene; what ships may not.
const TEST_ONLY = (rel: string) => /\.test\.tsx?$/.test(rel) || rel.startsWith("test/")

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((child) => {
    const full = path.join(dir, child.name)
    if (child.isDirectory()) return sources(full)
    return SOURCE.test(child.name) ? [full] : []
  })
}

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)["']([^"']+)["']/g

/** The app file a specifier names, or undefined for a package. */
function resolve(from: string, raw: string): string | undefined {
  const specifier = raw.replace(/\?.*$/, "")
  if (/\.(css|svg|png|jpe?g|webp|ico|json|txt)$/.test(specifier)) return undefined // a stylesheet or an asset, no code
  let base: string
  if (specifier.startsWith("~/")) base = path.join(APP, specifier.slice(2))
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier)
  else return undefined
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())
  if (!found) throw new Error(`${path.relative(ROOT, from)} imports ${specifier}, which names no file`)
  return found
}

/** Every shipped file of the app with the app files it imports, as paths relative to `storefront/app`. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of sources(APP)) {
    const rel = path.relative(APP, file)
    if (TEST_ONLY(rel)) continue
    const targets = [...fs.readFileSync(file, "utf8").matchAll(IMPORT)]
      .map((m) => resolve(file, m[1]!))
      .filter((target): target is string => target !== undefined)
      .map((target) => path.relative(APP, target))
    graph.set(rel, [...new Set(targets)])
  }
  return graph
}

type Place = { floor: "routes" | "layout" | "features" | "components" | "lib" | "i18n" | "root"; feature?: string }

function place(rel: string): Place {
  const [top, next] = rel.split(path.sep)
  if (top === "features") return { floor: "features", feature: next }
  if (top === "routes" || top === "layout" || top === "components" || top === "lib" || top === "i18n") return { floor: top }
  return { floor: "root" } // root.tsx, routes.ts, entry.*.tsx: the top, which may import anything
}

/** Why an import breaks the floors, or undefined when it runs down. */
function breach(from: Place, to: Place): string | undefined {
  if (from.floor === "features" && to.floor === "features" && from.feature !== to.feature) return "a feature imports another feature"
  if (from.floor === "features" && (to.floor === "layout" || to.floor === "routes")) return `a feature imports ${to.floor}/`
  if ((from.floor === "components" || from.floor === "lib") && ["features", "layout", "routes"].includes(to.floor))
    return `${from.floor}/ imports ${to.floor}/`
  if (from.floor === "lib" && to.floor === "components") return "lib/ imports components/"
  if (from.floor === "i18n" && to.floor !== "i18n") return `i18n/ imports ${to.floor}/`
  if (from.floor === "layout" && to.floor === "routes") return "layout/ imports routes/"
  return undefined
}

/** Files that import each other in a loop: Tarjan's strongly connected components of more than one file, or one importing itself. */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  let counter = 0
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    onStack.add(node)
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}

describe("the storefront's imports run one way", () => {
  const graph = importGraph()

  it("reads the whole app (the test would pass on an empty graph otherwise)", () => {
    const floors = new Set([...graph.keys()].map((rel) => place(rel).floor))
    expect([...floors].sort()).toEqual(["components", "features", "i18n", "layout", "lib", "root", "routes"])
    expect(graph.size).toBeGreaterThan(150)
  })

  it("no feature imports another feature, the page frame or a route; components/ and lib/ import no feature, frame or route", () => {
    const breaches = [...graph].flatMap(([from, targets]) =>
      targets.flatMap((to) => {
        const why = breach(place(from), place(to))
        return why ? [`${from} → ${to}: ${why}`] : []
      })
    )
    expect(breaches).toEqual([])
  })

  it("no files import each other in a circle", () => {
    expect(circles(graph)).toEqual([])
  })
})

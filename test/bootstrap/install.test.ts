/**
 * `npm start` installs the workspaces it builds and serves; the test workspace's tools (browser, Lighthouse,
 * load and bench) come with the first `npm test` (docs/decisions/051).
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { SERVING_WORKSPACES, installArguments, needsInstall } from "../../scripts/lib/install.mjs"

const ROOT = path.resolve(import.meta.dirname, "../..")
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"))
const rootPackage = readJson("package.json")

describe("what each command installs", () => {
  it("npm start names every workspace but the tests', and the root's own tools", () => {
    const args = installArguments()
    const named = args.flatMap((arg, i) => (args[i - 1] === "--workspace" ? [arg] : []))
    expect([...named].sort()).toEqual(rootPackage.workspaces.filter((w: string) => w !== "test").sort())
    expect(named).toEqual(expect.arrayContaining(["backend", "storefront", "seed"]))
    expect(named).not.toContain("test")
    expect(args).toContain("--include-workspace-root")
  })

  it("npm test installs every workspace", () => {
    expect(installArguments({ tests: true }).some((arg) => arg.startsWith("--workspace"))).toBe(false)
  })
})

describe("when an install is due", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-install-"))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  const write = (file: string, at: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), "{}")
    fs.utimesSync(path.join(root, file), at, at)
  }
  const due = () => ({ start: needsInstall({ root }), test: needsInstall({ root, tests: true }) })

  it("is due on a fresh clone, for both commands", () => {
    write("package-lock.json", 1_000)
    expect(due()).toEqual({ start: true, test: true })
  })

  it("after npm start's install, is due for the tests only", () => {
    write("node_modules/.package-lock.json", 2_000)
    expect(due()).toEqual({ start: false, test: true })
  })

  it("is not due once the test workspace is linked", () => {
    fs.mkdirSync(path.join(root, "node_modules/@ocop"), { recursive: true })
    fs.symlinkSync("../../test", path.join(root, "node_modules/@ocop/test"))
    fs.mkdirSync(path.join(root, "test"))
    expect(due()).toEqual({ start: false, test: false })
  })

  it("is due again for both when the lockfile changed since", () => {
    write("package-lock.json", 3_000)
    expect(due()).toEqual({ start: true, test: true })
  })
})

describe("what npm start runs needs nothing from the test workspace", () => {
  const declared = new Set(
    [rootPackage, ...SERVING_WORKSPACES.map((w) => readJson(`${w}/package.json`))].flatMap((p) => [
      ...Object.keys(p.dependencies ?? {}),
      ...Object.keys(p.devDependencies ?? {}),
    ])
  )
  const testOnly = Object.keys(readJson("test/package.json").devDependencies).filter((name) => !declared.has(name))

  function sources(dir: string, found: string[] = []) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (["node_modules", ".medusa", "build", "integration-tests", "public"].includes(entry.name)) continue
      if (entry.name.startsWith(".")) continue
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) sources(full, found)
      else if (/\.[cm]?[jt]sx?$/.test(entry.name) && !/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry.name)) found.push(full)
    }
    return found
  }

  it("has test-only packages to look for", () => {
    expect(testOnly).toEqual(expect.arrayContaining(["lighthouse", "playwright-core", "autocannon"]))
  })

  it.each([...SERVING_WORKSPACES, "scripts"])("%s imports none of them outside its tests", (dir) => {
    const offenders = sources(path.join(ROOT, dir)).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8")
      return testOnly
        .filter((name) => new RegExp(`(from|import\\(|require\\()\\s*["'\`]${name}(/[^"'\`]*)?["'\`]`).test(text))
        .map((name) => `${path.relative(ROOT, file)} → ${name}`)
    })
    expect(offenders).toEqual([])
  })
})

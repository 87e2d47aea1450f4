/**
 * Stored XSS: a producer's story and a product's title, subtitle and description holding script payloads,
 * written through the seed's loaders and the plugin's workflows (xss-fixture.ts, by `medusa exec`), come back
 * from the Store API as plain data and render inert in the storefront: never as markup in the server's HTML,
 * and never run in a real browser. Trade-fair texts do not exist yet (no fair model in the plugin).
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { readStack, storeGet } from "../support/stack"
import { XSS_MARKERS, XSS_PAYLOADS, XSS_PRODUCER_HANDLE, XSS_PRODUCT_HANDLE } from "./fixture/xss-payloads"

const stack = readStack()
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const CHROME = process.env.CHROME_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p))

beforeAll(() => {
  const output = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ocop-xss-")), "out.json")
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/medusa"), ["exec", "../test/security/fixture/xss-fixture.ts"], {
    cwd: path.join(ROOT, "backend"),
    env: { ...process.env, DATABASE_URL: stack.database_url, MEDUSA_DISABLE_TELEMETRY: "true", OCOP_XSS_OUTPUT: output },
    encoding: "utf8",
    timeout: 120_000,
  })
  if (!fs.existsSync(output)) throw new Error(`the XSS fixture failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-3000)}`)
}, 150_000)

/** Storefront pages that show the fixture's texts, in both languages. */
const pages = [
  { name: "home", path: "/" },
  { name: "product page", path: `/san-pham/${XSS_PRODUCT_HANDLE}` },
  { name: "product page in English", path: `/en/san-pham/${XSS_PRODUCT_HANDLE}` },
  { name: "producer page", path: `/chu-the/${XSS_PRODUCER_HANDLE}` },
  { name: "catalogue", path: "/san-pham?q=thu%20xss" },
  { name: "search", path: "/tim-kiem?q=thu%20xss" },
]

describe("script payloads in producers' and products' texts", () => {
  it("come back from the Store API as the very text that was written", async () => {
    const { status, body } = await storeGet(stack, `/store/ocop/products/${XSS_PRODUCT_HANDLE}`)
    expect(status).toBe(200)
    for (const payload of XSS_PAYLOADS) expect(body.product.description).toContain(payload)
    const producer = await storeGet(stack, `/store/ocop/producers/${XSS_PRODUCER_HANDLE}`)
    for (const payload of XSS_PAYLOADS) expect(producer.body.producer.story).toContain(payload)
  })

  for (const page of pages) {
    it(`are never markup in the server-rendered HTML of the ${page.name}`, async (ctx) => {
      const response = await fetch(`${stack.storefront_url}${page.path}`)
      const html = await response.text()
      if (response.status === 404) ctx.skip(`${page.path} is not a page of this storefront yet`)
      expect(response.status).toBe(200)
      // The fixture's texts start with these words: a page that does not show them proves nothing.
      if (!/thử XSS|XSS test|Câu chuyện/.test(html)) ctx.skip(`${page.path} does not show the fixture's texts`)
      for (const marker of XSS_MARKERS) expect(html, `${page.path} holds ${marker}`).not.toContain(marker)
    })
  }

  it.skipIf(!CHROME)("never run in a browser that opens these pages", async () => {
    const { chromium } = await import("playwright-core")
    const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox", "--headless", "--disable-gpu"] })
    const ran: string[] = []
    try {
      for (const page of pages) {
        const tab = await browser.newPage()
        tab.on("dialog", (dialog) => {
          ran.push(`${page.path}: dialog ${dialog.message()}`)
          void dialog.dismiss()
        })
        const response = await tab.goto(`${stack.storefront_url}${page.path}`, { waitUntil: "load" })
        if (response?.status() === 200) {
          await tab.waitForTimeout(300)
          const flag = await tab.evaluate(() => (window as unknown as { __xss?: number }).__xss)
          if (flag !== undefined) ran.push(`${page.path}: payload ${flag} ran`)
        }
        await tab.close()
      }
    } finally {
      await browser.close()
    }
    expect(ran).toEqual([])
  })
})

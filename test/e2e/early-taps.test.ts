/**
 * A tap that lands while the page is still hydrating does what it does without JavaScript, and React does not
 * crash on it. React 18 forces a synchronous hydration for a tap on a page it has not hydrated yet; Remix's
 * `<RemixBrowser>` suspends there until single fetch has decoded the page's data, and React then threw "Root did
 * not complete" (minified error #345). On a busy phone (or CI) that window lasts long enough for a real tap.
 *
 * The tap is put into that window on purpose: a script that runs before the page's own waits for React to put
 * its click listener on the document (hydrateRoot does, before its first render) and taps a link right after.
 */
import type { Browser } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "../support/browser"
import { readStack } from "../support/stack"

const stack = readStack()
const PHONE = { width: 390, height: 844 }

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
})

/** Taps the first link to a product as soon as React listens for clicks, before it has hydrated anything. */
function tapWhileHydrating() {
  const listen = Document.prototype.addEventListener
  let tapped = false
  Document.prototype.addEventListener = function (this: Document, ...args: Parameters<Document["addEventListener"]>) {
    listen.apply(this, args)
    if (!tapped && args[0] === "click" && location.pathname.startsWith("/san-pham") && !location.pathname.startsWith("/san-pham/")) {
      tapped = true
      queueMicrotask(() => {
        const link = document.querySelector<HTMLAnchorElement>('main a[href^="/san-pham/"]')
        sessionStorage.setItem("tapped", link?.getAttribute("href") ?? "")
        link?.click()
      })
    }
  } as Document["addEventListener"]
}

describe("a tap while the page hydrates", () => {
  it("opens the link it landed on, and the page logs no error", async () => {
    const context = await browser.newContext({ viewport: PHONE })
    await context.addInitScript(tapWhileHydrating)
    const page = await context.newPage()
    const problems: string[] = []
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`)
    })

    await page.goto(`${stack.storefront_url}/san-pham`)
    // The tap is not lost: the browser follows the link as it would without JavaScript.
    await page.waitForURL((url) => url.pathname.startsWith("/san-pham/"), { timeout: 15_000 })
    await page.locator("h1").waitFor({ timeout: 15_000 })
    await page.waitForLoadState("load")
    const tapped = await page.evaluate(() => sessionStorage.getItem("tapped"))
    expect(tapped).toMatch(/^\/san-pham\/[a-z0-9-]+$/)
    expect(new URL(page.url()).pathname).toBe(tapped)
    expect(problems).toEqual([])
    await context.close()
  })
})

/** Debian's chromium through playwright-core, as the browser tests drive it (browser downloads fail here). */
import { chromium, type Browser, type BrowserContext } from "playwright-core"

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  })
}

/**
 * A page that records what would show a broken page to a shopper: script errors and failed hydration. Failed
 * loads are left out: map tiles come from the internet, which the test machine may not reach, and a 404 page
 * asked for on purpose logs its own.
 */
export async function openPage(context: BrowserContext) {
  const page = await context.newPage()
  const problems: string[] = []
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`))
  page.on("console", (message) => {
    if (message.type() === "error" && !/Failed to load resource/.test(message.text())) problems.push(message.text())
  })
  return { page, problems }
}

/**
 * The order access token the storefront keeps in the browser that placed an order (httpOnly cookie
 * `ocop_orders`, Remix's encoding: base64 of JSON), as `x-ocop-order-token` headers for the Store API.
 */
export async function orderTokenHeaders(context: BrowserContext, orderId: string): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === "ocop_orders")
  if (!cookie) throw new Error("the browser keeps no order token (cookie ocop_orders)")
  const kept = JSON.parse(decodeURIComponent(escape(atob(decodeURIComponent(cookie.value))))) as [string, string][]
  const token = kept.find(([id]) => id === orderId)?.[1]
  if (!token) throw new Error(`the browser keeps no token for ${orderId}`)
  return { "x-ocop-order-token": token }
}

/** The stack `npm test` started: where it listens and how to reach it (see scripts/test.mjs). */
import fs from "node:fs"

export type StackInfo = {
  backend_url: string
  storefront_url: string
  admin_email: string
  admin_password: string
  publishable_key: string
  database_url: string
  region_id?: string
  /** Where the backend's file mail provider writes each mail as JSON (see plugins/ocop/src/providers/notification-file). */
  mail_dir: string
  /** The seeded demo owner of one cooperative, for the seller portal (seed/src/load/producer-owner.ts). */
  producer_email: string
  producer_password: string
  producer_handle: string
}

export function readStack(): StackInfo {
  const file = process.env.OCOP_STACK_FILE
  if (!file || !fs.existsSync(file)) {
    throw new Error("No running stack: run these tests through `npm test`, which starts one and sets OCOP_STACK_FILE.")
  }
  return JSON.parse(fs.readFileSync(file, "utf8")) as StackInfo
}

/** GET on the Store API with the storefront's publishable key. */
export async function storeGet(stack: StackInfo, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.backend_url}${path}`, {
    headers: { "x-publishable-api-key": stack.publishable_key, ...headers },
  })
  return { status: response.status, body: (await response.json()) as any }
}

/** A Store API call as a shopper's device makes it (with the customer's token when given); a 4xx or 5xx throws. */
export async function storeRequest(stack: StackInfo, method: string, pathname: string, { body, token }: { body?: unknown; token?: string } = {}) {
  const response = await fetch(`${stack.backend_url}${pathname}`, {
    method,
    headers: {
      "x-publishable-api-key": stack.publishable_key,
      "content-type": "application/json",
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await response.json().catch(() => null)) as any
  if (response.status >= 400) throw new Error(`${method} ${pathname} → ${response.status} ${JSON.stringify(json)}`)
  return json
}

/**
 * The settings the stack was started with beyond the tests' own environment (cards against the fake Stripe
 * server; see scripts/test.mjs), for a test that starts `npm start` again on the same database.
 */
export function stackEnvironment(): Record<string, string> {
  return JSON.parse(process.env.OCOP_STACK_ENV || "{}") as Record<string, string>
}

/** A product with one variant in stock, so its page's "add to cart" adds that variant: what a shopper test buys. */
export async function productWithOneVariantInStock(stack: StackInfo): Promise<{ handle: string; title: string; price: number }> {
  const { body } = await storeGet(stack, "/store/ocop/products?limit=40")
  for (const candidate of body.products) {
    const { body: detail } = await storeGet(stack, `/store/ocop/products/${candidate.handle}`)
    const variants = detail.product.variants
    if (variants.length === 1 && variants[0].in_stock) {
      return { handle: candidate.handle, title: detail.product.title, price: variants[0].price.amount }
    }
  }
  throw new Error("The seed has no product with a single variant in stock")
}

/**
 * Bad input over every route of the OCOP plugin, store and admin, over Medusa's own store and auth routes, and
 * over every page and form of the storefront, all found on disk (so routes that land later are fuzzed without
 * touching this file): each case picks a route, and for its query, body and path random and
 * boundary values (wrong types, huge strings, unicode and broken unicode, negative and huge numbers, SQL and
 * HTML injection strings), under parameter names taken from the plugin's own zod schemas plus unknown ones.
 * A seeded generator (fast-check) makes every run send the same cases.
 *
 * What must hold: the answer is 2xx or 4xx (3xx too on the storefront, which redirects), never 5xx and never a
 * dropped connection; no answer carries SQL; and a refused write (a 4xx to POST/DELETE) leaves the OCOP
 * tables, their links, the products and Medusa's carts, customers, orders and identities as they were.
 */
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import fc from "fast-check"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { waitForMail } from "../support/mail"
import { readStack } from "../support/stack"

const stack = readStack()
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const API_DIR = path.join(ROOT, "plugins/ocop/src/api")
const SEED = 20261124
const STORE_RUNS = Number(process.env.OCOP_FUZZ_STORE_RUNS || 1000)
const ADMIN_RUNS = Number(process.env.OCOP_FUZZ_ADMIN_RUNS || 800)
const MEDUSA_RUNS = Number(process.env.OCOP_FUZZ_MEDUSA_RUNS || 600)
const STOREFRONT_RUNS = Number(process.env.OCOP_FUZZ_STOREFRONT_RUNS || 300)
const PRODUCER_RUNS = Number(process.env.OCOP_FUZZ_PRODUCER_RUNS || 400)
const MEDUSA_API_DIR = path.join(ROOT, "node_modules/@medusajs/medusa/dist/api")
const STOREFRONT_ROUTES_DIR = path.join(ROOT, "storefront/app/routes")
/** What a driver's or the ORM's statement looks like in a message (the hardening issue's three markers). */
const SQL_TEXT = /select |from "|where /i
/** The same in a page, whose scripts and text say "from" and "where" too: a statement's own shape. */
const SQL_IN_PAGE = /select\s+["*][^<]{0,300}\bfrom\s+"|\bwhere\s+"[a-z_0-9]+"\."/i

type Route = { scope: "store" | "admin" | "producer" | "medusa" | "storefront"; path: string; methods: string[] }

/** Every `route.ts` under the plugin's api folder, with the HTTP methods it exports. */
function discoverRoutes(): Route[] {
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const methods = [...source.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!)
        const url = "/" + path.relative(API_DIR, dir).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
        // Signing out would end the fuzzing member's own session: every later case would only meet the 401.
        if (url === "/producer/me/sessions") continue
        routes.push({ scope: url.startsWith("/admin") ? "admin" : url.startsWith("/producer") ? "producer" : "store", path: url, methods })
      }
    }
  }
  walk(API_DIR)
  return routes.sort((a, b) => a.path.localeCompare(b.path))
}

/**
 * Medusa's own store and auth routes, from its compiled route files (`exports.GET = …`). Transfers, MFA and
 * token refresh are left out: they are the orders' and accounts' tables, not bad input's.
 */
function discoverMedusaRoutes(): Route[] {
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.js") {
        const source = fs.readFileSync(full, "utf8")
        const methods = [...new Set([...source.matchAll(/exports\.(GET|POST|DELETE)\s*=/g)].map((m) => m[1]!))]
        const url = "/" + path.relative(MEDUSA_API_DIR, dir).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
        if (!/\/transfer\/|\/mfa\/|\/token\//.test(url)) routes.push({ scope: "medusa", path: url, methods })
      }
    }
  }
  for (const scope of ["store", "auth"]) walk(path.join(MEDUSA_API_DIR, scope))
  return routes.sort((a, b) => a.path.localeCompare(b.path))
}

/**
 * Every storefront URL from its route files (Remix's flat routes: `($lang).san-pham.$handle.tsx` is
 * `/san-pham/:handle` and `/en/san-pham/:handle`), GET for all, POST for those with an action.
 */
function discoverStorefrontRoutes(): Route[] {
  const routes: Route[] = []
  for (const file of fs.readdirSync(STOREFRONT_ROUTES_DIR)) {
    if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue
    const source = fs.readFileSync(path.join(STOREFRONT_ROUTES_DIR, file), "utf8")
    const methods = [
      ...(/export (async )?function loader|export const loader/.test(source) || /export default/.test(source) ? ["GET"] : []),
      ...(/export (async )?function action|export const action/.test(source) ? ["POST"] : []),
    ]
    const name = file.replace(/\.tsx?$/, "").replace(/\[\.\]/g, "\u0001")
    const segments = name.split(".").map((part) => part.replace(/\u0001/g, "."))
    const optionalLang = segments[0] === "($lang)"
    const rest = (optionalLang ? segments.slice(1) : segments)
      .filter((part) => part !== "_index")
      .map((part) => (part === "$" ? ":splat" : part.startsWith("$") ? `:${part.slice(1)}` : part))
    const url = "/" + rest.join("/")
    routes.push({ scope: "storefront", path: url, methods })
    if (optionalLang) routes.push({ scope: "storefront", path: url === "/" ? "/en" : `/en${url}`, methods })
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path))
}

/** Names Medusa's store and auth bodies and queries use, beside the unknown ones the generator invents. */
const MEDUSA_FIELDS = [
  "limit", "offset", "q", "fields", "order", "id", "handle", "title", "region_id", "sales_channel_id", "currency_code",
  "email", "quantity", "variant_id", "metadata", "shipping_address", "billing_address", "items", "promo_codes",
  "option_id", "provider_id", "password", "first_name", "last_name", "phone", "province", "address_1", "city",
  "country_code", "category_id", "collection_id", "cart_id", "customer_id", "token", "identifier", "with_deleted",
  "is_default_shipping", "display_id", "status", "data", "context",
]
/** Form fields of the storefront's actions. */
const FORM_FIELDS = [
  "intent", "variant_id", "quantity", "line_id", "email", "password", "password_confirmation", "redirectTo", "q",
  "first_name", "last_name", "phone", "province", "ward_code", "address_1", "shipping_option_id", "provider_id",
  "payment", "token", "current_password", "new_password", "locale", "lang",
]

/** Field names of every zod object schema exported by a scope's validators.ts files. */
async function schemaFields(scope: "store" | "admin" | "producer"): Promise<string[]> {
  const names = new Set<string>()
  const files: string[] = []
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "validators.ts") files.push(full)
    }
  }
  walk(path.join(API_DIR, scope))
  const keysOf = (schema: any, depth = 0): string[] => {
    if (!schema || typeof schema !== "object" || depth > 6) return []
    if (schema.shape && typeof schema.shape === "object") return Object.keys(schema.shape)
    const def = schema.def ?? schema._def ?? {}
    return [def.in, def.innerType, def.schema, def.out].flatMap((inner) => keysOf(inner, depth + 1))
  }
  for (const file of files) {
    const exports = await import(file)
    for (const value of Object.values(exports)) for (const key of keysOf(value)) names.add(key)
  }
  return [...names].sort()
}

// ---- values ------------------------------------------------------------------------------------------------

const nasty = [
  "", " ", "0", "-1", "-0", "1.5", "1e309", "-1e309", "NaN", "Infinity", "9007199254740993", "99999999999999999999999",
  "2147483648", "3", "4", "5", "3,4,5", "6", "true", "false", "null", "undefined", "[]", "{}", "[object Object]",
  "' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE product; --", '" OR ""="', "1; select pg_sleep(3)", "%", "_", "\\", "%%",
  "\u0000", "a\u0000b", "%00", "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:alert(1)",
  "../../../../etc/passwd", "..%2F..%2F", "Cà phê Đắk Lắk", "ca phe", "Ea H'leo", "🙂☕", "\uD800", "\uFEFF", "ｃａｆｅ",
  "ﷺ", "̸̢̧", "a".repeat(201), "x".repeat(5000), "__proto__", "constructor", "$where", "*", "vi", "en", "fr", "food",
  "-stars", "price", "household", "kiosk_cluster", "66", "066", "reg_00000000000000000000000000", "prod_01", "pp_system_default",
]
const nastyString = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String) }
)
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 3, 4, 5, 100, 101) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom("id", "handle", "$gt", "__proto__", "0"), nastyString, { maxKeys: 2 }) }
)

function fieldsArb(names: string[]) {
  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...(names.length ? names : ["q"])) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) })
  return fc.uniqueArray(name, { maxLength: 5 })
}

// ---- the stack ---------------------------------------------------------------------------------------------

let db: pg.Client
let adminToken = ""
/** A seeded producer's owner, signed in through the portal's own invitation flow (beforeAll). */
let producerToken = ""
let known = { productHandle: "", producerHandle: "", salesPointHandle: "", productId: "", regionId: "", orderId: "", fairHandle: "" }

/** Rows, last update and soft deletes of every table a plugin route could write: OCOP's, its links', products'. */
let watchedQuery = ""
async function snapshot() {
  const { rows } = await db.query(watchedQuery)
  return rows.map((r) => `${r.t}:${r.c}:${r.u ?? ""}:${r.d}`).join("|")
}

beforeAll(async () => {
  db = new pg.Client({ connectionString: stack.database_url })
  await db.connect()
  const { rows } = await db.query(
    `select table_name, bool_or(column_name = 'updated_at') as has_updated, bool_or(column_name = 'deleted_at') as has_deleted
     from information_schema.columns where table_schema = 'public'
       and (table_name like '%ocop%' or table_name in ('product', 'product_variant', 'product_sales_channel', 'price', 'inventory_level',
         'cart', 'cart_line_item', 'cart_address', 'customer', 'customer_address', 'order', 'auth_identity', 'provider_identity'))
     group by table_name order by table_name`
  )
  watchedQuery = rows
    .map(
      (r) =>
        `select '${r.table_name}' as t, count(*)::text as c, ${r.has_updated ? "max(updated_at)::text" : "null"} as u, ` +
        `${r.has_deleted ? "count(deleted_at)::text" : "'0'"} as d from "${r.table_name}"`
    )
    .join(" union all ")
  const login = await fetch(`${stack.backend_url}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: stack.admin_email, password: stack.admin_password }),
  })
  adminToken = ((await login.json()) as { token: string }).token
  const get = async (p: string) =>
    (await (await fetch(`${stack.backend_url}${p}`, { headers: { "x-publishable-api-key": stack.publishable_key } })).json()) as any
  const product = (await get("/store/ocop/products?limit=1")).products[0]
  producerToken = await producerOwnerOf(product.producer?.handle)
  known = {
    productHandle: product.handle,
    productId: product.id,
    producerHandle: product.producer?.handle ?? "none",
    salesPointHandle: (await get("/store/ocop/sales-points")).sales_points[0]?.handle ?? "none",
    regionId: stack.region_id ?? "none",
    orderId: await placeOrderOf(product.handle),
    // The fair running today (the seed's): its pages, QR scans, catalogue and carts' fair are fuzzed with it.
    fairHandle: (await get("/store/ocop/fairs?when=current")).fairs[0]?.handle ?? "none",
  }
})

/** One order of the producer's product, placed as a shopper places it: the seller portal's order routes then have one to open. */
async function placeOrderOf(handle: string): Promise<string> {
  const headers = { "x-publishable-api-key": stack.publishable_key, "content-type": "application/json" }
  const call = async (p: string, body?: unknown) =>
    (await (await fetch(`${stack.backend_url}${p}`, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) })).json()) as any
  const detail = await call(`/store/ocop/products/${encodeURIComponent(handle)}`)
  const variant = detail.product.variants.find((v: any) => v.in_stock) ?? detail.product.variants[0]
  const address = { first_name: "Fuzz", last_name: "Khách", phone: "0905 111 222", address_1: "1 Lê Duẩn", city: "Phường Buôn Ma Thuột", province: "66", country_code: "vn", metadata: { ward_code: "24133" } }
  const { cart } = await call("/store/carts", { region_id: stack.region_id, email: "fuzz.shopper@example.vn", items: [{ variant_id: variant.id, quantity: 1 }] })
  await call(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { shipping_options } = await call(`/store/shipping-options?cart_id=${cart.id}`)
  const home = shipping_options.find((o: any) => o.service_zone?.fulfillment_set?.type !== "pickup")
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: home.id })
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await call(`/store/carts/${cart.id}/complete`, {})
  return completed.order.id as string
}

afterAll(async () => {
  await db?.end()
})

/** The admin invites an owner for the producer, the owner signs up from the mailed link: her token. */
async function producerOwnerOf(handle: string | undefined): Promise<string> {
  const json = async (response: Response) => (await response.json()) as any
  const asAdmin = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" }
  const { producers } = await json(await fetch(`${stack.backend_url}/admin/ocop/producers?q=${encodeURIComponent(handle ?? "")}&limit=1`, { headers: asAdmin }))
  const email = `fuzz.${Date.now()}@example.vn`
  const since = Date.now() - 1000
  await fetch(`${stack.backend_url}/admin/ocop/producers/${producers[0].id}/members/invites`, { method: "POST", headers: asAdmin, body: JSON.stringify({ email }) })
  const mail = await waitForMail(stack, "ocop-producer-invite", email, since)
  const token = new URL(mail.data.link).searchParams.get("token")
  const post = (p: string, body: unknown, bearer?: string) =>
    fetch(`${stack.backend_url}${p}`, { method: "POST", headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) }, body: JSON.stringify(body) }).then(json)
  const registered = await post("/auth/producer/emailpass/register", { email, password: "mat-khau-fuzz-1" })
  await post("/producer/invites/accept", { token, name: "Fuzz" }, registered.token)
  return (await post("/auth/producer/emailpass", { email, password: "mat-khau-fuzz-1" })).token
}

type Case = {
  route: Route
  method: string
  params: string[]
  query: [string, string[]][]
  body: Record<string, unknown> | unknown
  header?: string
  /** Sent as they are, never encoded: the broken escapes no encoder makes. */
  rawSegment?: string
  rawQuery?: string
}

const RAW_SEGMENTS = ["%ff", "%E0%A4%A", "%00", "a%00b", "%C0%AF", "%ED%A0%80", "%", "%2e%2e%2f", "a%2Fb", "%25"]
const RAW_QUERIES = ["q=%ff", "q=%E0%A4%A", "q=%00", "limit=%ff", "%ff=1", "q=%", "locale=vi&locale=en", "locale[a]=b", "limit[]=1", "offset[$gt]=1"]

function caseArb(routes: Route[], names: string[]) {
  const pathValue = fc.oneof(
    { weight: 3, arbitrary: nastyString },
    { weight: 1, arbitrary: fc.constantFrom(known.productHandle, known.producerHandle, known.salesPointHandle, known.productId, known.regionId, known.orderId, known.fairHandle) },
    // Medusa's auth routes are mostly reached through these two names.
    { weight: 1, arbitrary: fc.constantFrom("customer", "emailpass") }
  )
  return fc
    .constantFrom(...routes.flatMap((route) => route.methods.map((method) => ({ route, method }))))
    .chain(({ route, method }) =>
      fc.record({
        route: fc.constant(route),
        method: fc.constant(method),
        params: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
        query: fieldsArb(names).chain((keys) =>
          fc.tuple(...keys.map((key) => fc.tuple(fc.constant(key), fc.array(nastyString, { minLength: 1, maxLength: 2 }))))
        ),
        body: fc.oneof(
          { weight: 6, arbitrary: fieldsArb(names).chain((keys) => fc.record(Object.fromEntries(keys.map((key) => [key, nastyJson])))) },
          { weight: 1, arbitrary: nastyJson }
        ),
        header: fc.option(fc.constantFrom("vi", "en", "en-US", "fr", "xx-ÿ", "' OR 1=1", "a".repeat(300)), { nil: undefined }),
        rawSegment: fc.option(fc.constantFrom(...RAW_SEGMENTS), { nil: undefined, freq: 6 }),
        rawQuery: fc.option(fc.constantFrom(...RAW_QUERIES), { nil: undefined, freq: 6 }),
      })
    ) as fc.Arbitrary<Case>
}

/** The real path with its `:params` filled; mutating routes get only invented ids, so seeded data is never touched. */
function urlOf(c: Case) {
  let i = 0
  const mutating = c.method !== "GET"
  const filled = c.route.path.replace(/:[a-z_]+/g, () => {
    if (i === 0 && c.rawSegment) return i++, c.rawSegment
    const value = c.params[i++] ?? ""
    const safe = mutating && Object.values(known).includes(value) ? `${value}-nope` : value
    // A path segment must not be empty or `.`/`..` (the URL would point elsewhere); URLSearchParams-style
    // encoding turns broken unicode into U+FFFD instead of throwing.
    const encoded = new URLSearchParams({ v: safe }).toString().slice(2)
    return encoded && encoded !== "." && encoded !== ".." ? encoded : "x"
  })
  const search = new URLSearchParams()
  for (const [key, values] of c.query) for (const value of values) search.append(key, value)
  const query = [search.toString(), c.rawQuery].filter(Boolean).join("&")
  const base = c.route.scope === "storefront" ? stack.storefront_url : stack.backend_url
  return `${base}${filled}${query ? `?${query}` : ""}`
}

/** A storefront form as a browser posts it: every value a string, from the page's own origin. */
function formOf(body: unknown): URLSearchParams {
  const form = new URLSearchParams()
  const entries = body && typeof body === "object" && !Array.isArray(body) ? Object.entries(body) : [["value", body]]
  for (const [key, value] of entries) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, typeof item === "string" ? item : JSON.stringify(item) ?? "")
  }
  return form
}

async function send(c: Case) {
  const headers: Record<string, string> =
    c.route.scope === "admin"
      ? { authorization: `Bearer ${adminToken}` }
      : c.route.scope === "producer"
        ? { authorization: `Bearer ${producerToken}` }
        : c.route.scope === "storefront"
        ? {}
        : { "x-publishable-api-key": stack.publishable_key }
  if (c.header) headers[c.route.scope === "storefront" ? "accept-language" : "x-medusa-locale"] = c.header
  const init: RequestInit = { method: c.method, headers, redirect: "manual" }
  if (c.route.scope === "storefront" && c.method === "POST") {
    headers["content-type"] = "application/x-www-form-urlencoded"
    headers.origin = stack.storefront_url
    init.body = formOf(c.body).toString()
  } else if (c.method === "POST" || c.method === "PUT" || c.method === "PATCH") {
    headers["content-type"] = "application/json"
    init.body = JSON.stringify(c.body)
  }
  try {
    // A request that never answers is a failure too (and would otherwise hang the run).
    const response = await fetch(urlOf(c), { ...init, signal: AbortSignal.timeout(10_000) })
    const text = await response.text()
    return { status: response.status, text }
  } catch (error) {
    return { status: 0, text: String((error as any)?.cause?.code ?? error) }
  }
}

const routes = [...discoverRoutes(), ...discoverMedusaRoutes(), ...discoverStorefrontRoutes()]
const tried = { store: 0, admin: 0, producer: 0, medusa: 0, storefront: 0, statuses: {} as Record<string, number> }

async function fieldNames(scope: Route["scope"]): Promise<string[]> {
  if (scope === "medusa") return [...new Set([...MEDUSA_FIELDS, ...(await schemaFields("store"))])]
  if (scope === "storefront") return FORM_FIELDS
  return schemaFields(scope)
}

async function fuzz(scope: Route["scope"], numRuns: number) {
  const scoped = routes.filter((r) => r.scope === scope && r.methods.length)
  const names = await fieldNames(scope)
  const redirects = scope === "storefront"
  const failures: string[] = []
  await fc.assert(
    fc.asyncProperty(caseArb(scoped, names), async (c) => {
      const mutating = c.method !== "GET"
      // Storefront forms refuse with a 200 page that shows the errors; their writes are Medusa's, fuzzed above.
      const watched = mutating && scope !== "storefront"
      const before = watched ? await snapshot() : ""
      const { status, text } = await send(c)
      tried[scope]++
      tried.statuses[status] = (tried.statuses[status] ?? 0) + 1
      const what = `${c.method} ${urlOf(c).replace(/^https?:\/\/[^/]+/, "").slice(0, 300)}${mutating ? ` body ${JSON.stringify(c.body)?.slice(0, 200)}` : ""}`
      if (status < 200 || status >= 500 || (status >= 300 && status < 400 && !redirects)) {
        failures.push(`${status} ${what}: ${text.slice(0, 200)}`)
        return false
      }
      const sql = (scope === "storefront" ? SQL_IN_PAGE : SQL_TEXT).exec(status >= 400 ? text : "")
      if (sql) {
        failures.push(`${status} with SQL ("${sql[0]}") in the answer: ${what}: ${text.slice(0, 300)}`)
        return false
      }
      if (watched && status >= 400) {
        const after = await snapshot()
        if (after !== before) {
          failures.push(`${status} but tables changed: ${what}`)
          return false
        }
      }
      return true
    }),
    { seed: SEED, numRuns, endOnFailure: true }
  ).catch((error) => {
    throw new Error(`${failures.join("\n") || ""}\n${String(error).slice(0, 1500)}`)
  })
}

describe("bad input to the OCOP plugin's routes, Medusa's own and the storefront's", () => {
  it("finds the plugin's store routes on disk", () => {
    expect(routes.filter((r) => r.scope === "store").map((r) => r.path)).toEqual(
      expect.arrayContaining(["/store/ocop/products", "/store/ocop/fairs/:handle/scans", "/store/ocop/fairs/:handle/catalogue.pdf", "/store/ocop/carts/:id/fair"])
    )
  })

  it(`answers ${STORE_RUNS} random and boundary store requests with 2xx or 4xx, never 5xx`, async () => {
    await fuzz("store", STORE_RUNS)
  }, 300_000)

  // Medusa 2.21.2's applyLocale never answered these (an async middleware that threw); patches/ makes it a 400
  // (docs/security.md). Sent on their own here too, since the generator draws them only now and then.
  it("answers a repeated or nested locale query field with a 400 instead of never", async () => {
    for (const query of ["locale=vi&locale=en", "locale[a]=b"]) {
      const response = await fetch(`${stack.backend_url}/store/ocop/groups?${query}`, {
        headers: { "x-publishable-api-key": stack.publishable_key },
        signal: AbortSignal.timeout(3000),
      })
      expect(response.status).toBe(400)
    }
  })

  it("answers junk sent to a running fair's scan route and to a cart's fair with a 4xx, and counts or writes nothing", async () => {
    expect(known.fairHandle).not.toBe("none")
    const headers = { "x-publishable-api-key": stack.publishable_key, "content-type": "application/json" }
    const { cart } = (await (await fetch(`${stack.backend_url}/store/carts`, { method: "POST", headers, body: JSON.stringify({ region_id: stack.region_id }) })).json()) as any
    const scans = async () => Number((await db.query("select count(*) as n from ocop_fair_scan")).rows[0].n)
    const metadataOf = async () => JSON.stringify((await db.query("select metadata from cart where id = $1", [cart.id])).rows[0].metadata)
    const [scansBefore, metadataBefore] = [await scans(), await metadataOf()]
    const junk = fc.oneof(
      nastyJson,
      fc.record({ booth: nastyJson, product_handle: nastyJson }, { requiredKeys: [] }),
      fc.record({ fair_handle: fc.oneof(fc.constant(known.fairHandle), nastyString), booth: nastyJson }, { requiredKeys: [] })
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(`/store/ocop/fairs/${known.fairHandle}/scans`, `/store/ocop/carts/${cart.id}/fair`), junk, async (url, body) => {
        const response = await fetch(`${stack.backend_url}${url}`, { method: "POST", headers, body: JSON.stringify(body) })
        const text = await response.text()
        expect([400, 404, 429], `${url} ${JSON.stringify(body).slice(0, 200)} → ${response.status} ${text.slice(0, 200)}`).toContain(response.status)
        expect(text).not.toMatch(SQL_TEXT)
      }),
      { seed: SEED, numRuns: 150, endOnFailure: true }
    )
    expect(await scans()).toBe(scansBefore)
    expect(await metadataOf()).toBe(metadataBefore)
  }, 120_000)

  it("finds Medusa's store and auth routes and every storefront page on disk", () => {
    const paths = routes.map((r) => r.path)
    expect(paths).toEqual(expect.arrayContaining(["/store/products", "/store/carts/:id/line-items", "/auth/:actor_type/:auth_provider"]))
    expect(paths).toEqual(expect.arrayContaining(["/", "/en", "/san-pham/:handle", "/en/diem-ban/:handle", "/sitemap.xml"]))
  })

  it(`answers ${MEDUSA_RUNS} random and boundary requests to Medusa's store and auth routes with 2xx or 4xx, never SQL, and writes nothing when it refuses`, async () => {
    await fuzz("medusa", MEDUSA_RUNS)
  }, 300_000)

  it(`answers ${STOREFRONT_RUNS} broken page URLs and junk form posts on the storefront with a page or a redirect, never a 5xx`, async () => {
    await fuzz("storefront", STOREFRONT_RUNS)
  }, 300_000)

  it("finds the seller portal's routes on disk, its order list, orders, their fulfilment steps and the sales-point requests among them", () => {
    expect(routes.filter((r) => r.scope === "producer").map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/producer/orders",
        "/producer/orders/:id",
        "/producer/orders/:id/packed",
        "/producer/orders/:id/shipped",
        "/producer/orders/:id/ready-for-pickup",
        "/producer/orders/:id/delivered",
        "/producer/orders/:id/cancel",
        "/producer/products",
        "/producer/products/:id/sales-points",
        "/producer/sales-points",
      ])
    )
    expect(known.orderId, "the producer's order could not be placed").toMatch(/^order_/)
  })

  it(`answers ${PRODUCER_RUNS} random and boundary seller-portal requests, signed in as a producer's owner, with 2xx or 4xx, and writes nothing when it refuses`, async () => {
    expect(producerToken, "the producer's owner could not sign in").toBeTruthy()
    await fuzz("producer", PRODUCER_RUNS)
  }, 300_000)

  it(`answers ${ADMIN_RUNS} random and boundary admin requests with 2xx or 4xx, and writes nothing when it refuses`, async (ctx) => {
    if (!routes.some((r) => r.scope === "admin" && r.methods.length)) ctx.skip("no admin route of the plugin in this checkout yet")
    await fuzz("admin", ADMIN_RUNS)
  }, 300_000)

  afterAll(() => {
    console.info(
      `[fuzz] cases tried: ${tried.store} plugin store, ${tried.admin} plugin admin, ${tried.producer} seller portal, ${tried.medusa} Medusa store/auth, ${tried.storefront} storefront (seed ${SEED}); statuses ${JSON.stringify(tried.statuses)}; ` +
        `routes: ${routes.map((r) => `${r.methods.join("/") || "-"} ${r.path}`).join(", ")}`
    )
  })
})

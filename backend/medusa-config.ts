import path from "node:path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const redisUrl = process.env.REDIS_URL

/**
 * Without REDIS_URL, Medusa's in-memory event bus, cache, locking and workflow engine serve one process.
 * With it, the Redis modules take over so several servers and a worker can share the work.
 */
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        key: Modules.EVENT_BUS,
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/cache-redis",
        key: Modules.CACHE,
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        key: Modules.WORKFLOW_ENGINE,
        options: { redis: { url: redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        key: Modules.LOCKING,
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Uploaded files (product images) live in the stack's data folder, not in `.medusa/server/static`, which every
 * `medusa build` wipes. The bootstrap points `<server>/static` at the same folder, so Medusa serves them.
 */
const uploadDir = process.env.OCOP_UPLOAD_DIR

/**
 * Search: Medusa's Search Module with its PostgreSQL provider, always (zero set-up, and the fallback), in the
 * Vietnamese text-search configuration the OCOP plugin's migration creates (`medusa_search_vietnamese`:
 * unaccent, no stemmer). With MEILISEARCH_HOST, a Meilisearch provider beside it; the plugin then declares a
 * Meilisearch twin of its index and searches there first (docs/decisions/006-search.md).
 */
const meilisearchHost = process.env.MEILISEARCH_HOST
const searchModule = {
  resolve: "@medusajs/medusa/search",
  key: Modules.SEARCH,
  options: {
    default_provider: "search-postgres",
    // Documents per write while an index is filled: Meilisearch applies each write as a task that the seed
    // waits for, so Medusa's default of 100 filled 10 000 products at about 60 a second.
    reindex: { batch_size: 1000 },
    providers: [
      {
        resolve: "@medusajs/medusa/search-postgres",
        id: "postgres",
        options: { language: "vietnamese" },
      },
      ...(meilisearchHost
        ? [
            {
              resolve: "@rokmohar/medusa-plugin-meilisearch/providers/meilisearch",
              id: "meilisearch",
              options: {
                config: { host: meilisearchHost, apiKey: process.env.MEILISEARCH_API_KEY || undefined },
                // A write Meilisearch has not applied within this time counts as failed (the seed then retries).
                task_timeout_ms: 60_000,
                task_polling_interval_ms: 50,
              },
            },
          ]
        : []),
    ],
  },
}

/**
 * Payments: cash on delivery is Medusa's system provider (`pp_system_default`, always there); bank transfer by
 * VietQR is the plugin's provider (`pp_bank-transfer_vietqr`); cards go through Medusa's Stripe provider
 * (`pp_stripe_stripe`) when STRIPE_API_KEY is set. STRIPE_API_BASE points that provider's client elsewhere (the
 * tests' fake Stripe server; see plugins/ocop/src/providers/stripe-endpoint) and is never set in production.
 * The bank account defaults to an invented demo account: set OCOP_VIETQR_* before taking real transfers.
 */
const stripeApiKey = process.env.STRIPE_API_KEY
const stripeProvider = stripeApiKey
  ? [
      {
        resolve: process.env.STRIPE_API_BASE
          ? "@ocop/medusa-plugin-ocop/providers/stripe-endpoint"
          : "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: stripeApiKey,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
          // Authorised at checkout, captured when an admin captures the order (or Stripe reports it captured).
          capture: false,
          ...(process.env.STRIPE_API_BASE ? { apiBase: process.env.STRIPE_API_BASE } : {}),
        },
      },
    ]
  : []

const paymentModule = {
  resolve: "@medusajs/medusa/payment",
  key: Modules.PAYMENT,
  options: {
    // Medusa waits this long before acting on a payment webhook (its default is 5 s); the tests shorten it.
    ...(process.env.OCOP_PAYMENT_WEBHOOK_DELAY_MS ? { webhook_delay: Number(process.env.OCOP_PAYMENT_WEBHOOK_DELAY_MS) } : {}),
    providers: [
      {
        resolve: "@ocop/medusa-plugin-ocop/providers/bank-transfer",
        id: "vietqr",
        options: {
          bank_bin: process.env.OCOP_VIETQR_BANK_BIN || "970436",
          bank_name: process.env.OCOP_VIETQR_BANK_NAME || "Vietcombank",
          account_number: process.env.OCOP_VIETQR_ACCOUNT_NUMBER || "1234567890",
          account_name: process.env.OCOP_VIETQR_ACCOUNT_NAME || "CHO OCOP DAK LAK (DEMO)",
        },
      },
      ...stripeProvider,
    ],
  },
}

/**
 * Delivery: Medusa's manual provider (pickup at the sales points, handed over by hand) and the plugin's per-parcel
 * home delivery (`parcel_ocop`: the zone's price for each producer's parcel of a cart; docs/decisions/019).
 */
const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  key: Modules.FULFILLMENT,
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "@ocop/medusa-plugin-ocop/providers/parcel-delivery", id: "ocop" },
    ],
  },
}

/** Mails to shoppers land as files in this folder (the plugin's file provider) until a real provider is set. */
const mailDir = process.env.OCOP_MAIL_DIR || `${process.cwd()}/.mail`

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:3000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || `http://localhost:${process.env.PORT || 9000}`

/**
 * The storefront puts its own react-router-dom 6, react-i18next and i18next at the root of node_modules; the
 * dashboard keeps its versions nested. Admin extensions of plugins (the OCOP plugin's, Medusa's own draft orders)
 * import these from the root and would get a second router or translator without the dashboard's context
 * ("useLocation() may be used only in the context of a <Router>", untranslated keys such as
 * "draftOrders.domain"). The admin build points them at the dashboard's copies; resolved when the admin is
 * built, never when the server runs.
 */
function dashboardSingletonAliases() {
  const dashboard = path.dirname(require.resolve("@medusajs/dashboard"))
  const from = (name: string, dir: string) => path.dirname(require.resolve(`${name}/package.json`, { paths: [dir] }))
  const routerDom = from("react-router-dom", dashboard)
  return [
    { find: /^react-router-dom$/, replacement: routerDom },
    { find: /^react-router$/, replacement: from("react-router", routerDom) },
    { find: /^react-i18next$/, replacement: from("react-i18next", dashboard) },
    { find: /^i18next$/, replacement: from("i18next", dashboard) },
  ]
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    // One connection kept open at rest instead of Medusa's two: each is a PostgreSQL process of ~17 MB. The pool
    // still grows to its maximum under load and lets the extra connections go after 30 s idle.
    databaseDriverOptions: { pool: { min: 1 } },
    redisUrl,
    // A session cookie marked Secure is dropped on plain-http hosts; production behind https keeps it.
    cookieOptions: { secure: backendUrl.startsWith("https://") },
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: {
    disable: process.env.DISABLE_ADMIN === "true",
    // The dashboard is served by this backend, so it calls its own origin ("/", Medusa's default): the build
    // then works on any port (a build made for :9000 once sent a test stack's admin to :9000).
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
    // Vite gzips every one of the admin's ~400 chunks only to print their sizes: 1.5 s of a fresh clone's start.
    vite: () => ({ resolve: { alias: dashboardSingletonAliases() }, build: { reportCompressedSize: false } }),
  },
  plugins: [
    {
      resolve: "@ocop/medusa-plugin-ocop",
      options: {},
    },
  ],
  modules: [
    ...redisModules,
    searchModule,
    paymentModule,
    fulfillmentModule,
    {
      // Reminders to producers and mails to shoppers (order confirmation, password reset) go through the
      // "email" channel, written to files by the plugin's provider; the admin's feed stays Medusa's local one.
      resolve: "@medusajs/medusa/notification",
      key: Modules.NOTIFICATION,
      options: {
        providers: [
          {
            resolve: "@ocop/medusa-plugin-ocop/providers/notification-file",
            id: "file",
            options: { channels: ["email"], directory: mailDir },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local notifications", channels: ["feed"] },
          },
        ],
      },
    },
    ...(uploadDir
      ? [
          {
            resolve: "@medusajs/medusa/file",
            key: Modules.FILE,
            options: {
              providers: [
                {
                  resolve: "@medusajs/medusa/file-local",
                  id: "local",
                  options: { upload_dir: uploadDir, backend_url: `${backendUrl}/static` },
                },
              ],
            },
          },
        ]
      : []),
  ],
})

// @ts-check
/**
 * Bare Medusa, the bench's baseline for the whole checkout (test/bench/lib/bare-medusa.mjs): the same Medusa as
 * the backend (2.21.x, from the root node_modules), but only Medusa's own default modules, no OCOP plugin, no
 * routes of ours, no admin. It serves a copy of the bench's database, so it sells the same products in the same
 * region with the same publishable key; the bench replaces the plugin's per-parcel home delivery there by
 * Medusa's manual provider at the same price, the only thing this Medusa could not serve.
 *
 * `medusa start` reads this file from its working directory: plain CommonJS (this folder's package.json has
 * no "type"), so nothing needs building. The environment is the bench backend's (DATABASE_URL, secrets, ports).
 */
const { defineConfig } = require("@medusajs/framework/utils")

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || process.env.STOREFRONT_URL || "http://localhost:3000",
      adminCors: process.env.ADMIN_CORS || process.env.MEDUSA_BACKEND_URL || "http://localhost:9000",
      authCors: process.env.AUTH_CORS || `${process.env.STOREFRONT_URL},${process.env.MEDUSA_BACKEND_URL}`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  admin: { disable: true },
})

// @ts-check
/**
 * The storefront's production server: what `remix-serve` does (compression, hashed assets cached for a year,
 * `public/` for an hour, a log line per request), with the security headers in front of every response
 * (app/lib/security-headers.server.ts, reached through the server build's entry module so the policy is
 * bundled, typed and tested with the app) and each page's CSP nonce handed to Remix as load context.
 * Usage: `node server.mjs` from this folder, `PORT` to listen on (`npm start` does this).
 */
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { createRequestHandler } from "@remix-run/express"
import { installGlobals } from "@remix-run/node"
import compression from "compression"
import express from "express"
import morgan from "morgan"

process.env.NODE_ENV = process.env.NODE_ENV ?? "production"
const here = path.dirname(fileURLToPath(import.meta.url))
const build = await import(pathToFileURL(path.join(here, "build/server/index.js")).href)
installGlobals({ nativeFetch: build.future.v3_singleFetch })
const { securityHeaders, cspNonceOf } = build.entry.module

const app = express()
app.disable("x-powered-by")
app.use(securityHeaders())
app.use(compression())
app.use(build.publicPath, express.static(path.resolve(here, build.assetsBuildDirectory), { immutable: true, maxAge: "1y" }))
app.use(express.static(path.join(here, "public"), { maxAge: "1h" }))
app.use(morgan("tiny"))
app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_request, response) => ({ cspNonce: cspNonceOf(response) }),
  })
)

const port = Number(process.env.PORT || 3000)
const server = process.env.HOST ? app.listen(port, process.env.HOST) : app.listen(port)
server.on("listening", () => console.log(`[storefront] http://localhost:${port}`))
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
  })
}

// @ts-check
/**
 * The storefront's production server: what `remix-serve` does (compression, hashed assets cached for a year,
 * `public/` for an hour, a log line per request), with the security headers in front of every response
 * (app/lib/security-headers.server.ts) and the request guard in front of Remix and the static files
 * (app/lib/request-guard.server.ts), both reached through the server build's entry module so they are bundled,
 * typed and tested with the app; each page's CSP nonce is handed to Remix as load context.
 * Usage: `node server.mjs` from this folder, `PORT` to listen on, `HOST` optional (`npm start` does this).
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
/** @type {(request: { method: string, url: string, headers: Record<string, string | string[] | undefined> }) => { status: number, html: string } | null} */
const refuseBadRequest = build.entry.module.refuseBadRequest

const app = express()
app.disable("x-powered-by")
app.use(securityHeaders())
app.use(compression())
// Before the static files too: a broken escape there would get express's bare 400.
app.use((req, res, next) => {
  const refusal = refuseBadRequest({ method: req.method, url: req.originalUrl, headers: req.headers })
  if (!refusal) return next()
  res.status(refusal.status).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).send(refusal.html)
})
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

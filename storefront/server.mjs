/**
 * The storefront's production server: what `remix-serve` does (compression, hashed assets cached for a year,
 * public files for an hour, a line of log per request, Remix for the rest), plus the request guard in front of
 * Remix (app/lib/request-guard.server.ts, reached through the server build's entry module), which remix-serve
 * has no place for. Usage: `node server.mjs [build/server/index.js]`, port from PORT (default 3000), HOST.
 */
import path from "node:path"
import url from "node:url"
import { createRequestHandler } from "@remix-run/express"
import { installGlobals } from "@remix-run/node"
import compression from "compression"
import express from "express"
import morgan from "morgan"

process.env.NODE_ENV = process.env.NODE_ENV ?? "production"

const buildPath = path.resolve(process.argv[2] ?? "build/server/index.js")
const build = await import(url.pathToFileURL(buildPath).href)
installGlobals({ nativeFetch: build.future.v3_singleFetch })

/** @type {(request: { method: string, url: string, headers: Record<string, string | string[] | undefined> }) => { status: number, html: string } | null} */
const refuseBadRequest = build.entry.module.refuseBadRequest

const app = express()
app.disable("x-powered-by")
app.use(compression())
// Before the static files too: a broken escape there would get express's bare 400.
app.use((req, res, next) => {
  const refusal = refuseBadRequest({ method: req.method, url: req.originalUrl, headers: req.headers })
  if (!refusal) return next()
  res.status(refusal.status).set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" }).send(refusal.html)
})
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y" }))
app.use(express.static("public", { maxAge: "1h" }))
app.use(morgan("tiny"))
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }))

const port = Number(process.env.PORT) || 3000
const onListen = () => console.log(`[storefront] http://localhost:${port}`)
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen)
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => server.close(console.error))

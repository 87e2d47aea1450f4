import type { IncomingMessage, ServerResponse } from "node:http"
import { createRequire } from "node:module"
import { securityHeaders } from "./src/http/security-headers"

type Done = (error?: unknown) => void
type ExpressApplication = {
  parent?: unknown
  handle(this: ExpressApplication, request: IncomingMessage, response: ServerResponse, done?: Done): void
}

/**
 * Medusa calls `register()` from its start command just before it creates its Express app, so this is the one
 * place in front of everything: the admin at `/app` is mounted before any plugin middleware and answers every
 * path under it, so a middleware in `defineMiddlewares` never sees those requests. The headers go on in the top
 * app's own `handle` (the Express Medusa's start command loads), not in Medusa's `traceRequestHandler`: with that
 * hook set, Medusa first looks the route up, and the lookup throws on a path that does not decode (`/store/products/%ff`)
 * before any handler can answer, leaving the request hanging. docs/decisions/022.
 */
export function register() {
  const fromMedusaStart = createRequire(require.resolve("@medusajs/medusa/commands/start"))
  const express: { application: ExpressApplication } = fromMedusaStart("express")
  const handle = express.application.handle
  express.application.handle = function handleWithSecurityHeaders(request, response, done) {
    // A mounted sub-app is reached through the top app, which has set the headers already.
    if (this.parent) return handle.call(this, request, response, done)
    // helmet fails only on a bad policy, and the policy is fixed when this file loads.
    securityHeaders(request, response, () => handle.call(this, request, response, done))
  }
}

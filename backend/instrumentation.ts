import type { IncomingMessage, ServerResponse } from "node:http"
import { securityHeaders } from "./src/http/security-headers"

type RequestHandlerWrapper = (handle: () => Promise<void>, request: IncomingMessage, response: ServerResponse, route?: string) => Promise<void>

/**
 * Medusa calls `register()` before it creates its HTTP server, and hands every request to `start`'s
 * `traceRequestHandler` when one is set (the hook its OpenTelemetry support uses). That is the only place in
 * front of everything: the admin at `/app` is mounted before any plugin middleware and answers every path
 * under it, so a middleware in `defineMiddlewares` never sees those requests. docs/decisions/022.
 */
export function register() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const start: { traceRequestHandler?: RequestHandlerWrapper } = require("@medusajs/medusa/commands/start")
  const traced = start.traceRequestHandler
  start.traceRequestHandler = async (handle, request, response, route) => {
    await new Promise<void>((resolve, reject) => securityHeaders(request, response, (error) => (error ? reject(error) : resolve())))
    return traced ? traced(handle, request, response, route) : handle()
  }
}

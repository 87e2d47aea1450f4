import type { HeadersFunction } from "@remix-run/node"

/** Routes' `headers` export: the page's caching comes from its loader (see pageHeaders in http.server.ts). */
export const loaderHeaders: HeadersFunction = ({ loaderHeaders, errorHeaders }) => errorHeaders ?? loaderHeaders

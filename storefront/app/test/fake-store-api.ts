/**
 * A real HTTP server standing in for the Store API in loader tests: the loaders go through the real SDK,
 * headers and query strings included, and answer with fixture JSON shaped like docs/store-api.md.
 */
import http from "node:http"
import type { AddressInfo } from "node:net"
import { resetMedusa } from "~/lib/medusa.server"

export type Handler = (
  url: URL,
  request: http.IncomingMessage
) => { status?: number; body: unknown; delayMs?: number; headers?: Record<string, string> } | undefined

export type FakeStoreApi = { url: string; requests: URL[]; headers: http.IncomingHttpHeaders[]; close(): Promise<void> }

export async function startFakeStoreApi(handler: Handler): Promise<FakeStoreApi> {
  const requests: URL[] = []
  const headers: http.IncomingHttpHeaders[] = []
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost")
    requests.push(url)
    headers.push(request.headers)
    const answer = handler(url, request) ?? {
      status: 404,
      body: { type: "not_found", message: `${url.pathname} not found` },
    }
    setTimeout(() => {
      response.writeHead(answer.status ?? 200, { "content-type": "application/json", ...answer.headers })
      response.end(JSON.stringify(answer.body))
    }, answer.delayMs ?? 0)
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.MEDUSA_BACKEND_URL = url
  process.env.MEDUSA_PUBLISHABLE_KEY = "pk_test_storefront"
  resetMedusa()
  return {
    url,
    requests,
    headers,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

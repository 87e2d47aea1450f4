import fs from "node:fs"
import {
  createReadableStreamFromReadable,
  type ActionFunctionArgs,
  type AppLoadContext,
  type EntryContext,
  type LoaderFunctionArgs,
} from "@remix-run/node"
import { RemixServer } from "@remix-run/react"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import { I18nextProvider } from "react-i18next"
import type { Locale } from "./i18n/config"
import { i18nextFor, i18nServer } from "./i18n/i18next.server"
import { inlineCss, InlineCssContext } from "./lib/inline-css"
import { NonceContext } from "./lib/nonce"
import { dropNulBytes } from "./lib/nul-bytes.server"
import stylesheet from "./tailwind.css?url"

// server.mjs puts these in front of every response and hands each page its nonce through the load context.
export { cspNonceOf, securityHeaders } from "./lib/security-headers.server"
// …and asks this before Remix runs: bad URLs and cross-site forms get a 4xx page.
export { refuseBadRequest } from "./lib/request-guard.server"

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The nonce of this response's Content-Security-Policy; absent under the Vite dev server. */
    cspNonce?: string
  }
}

// The built stylesheet, read once: inlined into every document (see lib/inline-css.ts).
const css = inlineCss ? fs.readFileSync(new URL(`../client${stylesheet}`, import.meta.url), "utf8") : ""

const ABORT_DELAY = 5_000
// Deferred data still pending after this is rejected, so the stream can end before the render is aborted.
export const streamTimeout = ABORT_DELAY - 1_000

/** Server errors with the URL they broke, once; a visitor who left mid-request is not an error. */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return
  console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error)
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext
) {
  const nonce = loadContext.cspNonce ?? ""
  const i18n = await i18nextFor((await i18nServer.getLocale(request)) as Locale)

  // Crawlers get the whole document at once; people get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady"

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <InlineCssContext.Provider value={css}>
        <NonceContext.Provider value={nonce}>
          <I18nextProvider i18n={i18n}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce || undefined} />
          </I18nextProvider>
        </NonceContext.Provider>
      </InlineCssContext.Provider>,
      {
        nonce: nonce || undefined,
        [readyEvent]() {
          shellRendered = true
          // React 18 pads some chunks with NUL bytes (lib/nul-bytes.server.ts): the page is sent without them.
          const body = dropNulBytes()
          responseHeaders.set("Content-Type", "text/html; charset=utf-8")
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            })
          )
          pipe(body)
        },
        onShellError(error: unknown) {
          reject(error)
        },
        onError(error: unknown) {
          responseStatusCode = 500
          // Errors after the shell are reported by the error boundary; log them once here.
          if (shellRendered) console.error(error)
        },
      }
    )
    setTimeout(abort, ABORT_DELAY)
  })
}

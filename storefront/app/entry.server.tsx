import { PassThrough } from "node:stream"
import { createReadableStreamFromReadable, type EntryContext } from "@remix-run/node"
import { RemixServer } from "@remix-run/react"
import { createInstance } from "i18next"
import { isbot } from "isbot"
import { renderToPipeableStream } from "react-dom/server"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { i18nOptions } from "./i18n/config"
import { i18nServer, localeOf, resources } from "./i18n/i18next.server"

const ABORT_DELAY = 5_000
// Deferred data still pending after this is rejected, so the stream can end before the render is aborted.
export const streamTimeout = ABORT_DELAY - 1_000

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext
) {
  const i18n = createInstance()
  await i18n.use(initReactI18next).init({
    ...i18nOptions,
    lng: localeOf(request),
    ns: i18nServer.getRouteNamespaces(remixContext),
    resources,
  })

  // Crawlers get the whole document at once; people get the shell as soon as it is ready.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady"

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const { pipe, abort } = renderToPipeableStream(
      <I18nextProvider i18n={i18n}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </I18nextProvider>,
      {
        [readyEvent]() {
          shellRendered = true
          const body = new PassThrough()
          responseHeaders.set("Content-Type", "text/html; charset=utf-8")
          resolve(
            new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode })
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

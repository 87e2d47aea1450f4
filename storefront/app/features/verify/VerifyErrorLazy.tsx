import { lazy, Suspense, type ReactNode } from "react"

type Props = { fallback: (status: number) => ReactNode }

/**
 * The verify error page (410 of a lapsed product, 429) for pages where an error is rare, such as the product page:
 * the server renders it at once (readable without JavaScript), while the browser fetches its code only when an
 * error is shown, not with every product page (targets.md's first-visit budget). Hydrating a server-rendered
 * error waits inside the Suspense boundary for that code, keeping the server's HTML meanwhile.
 *
 * No static import of ./VerifyError here: even unused, the browser's bundle would keep its words as a side-effect
 * import. The server loads it before any request instead (top-level await, in the server's build only).
 */
const onTheServer = import.meta.env.SSR ? await import("./VerifyError") : null

const FetchedInTheBrowser = lazy(() => import("./VerifyError").then((module) => ({ default: module.VerifyErrorBoundary })))

export function LazyVerifyErrorBoundary(props: Props) {
  const Boundary = onTheServer ? onTheServer.VerifyErrorBoundary : FetchedInTheBrowser
  return (
    <Suspense fallback={null}>
      <Boundary {...props} />
    </Suspense>
  )
}

import { lazy, Suspense, type ComponentType } from "react"

/**
 * A part of a page far below the first screen (a product's reviews, the bulk-buy form) that the server renders
 * in full, whose code the browser fetches only when the reader scrolls near it: it is not part of the first
 * visit's JavaScript (targets.md's budgets), yet readable without JavaScript and for search engines.
 *
 * While the code is not there, React keeps the server's HTML of the Suspense boundary as it is (not hydrated: its
 * links and forms work as plain HTML), and hydrates it once the code arrives. Reached by a client-side navigation,
 * where there is no server HTML to keep, the code is fetched at once.
 *
 * `onServer` is the component in the server's build only (a top-level `await import()` under
 * `import.meta.env.SSR`), `null` in the browser's, so that the browser's bundle holds no static copy of it.
 */
export function lazyWhenNear<P extends object>(anchorId: string, onServer: ComponentType<P> | null | undefined, load: () => Promise<ComponentType<P>>) {
  // Typed loosely inside: React's lazy() wraps the props in ref types that a generic P cannot meet.
  const Component = (onServer ?? lazy(() => near(anchorId).then(load).then((component) => ({ default: component })))) as ComponentType<any>
  return function LoadedWhenNear(props: P) {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    )
  }
}

/** Resolves when the element is within a screen or so of the viewport, or at once when it is not on the page. */
function near(id: string): Promise<void> {
  return new Promise((resolve) => {
    const element = document.getElementById(id)
    if (!element || typeof IntersectionObserver === "undefined") return resolve()
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        resolve()
      },
      { rootMargin: "800px 0px" }
    )
    observer.observe(element)
  })
}

/**
 * Deferred data that is already there should not be streamed: a `<Suspense>` fallback flushed with the shell
 * and swapped a few milliseconds later costs a phone an extra style-and-layout pass (it showed as Lighthouse
 * blocking time on the product page). Waits `ms` for the promise; if it settled, the loader sends the value with
 * the page, otherwise the promise, which `<Await>` streams in as before (`<Await>` takes either).
 *
 * The answer is boxed (`{ data }`) because an async function cannot hand back a promise unresolved.
 */
export async function deferUnlessReady<T>(promise: Promise<T>, ms = 25): Promise<{ data: T | Promise<T> }> {
  const pending = Symbol("pending")
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<typeof pending>((resolve) => {
    timer = setTimeout(() => resolve(pending), ms)
  })
  // A rejection is the promise's own business (its <Await> shows the error); here it only means "not ready".
  const winner = await Promise.race([promise, timeout]).catch(() => pending)
  clearTimeout(timer)
  return { data: winner === pending ? promise : (winner as T) }
}

import { useEffect, type ReactNode } from "react"

/**
 * React 18 throws "Root did not complete" (minified error #345) when a tap arrives while the page's shell is
 * still suspended in hydration: a discrete event on a dehydrated root forces a synchronous hydration, and Remix's
 * `<RemixBrowser>` suspends in the shell until single fetch has decoded the page's data (remix-run/remix#10214;
 * fixed in React 19's work loop). On a slow phone that window is a few hundred milliseconds after the scripts run.
 *
 * Until the shell has hydrated, such events stop at `window` before React's listeners on `document`: the browser
 * still does what it does without JavaScript (a link opens, a form submits, a field takes the typing), which the
 * storefront supports everywhere. Only the events React would hydrate synchronously for are held back.
 */
const HYDRATING_EVENTS = [
  "mousedown", "mouseup", "touchcancel", "touchend", "touchstart", "auxclick", "dblclick", "pointercancel",
  "pointerdown", "pointerup", "dragend", "dragstart", "drop", "compositionend", "compositionstart", "keydown",
  "keypress", "keyup", "input", "textInput", "copy", "cut", "paste", "click", "change", "contextmenu", "reset",
  "submit",
] as const

const keepFromReact = (event: Event) => event.stopImmediatePropagation()
let holding = false

/** Starts holding early input back from React; call before `hydrateRoot`. */
export function holdEarlyInput() {
  if (holding) return
  holding = true
  for (const type of HYDRATING_EVENTS) window.addEventListener(type, keepFromReact, { capture: true })
}

function releaseEarlyInput() {
  if (!holding) return
  holding = false
  for (const type of HYDRATING_EVENTS) window.removeEventListener(type, keepFromReact, { capture: true })
}

/** Wraps the app: its effect runs once the shell above every Suspense boundary has hydrated, and lets input through. */
export function ReleaseInputWhenHydrated({ children }: { children: ReactNode }) {
  useEffect(releaseEarlyInput, [])
  return children
}

import { createContext } from "react"

/**
 * The site's stylesheet, inlined into each server-rendered document in production: a phone on a slow network
 * paints without waiting for one more request (6 KB gzip of CSS, measured as a Lighthouse gain of ~170 ms).
 * The server provides the text (entry.server.tsx); the browser renders an empty string in the same `<style>`,
 * and React keeps the server's content, as it never patches `dangerouslySetInnerHTML` during hydration.
 */
export const InlineCssContext = createContext("")

export const inlineCss = import.meta.env.PROD

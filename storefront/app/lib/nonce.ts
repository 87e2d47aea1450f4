import { createContext, useContext } from "react"

/**
 * This page's CSP nonce, for the inline scripts Remix writes (`<Scripts>`, `<ScrollRestoration>`): provided by
 * entry.server.tsx from the server's load context. In the browser it is empty, as browsers hide a nonce from
 * the DOM once the page has loaded and hydration never patches attributes.
 */
export const NonceContext = createContext("")

export const useNonce = () => useContext(NonceContext)

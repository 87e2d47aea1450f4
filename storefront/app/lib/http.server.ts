import { hasCart } from "./cart-cookie.server"

/** Where the storefront is reached from outside (for canonical URLs and the sitemap). */
export function publicOrigin(request: Request): string {
  return (process.env.STOREFRONT_URL || new URL(request.url).origin).replace(/\/$/, "")
}

/**
 * Pages show data the API lets caches keep 30 s (+60 s stale): the same for the HTML, so a CDN or the browser
 * can answer repeat visits. A shopper with a cart sees a personal header (its count): never cached publicly.
 */
export function pageHeaders(request: Request, { maxAge = 30, stale = 60 } = {}): HeadersInit {
  return {
    "Cache-Control": hasCart(request)
      ? "private, no-cache"
      : `public, max-age=${maxAge}, stale-while-revalidate=${stale}`,
    Vary: "Cookie",
  }
}

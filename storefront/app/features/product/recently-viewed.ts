import { startTransition, useEffect, useState } from "react"
import type { Locale } from "~/i18n/config"
import type { CardData } from "~/lib/card-data"

/** The browser's list of product handles a shopper opened, newest first; nothing leaves her browser but handles. */
export const RECENTLY_VIEWED_KEY = "ocop:recently-viewed"
export const RECENTLY_VIEWED_MAX = 12
/** How many the product page shows. */
const SHOWN = 8

/** The list after a visit to `handle`: it moves to the front, once, and the oldest fall off. */
export function rememberVisit(previous: unknown, handle: string): string[] {
  const kept = Array.isArray(previous)
    ? previous.filter((entry): entry is string => typeof entry === "string" && /^[a-z0-9-]{1,200}$/.test(entry))
    : []
  return [handle, ...kept.filter((entry) => entry !== handle)].slice(0, RECENTLY_VIEWED_MAX)
}

function readList(): unknown {
  try {
    return JSON.parse(window.localStorage.getItem(RECENTLY_VIEWED_KEY) ?? "[]")
  } catch {
    return []
  }
}

/**
 * Records this visit and answers the other products the shopper opened before, as cards in the page's
 * language (the names are fetched, not kept, so an English page never shows the Vietnamese names she saw).
 * Empty on the server and until the browser has answered; a product no longer certified simply drops out.
 *
 * The answer is set in a transition: it may arrive while a streamed section of the page has not hydrated yet,
 * and an urgent update there makes React throw that section away and render it again (error #421).
 */
export function useRecentlyViewed(handle: string, locale: Locale): CardData[] {
  const [products, setProducts] = useState<CardData[]>([])
  useEffect(() => {
    const list = rememberVisit(readList(), handle)
    try {
      window.localStorage.setItem(RECENTLY_VIEWED_KEY, JSON.stringify(list))
    } catch {
      // Private browsing or a full storage: the page works without the list.
    }
    const others = list.slice(1, SHOWN + 1)
    // Nothing seen before: no update at all (a fresh [] would render the page again for nothing).
    if (!others.length) return startTransition(() => setProducts((shown) => (shown.length ? [] : shown)))
    const controller = new AbortController()
    const query = new URLSearchParams({ handle: others.join(","), lang: locale })
    fetch(`/api/san-pham?${query}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { products: [] }))
      .then((body: { products: CardData[] }) => startTransition(() => setProducts(body.products)))
      .catch(() => undefined)
    return () => controller.abort()
  }, [handle, locale])
  return products
}

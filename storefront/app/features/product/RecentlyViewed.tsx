import type { ReactNode } from "react"
import type { Locale } from "~/i18n/config"
import type { CardData } from "~/lib/card-data"
import { useRecentlyViewed } from "./recently-viewed"

/**
 * The products the shopper opened before this one, drawn by `children` once known. A component of its own so
 * that the list arriving re-renders only itself: the page around it holds streamed sections that may still be
 * hydrating.
 */
export function RecentlyViewed({ handle, locale, children }: { handle: string; locale: Locale; children: (products: CardData[]) => ReactNode }) {
  const products = useRecentlyViewed(handle, locale)
  return products.length ? children(products) : null
}

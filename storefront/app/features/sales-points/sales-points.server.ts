import type { Locale } from "~/i18n/config"
import { getSalesPoint } from "~/lib/store-api.server"
import type { SalesPoint } from "~/lib/store-api"

export type ProductLink = { handle: string; title: string; stars: number }

/**
 * What each sales point sells, for the list below the map: one read per point (cached), deferred so the map
 * and the list paint first. The list route gives only counts; see the report's API requests.
 */
export async function productsBySalesPoint(
  locale: Locale,
  points: SalesPoint[]
): Promise<Record<string, ProductLink[]>> {
  const entries = await Promise.all(
    points.map(async (point) => {
      const detail = await getSalesPoint(locale, point.handle).catch(() => null)
      const products =
        detail?.products.map((product) => ({
          handle: product.handle,
          title: product.title,
          stars: product.ocop.stars,
        })) ?? []
      return [point.handle, products] as const
    })
  )
  return Object.fromEntries(entries)
}

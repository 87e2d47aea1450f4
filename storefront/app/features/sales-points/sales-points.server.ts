import type { Locale } from "~/i18n/config"
import { getSalesPoint } from "~/lib/store-api.server"
import type { SalesPoint } from "~/lib/store-api"
import { mapTileUrl } from "~/lib/map-tiles.server"
import type { TileSettings } from "./SalesPointMap.client"

/**
 * The map's tile server: `MAP_TILE_URL` (a Leaflet URL template) and `MAP_TILE_ATTRIBUTION`; OpenStreetMap's
 * own by default. `MAP_TILE_URL=""` draws no tiles at all (offline kiosks, tests): the markers still show.
 */
export function tileSettings(): TileSettings | null {
  const url = mapTileUrl()
  if (!url) return null
  return {
    url,
    attribution:
      process.env.MAP_TILE_ATTRIBUTION ?? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
  }
}

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

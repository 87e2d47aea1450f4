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

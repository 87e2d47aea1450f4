import type { TileSettings } from "./geo"

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

/**
 * The map's tile server as a Leaflet URL template: `MAP_TILE_URL`, OpenStreetMap's own by default, `""` for
 * none. Read by the map page and by the Content-Security-Policy, which must let the browser load those tiles.
 */
export function mapTileUrl(env: Record<string, string | undefined> = process.env): string {
  return env.MAP_TILE_URL ?? OSM_TILES
}

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

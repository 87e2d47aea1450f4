const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"

/**
 * The map's tile server as a Leaflet URL template: `MAP_TILE_URL`, OpenStreetMap's own by default, `""` for
 * none. Read by the map page and by the Content-Security-Policy, which must let the browser load those tiles.
 */
export function mapTileUrl(env: Record<string, string | undefined> = process.env): string {
  return env.MAP_TILE_URL ?? OSM_TILES
}

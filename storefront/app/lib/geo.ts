/** Places on the ground: distances for "nearest first", links to directions, and the locator map's projection. */

export type LatLng = { latitude: number; longitude: number }

/** A place a map marks: a sales point, a fair's venue. */
export type MapPlace = LatLng & { handle: string; name: string; opening_hours: string }

/** The map's tile server (lib/map-tiles.server.ts): a Leaflet URL template and its attribution. */
export type TileSettings = { url: string; attribution: string }

const EARTH_RADIUS_M = 6_371_000

/** Great-circle distance in metres (haversine): ample for "which kiosk is nearer" within a province. */
export function distanceInMetres(a: LatLng, b: LatLng): number {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.latitude - a.latitude)
  const dLng = rad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h))
}

/** The points sorted nearest first from `origin`, each with its distance; the input is left as it was. */
export function nearestFirst<T extends LatLng>(points: T[], origin: LatLng): (T & { distance: number })[] {
  return points
    .map((point) => ({ ...point, distance: distanceInMetres(origin, point) }))
    .sort((a, b) => a.distance - b.distance)
}

/** Google Maps' documented directions URL: opens the app on phones, the site elsewhere, from where the user is. */
export function directionsUrl(point: LatLng): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${point.latitude},${point.longitude}`
}

export function openStreetMapUrl(point: LatLng, zoom = 15): string {
  return `https://www.openstreetmap.org/?mlat=${point.latitude}&mlon=${point.longitude}#map=${zoom}/${point.latitude}/${point.longitude}`
}

/** The province this shop is run from (Đắk Lắk since the July 2025 reform): its map is the locator's. */
export const HOME_PROVINCE_CODE = "66"

/**
 * The former Đắk Lắk province's extent (where every seeded place lies), for the small locator maps drawn as
 * SVG: they need no script and no tile server, so they show even offline.
 */
export const DAK_LAK_BOUNDS = { south: 12.15, north: 13.42, west: 107.48, east: 108.99 }
export const LOCATOR_WIDTH = 232
export const LOCATOR_HEIGHT = 200

/** Whether a place lies on the locator map: a producer or kiosk of another province does not. */
export function isOnLocator(point: LatLng): boolean {
  const { south, north, west, east } = DAK_LAK_BOUNDS
  return point.latitude >= south && point.latitude <= north && point.longitude >= west && point.longitude <= east
}

/** Equirectangular projection into the locator's viewBox, with longitude shrunk by cos(latitude). */
export function project(point: LatLng): { x: number; y: number } {
  const { south, north, west, east } = DAK_LAK_BOUNDS
  const x = ((point.longitude - west) / (east - west)) * LOCATOR_WIDTH
  const y = ((north - point.latitude) / (north - south)) * LOCATOR_HEIGHT
  return { x: round(clamp(x, 0, LOCATOR_WIDTH)), y: round(clamp(y, 0, LOCATOR_HEIGHT)) }
}

/** Towns every buyer in the province knows, to read the locator map by. */
export const LANDMARKS: (LatLng & { name: string })[] = [
  { name: "Buôn Ma Thuột", latitude: 12.667, longitude: 108.038 },
  { name: "Buôn Hồ", latitude: 12.915, longitude: 108.27 },
  { name: "Ea Kar", latitude: 12.807, longitude: 108.452 },
  { name: "Ea H'leo", latitude: 13.225, longitude: 108.2 },
  { name: "Lắk", latitude: 12.41, longitude: 108.175 },
  { name: "Buôn Đôn", latitude: 12.88, longitude: 107.79 },
]

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
const round = (value: number) => Math.round(value * 10) / 10

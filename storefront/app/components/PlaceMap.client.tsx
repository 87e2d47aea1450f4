import "leaflet/dist/leaflet.css"
import { divIcon } from "leaflet"
import { useMemo, useState } from "react"
import { CircleMarker, MapContainer, Marker, Popup, TileLayer } from "react-leaflet"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import type { MapPlace, TileSettings } from "~/lib/geo"

/**
 * Places (sales points, a fair's venue) on a Leaflet map, loaded only in the browser and only on the pages that
 * show it. Markers are drawn (no icon images to fetch), so they show even when the tile server is unreachable;
 * then a note says so, and the list beside the map carries everything anyway. `numbered`: each marker carries the
 * number of its point in the list and is named after it (its tooltip, and what a screen reader reads when it is
 * focused with the keyboard), so "3 on the map" is "3 in the list".
 */
export default function PlaceMap({
  points,
  tiles,
  selected,
  numbered = false,
  hrefOf = (handle) => `/diem-ban/${handle}`,
  linkLabel,
}: {
  points: MapPlace[]
  tiles: TileSettings | null
  selected?: string
  numbered?: boolean
  /** Where a marker's popup leads; a sales point's page unless told. */
  hrefOf?: (handle: string) => string
  linkLabel?: string
}) {
  const { t } = useTranslation()
  const icons = useMemo(
    () =>
      points.map((_, index) =>
        divIcon({
          html: `<span>${index + 1}</span>`,
          className: "ocop-marker",
          iconSize: [28, 28],
          iconAnchor: [14, 14],
          popupAnchor: [0, -14],
        })
      ),
    [points]
  )
  const [tilesFailed, setTilesFailed] = useState(false)
  const bounds = points.map((point) => [point.latitude, point.longitude] as [number, number])
  return (
    <div className="relative h-full">
      <MapContainer
        bounds={bounds.length > 1 ? bounds : undefined}
        center={bounds.length === 1 ? bounds[0] : undefined}
        zoom={bounds.length === 1 ? 14 : undefined}
        boundsOptions={{ padding: [24, 24] }}
        scrollWheelZoom={false}
        className="h-full w-full"
        style={{ background: "#ecfdf5" }}
      >
        {tiles && (
          <TileLayer
            url={tiles.url}
            attribution={tiles.attribution}
            eventHandlers={{ tileerror: () => setTilesFailed(true) }}
          />
        )}
        {numbered &&
          points.map((point, index) => (
            <Marker
              // A new place in the list is a new marker: Leaflet sets a marker's title only when it makes it.
              key={`${index}-${point.handle}`}
              position={[point.latitude, point.longitude]}
              icon={icons[index]!}
              title={`${index + 1}. ${point.name}`}
              alt={`${index + 1}. ${point.name}`}
              keyboard
            >
              <Popup>
                <strong>
                  {index + 1}. {point.name}
                </strong>
                <br />
                {point.opening_hours}
                <br />
                <LocaleLink to={hrefOf(point.handle)}>{linkLabel ?? t("salesPoints.openPoint")}</LocaleLink>
              </Popup>
            </Marker>
          ))}
        {!numbered && points.map((point) => (
          <CircleMarker
            key={point.handle}
            center={[point.latitude, point.longitude]}
            radius={point.handle === selected ? 11 : 8}
            pathOptions={{
              color: "#ffffff",
              weight: 2,
              fillColor: point.handle === selected ? "#b91c1c" : "#166534",
              fillOpacity: 0.95,
            }}
          >
            <Popup>
              <strong>{point.name}</strong>
              <br />
              {point.opening_hours}
              <br />
              <LocaleLink to={hrefOf(point.handle)}>{linkLabel ?? t("salesPoints.openPoint")}</LocaleLink>
            </Popup>
          </CircleMarker>
        ))}
      </MapContainer>
      {(tilesFailed || !tiles) && (
        <p
          role="status"
          className="absolute inset-x-12 top-2 z-[1000] rounded bg-white/95 px-3 py-2 text-xs text-stone-800 shadow"
        >
          {t("salesPoints.tilesFailed")}
        </p>
      )}
    </div>
  )
}

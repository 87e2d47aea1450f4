import { useTranslation } from "react-i18next"
import { isOnLocator, LANDMARKS, LOCATOR_HEIGHT, LOCATOR_WIDTH, openStreetMapUrl, project, type LatLng } from "~/lib/geo"

/**
 * A small map drawn as SVG on the server: where a place lies among the towns of Đắk Lắk. No script, no tile
 * server (so it shows offline and costs no JavaScript), and a link to a real map for the street level.
 */
export function LocatorMap({
  name,
  point,
  others = [],
  numbered = false,
  className = "",
}: {
  name: string
  point?: LatLng | null
  others?: LatLng[]
  /** Each of the others carries its number (1, 2, …), as in a list beside the map. */
  numbered?: boolean
  className?: string
}) {
  const { t } = useTranslation()
  // The map is the home province's: a place elsewhere in the country gets no map rather than a dot on its edge.
  if (point && !isOnLocator(point)) return null
  others = others.filter(isOnLocator)
  const here = point ? project(point) : null
  return (
    <figure className={className}>
      <svg
        viewBox={`-8 -8 ${LOCATOR_WIDTH + 16} ${LOCATOR_HEIGHT + 16}`}
        role="img"
        aria-label={t("map.locator", { name })}
        className="h-auto w-full rounded-lg border border-ocop-100 bg-ocop-50"
      >
        <rect x="-8" y="-8" width={LOCATOR_WIDTH + 16} height={LOCATOR_HEIGHT + 16} fill="none" />
        {LANDMARKS.map((town) => {
          const at = project(town)
          return (
            <g key={town.name} className="fill-stone-500">
              <circle cx={at.x} cy={at.y} r="2" />
              <text x={at.x + 4} y={at.y + 3} fontSize="8" className="fill-stone-600">
                {town.name}
              </text>
            </g>
          )
        })}
        {others.map((other, index) => {
          const at = project(other)
          return numbered ? (
            <g key={index}>
              <circle cx={at.x} cy={at.y} r="5" className="fill-ocop-800 stroke-white" strokeWidth="1" />
              <text x={at.x} y={at.y + 2.6} fontSize="7" fontWeight="700" textAnchor="middle" className="fill-white">
                {index + 1}
              </text>
            </g>
          ) : (
            <circle key={index} cx={at.x} cy={at.y} r="3.5" className="fill-ocop-600" opacity="0.7" />
          )
        })}
        {here && (
          <g>
            <circle cx={here.x} cy={here.y} r="9" className="fill-label-red" opacity="0.25" />
            <circle cx={here.x} cy={here.y} r="4.5" className="fill-label-red stroke-white" strokeWidth="1.5" />
          </g>
        )}
      </svg>
      {point && (
        <figcaption className="mt-1 text-right text-xs">
          <a
            href={openStreetMapUrl(point)}
            className="font-semibold text-ocop-800 underline underline-offset-2"
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("map.openMap")}
          </a>
        </figcaption>
      )}
    </figure>
  )
}

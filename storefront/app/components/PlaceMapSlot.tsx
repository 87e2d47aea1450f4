import { lazy, Suspense, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { LocatorMap } from "~/components/LocatorMap"
import type { MapPlace, TileSettings } from "~/lib/geo"

const PlaceMap = lazy(() => import("./PlaceMap.client"))

/** True once the browser is idle after hydration: Leaflet's 45 KB are parsed after the page has painted. */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!("requestIdleCallback" in window)) {
      const timer = setTimeout(() => setIdle(true), 200)
      return () => clearTimeout(timer)
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 })
    return () => window.cancelIdleCallback(handle)
  }, [])
  return idle
}

/**
 * A map of places (the sales points, a fair's venue). Server-rendered and without JavaScript: the SVG locator with every point. Once the browser is idle after hydration Leaflet (45 KB) is
 * fetched and takes its place, in a box of the same size, so nothing below moves.
 */
export function PlaceMapSlot({
  points,
  tiles,
  selected,
  label,
  numbered = false,
  hrefOf,
  linkLabel,
}: {
  points: MapPlace[]
  tiles: TileSettings | null
  selected?: string
  label: string
  /** Markers carry their point's number in the list beside the map. */
  numbered?: boolean
  hrefOf?: (handle: string) => string
  linkLabel?: string
}) {
  const { t } = useTranslation()
  const ready = useIdle()
  const highlighted = points.find((point) => point.handle === selected)
  const fallback = (
    <div className="flex h-full items-center justify-center p-2">
      <LocatorMap
        name={label}
        point={highlighted}
        others={points.filter((point) => point !== highlighted)}
        numbered={numbered}
        className="w-full max-w-sm"
      />
      <span className="sr-only">{t("salesPoints.mapLoading")}</span>
    </div>
  )
  return (
    <section
      aria-label={label}
      className={`overflow-hidden rounded-xl border border-stone-200 bg-ocop-50 ${
        numbered ? "h-64 min-h-64 lg:h-[34rem] lg:min-h-[34rem]" : "h-80 min-h-80 sm:h-[28rem] sm:min-h-[28rem]"
      }`}
    >
      {ready ? (
        <Suspense fallback={fallback}>
          <PlaceMap points={points} tiles={tiles} selected={selected} numbered={numbered} hrefOf={hrefOf} linkLabel={linkLabel} />
        </Suspense>
      ) : (
        fallback
      )}
    </section>
  )
}

import { LocaleLink } from "~/components/LocaleLink"
import { useLocale } from "~/i18n/use-locale"
import { formatDistance, telHref } from "~/lib/format"
import { directionsUrl } from "~/lib/geo"
import type { SalesPoint } from "~/lib/store-api"
import { districtName } from "./filter-sales-points"
import { useSalesPointsTranslation } from "./strings"

export type ListedPoint = SalesPoint & { distance?: number }

/**
 * The sales points as a compact list, numbered like their markers on the map: name, kind and district, hours,
 * and two buttons a thumb can hit (directions, call). Everything else is on the point's own page.
 */
export function SalesPointList({ points }: { points: ListedPoint[] }) {
  const { t } = useSalesPointsTranslation()
  const locale = useLocale()
  const button =
    "inline-flex min-h-11 shrink-0 items-center justify-center rounded-lg px-2.5 py-1.5 text-center text-sm font-semibold leading-tight"
  return (
    <ol className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
      {points.map((point, index) => {
        const district = districtName(point)
        return (
          <li key={point.handle} className="flex gap-2.5 px-3 py-2.5" data-testid="sales-point">
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-full bg-ocop-800 text-sm font-bold text-white"
            >
              {index + 1}
            </span>
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <h3 className="font-semibold leading-snug text-stone-900">
                  <span className="sr-only">{t("salesPoints.number", { number: index + 1 })}: </span>
                  <LocaleLink to={`/diem-ban/${point.handle}`} className="underline-offset-4 hover:underline">
                    {point.name}
                  </LocaleLink>
                </h3>
                {point.distance !== undefined && (
                  <span className="text-sm font-semibold text-ocop-800" data-testid="distance">
                    {t("salesPoints.away", { distance: formatDistance(point.distance, locale) })}
                  </span>
                )}
              </div>
              <p className="text-xs leading-snug text-stone-600">
                {t(`salesPointType.${point.type}`)}
                {district ? ` · ${district}` : ""} · {t("salesPoints.products", { count: point.product_count })}
              </p>
              <div className="mt-1 flex items-center gap-2">
                <p className="min-w-0 flex-1 text-xs leading-snug text-stone-700">
                  <span className="sr-only">{t("salesPoints.hours")}: </span>
                  {point.opening_hours}
                </p>
                <a
                  href={directionsUrl(point)}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={t("salesPoints.directionsTo", { name: point.name })}
                  className={`${button} bg-ocop-800 text-white hover:bg-ocop-900`}
                >
                  {t("salesPoints.directions")}
                </a>
                {point.phone && (
                  <a
                    href={telHref(point.phone)}
                    aria-label={t("salesPoints.callLabel", { name: point.name })}
                    className={`${button} border border-stone-300 text-stone-800 hover:bg-stone-50`}
                  >
                    {t("salesPoints.call")}
                  </a>
                )}
              </div>
            </div>
          </li>
        )
      })}
    </ol>
  )
}

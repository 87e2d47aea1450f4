import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"
import { PhoneLink } from "~/components/PhoneLink"
import { directionsUrl } from "~/lib/geo"
import type { SalesPoint } from "~/lib/store-api"

/**
 * A sales point in a list: what it is, where, when it opens, how to get there and how to call. A fair's booth
 * links to its page at the fair (`href`) and says which booth (`note`).
 */
export function SalesPointSummary({
  point,
  distance,
  headingLevel = 3,
  href,
  note,
}: {
  point: SalesPoint
  distance?: string
  headingLevel?: 2 | 3 | 4
  href?: string
  note?: ReactNode
}) {
  const { t } = useTranslation()
  const Heading = `h${headingLevel}` as const
  return (
    <article className="rounded-xl border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <Heading className="font-semibold text-stone-900">
          <LocaleLink to={href ?? `/diem-ban/${point.handle}`} className="underline-offset-4 hover:underline">
            {point.name}
          </LocaleLink>
        </Heading>
        {distance && <span className="text-sm font-semibold text-ocop-800">{distance}</span>}
      </div>
      <p className="text-xs text-stone-600">
        {t(`salesPointType.${point.type}`)} · {point.market_name}
      </p>
      {note && <p className="mt-1 text-sm font-semibold text-ocop-900">{note}</p>}
      <dl className="mt-2 space-y-0.5 text-sm text-stone-800">
        <div>
          <dt className="sr-only">{t("producer.address")}</dt>
          <dd>{point.address}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="text-stone-600">{t("salesPoints.hours")}:</dt>
          <dd>{point.opening_hours}</dd>
        </div>
      </dl>
      <div className="mt-3 flex flex-wrap gap-2 text-sm">
        <a
          href={directionsUrl(point)}
          target="_blank"
          rel="noopener noreferrer"
          aria-label={t("salesPoints.directionsTo", { name: point.name })}
          className="inline-flex h-10 items-center rounded-lg bg-ocop-800 px-3 font-semibold text-white hover:bg-ocop-900"
        >
          {t("salesPoints.directions")}
        </a>
        <PhoneLink
          phone={point.phone}
          className="inline-flex h-10 items-center rounded-lg border border-stone-300 px-3 font-semibold text-stone-800 hover:bg-stone-50"
        />
      </div>
    </article>
  )
}

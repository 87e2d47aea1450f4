import { LocaleLink } from "~/components/LocaleLink"
import { formatDate } from "~/lib/format"
import type { FairSummary } from "~/lib/store-api"
import { useFairsTranslation } from "./strings"

/** A fair in a list: its name, days, venue and size, and the way in. */
export function FairCard({ fair }: { fair: FairSummary }) {
  const { t } = useFairsTranslation()
  return (
    <article className="flex h-full flex-col rounded-xl border border-stone-200 bg-white p-4">
      <p className="text-sm font-semibold text-ocop-800">
        <time dateTime={fair.first_day}>{formatDate(fair.first_day)}</time> – <time dateTime={fair.last_day}>{formatDate(fair.last_day)}</time>
      </p>
      <h3 className="mt-1 text-lg font-bold leading-snug text-stone-900">
        <LocaleLink to={`/hoi-cho/${fair.handle}`} className="underline-offset-4 hover:underline">
          {fair.name}
        </LocaleLink>
      </h3>
      <p className="mt-1 text-sm text-stone-700">
        {fair.venue.name} · {fair.venue.address}
      </p>
      <p className="mt-1 text-sm text-stone-600">{t("fairs.counts", { booths: fair.booth_count, exhibitors: fair.exhibitor_count })}</p>
      <p className="mt-auto pt-3">
        <LocaleLink
          to={`/hoi-cho/${fair.handle}`}
          className="inline-flex h-11 items-center rounded-lg bg-ocop-800 px-4 text-sm font-semibold text-white hover:bg-ocop-900"
          aria-label={`${t("fairs.open")}: ${fair.name}`}
        >
          {t("fairs.open")}
        </LocaleLink>
      </p>
    </article>
  )
}

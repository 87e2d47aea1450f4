import { formatVnd } from "~/lib/format"
import type { Locale } from "~/i18n/config"
import { useStatementTranslation } from "./statement-strings"

type Day = { date: string; sales: number; orders: number }

const HEIGHT = 120
const BAR = 10

/**
 * A month's sales per day as bars, drawn on the server as SVG: no chart library and no JavaScript for one series
 * of at most 31 bars (decision 041), sharp on a phone and readable without scripts. Screen readers get the
 * summary and a table of the days that sold.
 */
export function SalesChart({ days, title, locale }: { days: Day[]; title: string; locale: Locale }) {
  const { t } = useStatementTranslation()
  const best = days.reduce<Day | null>((top, day) => (day.sales > (top?.sales ?? 0) ? day : top), null)
  const total = days.reduce((sum, day) => sum + day.sales, 0)
  const orders = days.reduce((sum, day) => sum + day.orders, 0)
  const dayLabel = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`
  if (!best) {
    return (
      <figure>
        <figcaption className="text-sm font-semibold text-stone-700">{title}</figcaption>
        <p className="mt-2 text-sm text-stone-600">{t("statement.chart.empty")}</p>
      </figure>
    )
  }
  const summary = t("statement.chart.summary", { total: formatVnd(total, locale), count: orders, day: dayLabel(best.date), best: formatVnd(best.sales, locale) })
  const width = days.length * BAR
  return (
    <figure>
      <figcaption className="text-sm font-semibold text-stone-700">{title}</figcaption>
      <p className="mt-1 text-sm text-stone-800">{summary}</p>
      <svg viewBox={`0 0 ${width} ${HEIGHT + 14}`} className="mt-2 h-36 w-full" preserveAspectRatio="none" aria-hidden="true">
        <line x1="0" x2={width} y1={HEIGHT} y2={HEIGHT} className="stroke-stone-300" strokeWidth="0.5" />
        {days.map((day, i) => {
          const height = day.sales > 0 ? Math.max(2, (day.sales / best.sales) * (HEIGHT - 4)) : 0
          return (
            <rect key={day.date} x={i * BAR + 1.5} y={HEIGHT - height} width={BAR - 3} height={height} rx="1" className={day === best ? "fill-ocop-800" : "fill-ocop-600"}>
              <title>{`${dayLabel(day.date)}: ${formatVnd(day.sales, locale)}`}</title>
            </rect>
          )
        })}
      </svg>
      <div className="flex justify-between text-xs text-stone-600" aria-hidden="true">
        <span>{dayLabel(days[0]!.date)}</span>
        <span>{dayLabel(days[days.length - 1]!.date)}</span>
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("statement.chart.day")}</th>
            <th scope="col">{t("statement.chart.sales")}</th>
          </tr>
        </thead>
        <tbody>
          {days
            .filter((day) => day.sales > 0)
            .map((day) => (
              <tr key={day.date}>
                <td>{dayLabel(day.date)}</td>
                <td>{formatVnd(day.sales, locale)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  )
}

import { useState } from "react"
import { SalesPointSummary } from "~/components/SalesPointSummary"
import { useProductTranslation } from "~/features/product/strings"
import { useLocale } from "~/i18n/use-locale"
import { formatDate, formatDistance } from "~/lib/format"
import { nearestFirst } from "~/lib/geo"
import type { SalesPoint } from "~/lib/store-api"
import { useHydrated } from "~/lib/use-hydrated"

type Status = "idle" | "locating" | "sorted" | "failed"

/**
 * The sales points that carry the product, a fair's booth among them while the fair runs. The browser's location is asked for only when the shopper presses
 * the button (never on load), and never leaves the browser: the sorting happens here.
 */
export function WhereToBuy({ salesPoints }: { salesPoints: SalesPoint[] }) {
  const { t } = useProductTranslation()
  const locale = useLocale()
  const hydrated = useHydrated()
  const [status, setStatus] = useState<Status>("idle")
  const [sorted, setSorted] = useState<(SalesPoint & { distance?: number })[]>(salesPoints)

  function sortByDistance() {
    setStatus("locating")
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setSorted(nearestFirst(salesPoints, coords))
        setStatus("sorted")
      },
      () => setStatus("failed"),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 }
    )
  }

  return (
    <section aria-labelledby="where-to-buy" id="noi-ban">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="where-to-buy" className="text-xl font-bold text-stone-900">
          {t("product.whereToBuy")}
        </h2>
        {hydrated && salesPoints.length > 1 && "geolocation" in navigator && (
          <button
            type="button"
            onClick={sortByDistance}
            disabled={status === "locating"}
            className="inline-flex h-10 items-center gap-1 rounded-lg border border-ocop-800 px-3 text-sm font-semibold text-ocop-900 hover:bg-ocop-50"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="18"
              height="18"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="12" cy="12" r="7" />
              <circle cx="12" cy="12" r="2" fill="currentColor" />
              <path d="M12 2v3M12 19v3M2 12h3M19 12h3" />
            </svg>
            {t("product.nearestFirst")}
          </button>
        )}
      </div>
      <p className="mt-1 text-sm text-stone-700" role="status">
        {status === "locating"
          ? t("product.locating")
          : status === "failed"
          ? t("product.locationFailed")
          : status === "sorted"
          ? t("product.sortedByDistance")
          : salesPoints.length
          ? t("product.whereToBuyIntro")
          : t("product.noSalesPoints")}
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {sorted.map((point) => (
          <li key={point.handle}>
            <SalesPointSummary
              point={point}
              {...(point.fair
                ? {
                    href: point.fair.booth ? `/hoi-cho/${point.fair.handle}/gian-hang/${point.fair.booth.number}` : `/hoi-cho/${point.fair.handle}`,
                    note: point.fair.booth
                      ? t("product.fairBooth", { booth: point.fair.booth.number, fair: point.fair.name, to: formatDate(point.fair.last_day) })
                      : t("product.fairBoothNoNumber", { fair: point.fair.name, to: formatDate(point.fair.last_day) }),
                  }
                : {})}
              distance={
                point.distance !== undefined
                  ? t("product.distance", { distance: formatDistance(point.distance, locale) })
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useLoaderData, useSubmit } from "@remix-run/react"
import { useState } from "react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { LocaleLink } from "~/components/LocaleLink"
import {
  districtOptions,
  filterSalesPoints,
  parseSalesPointFilters,
} from "~/features/sales-points/filter-sales-points"
import { tileSettings } from "~/lib/map-tiles.server"
import { SalesPointList } from "~/features/sales-points/SalesPointList"
import { PlaceMapSlot } from "~/components/PlaceMapSlot"
import { useSalesPointsTranslation } from "~/features/sales-points/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { nearestFirst, type LatLng } from "~/lib/geo"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"
import { SALES_POINT_TYPES } from "~/lib/store-api"
import { listSalesPoints } from "~/lib/store-api.server"
import { useHydrated } from "~/lib/use-hydrated"

/**
 * Where to buy: the 22 kiosks of the province's plan on a map and in a compact numbered list, filtered by old
 * district and kind through a GET form (the URL holds the state), and "near me" sorting in the browser, whose
 * location never leaves it.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const filters = parseSalesPointFilters(new URL(request.url).searchParams)
  const [{ sales_points }, t] = await Promise.all([listSalesPoints(locale), translatorFor(locale)])
  return data(
    {
      filters,
      total: sales_points.length,
      salesPoints: filterSalesPoints(sales_points, filters),
      districts: districtOptions(sales_points),
      types: SALES_POINT_TYPES.filter((type) => sales_points.some((point) => point.type === type)),
      tiles: tileSettings(),
      seo: {
        title: `${t("salesPoints.title")} · ${t("site.name")}`,
        description: t("salesPoints.description"),
        path: "/diem-ban",
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

type Locating = "idle" | "locating" | "sorted" | "failed"

export default function SalesPoints() {
  const { filters, total, salesPoints, districts, types, tiles } = useLoaderData<typeof loader>()
  const { t } = useSalesPointsTranslation()
  const localize = useLocalizePath()
  const submit = useSubmit()
  const hydrated = useHydrated()
  const [origin, setOrigin] = useState<LatLng | null>(null)
  const [locating, setLocating] = useState<Locating>("idle")
  const listed = origin ? nearestFirst(salesPoints, origin) : salesPoints
  const filtered = !!(filters.district || filters.type)
  const selectClass = "mt-1 block h-11 w-full rounded-lg border border-stone-300 bg-white px-2 text-sm text-stone-900"
  const labelClass = "block text-xs font-semibold uppercase tracking-wide text-stone-600"

  function nearMe() {
    setLocating("locating")
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setOrigin({ latitude: coords.latitude, longitude: coords.longitude })
        setLocating("sorted")
      },
      () => setLocating("failed"),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 300_000 }
    )
  }

  return (
    <div className="mx-auto max-w-6xl space-y-4 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("nav.salesPoints") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900 sm:text-3xl">{t("salesPoints.title")}</h1>
        <p className="mt-1 text-sm text-stone-700">{t("salesPoints.intro")}</p>
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_26rem] lg:items-start">
        <div className="lg:sticky lg:top-4">
          <PlaceMapSlot points={listed} tiles={tiles} label={t("salesPoints.map")} numbered />
        </div>
        <div className="space-y-3">
          <Form
            key={`${filters.district ?? ""}|${filters.type ?? ""}`}
            method="get"
            action={localize("/diem-ban")}
            aria-label={t("salesPoints.filters")}
            preventScrollReset
            onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
            className="grid grid-cols-[1fr_1fr_auto] items-end gap-2 rounded-xl border border-stone-200 bg-white p-3"
          >
            <div className="min-w-0">
              <label htmlFor="point-district" className={labelClass}>
                {t("salesPoints.district")}
              </label>
              <select id="point-district" name="district" defaultValue={filters.district ?? ""} className={selectClass}>
                <option value="">{t("salesPoints.anyDistrict")}</option>
                {districts.map((district) => (
                  <option key={district.name} value={district.name}>
                    {district.name} ({district.count})
                  </option>
                ))}
              </select>
            </div>
            <div className="min-w-0">
              <label htmlFor="point-type" className={labelClass}>
                {t("salesPoints.type")}
              </label>
              <select id="point-type" name="type" defaultValue={filters.type ?? ""} className={selectClass}>
                <option value="">{t("salesPoints.anyType")}</option>
                {types.map((type) => (
                  <option key={type} value={type}>
                    {t(`salesPointType.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="h-11 rounded-lg bg-ocop-800 px-3 text-sm font-semibold text-white hover:bg-ocop-900">
              {t("salesPoints.apply")}
            </button>
          </Form>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-sm font-semibold text-stone-800" aria-live="polite">
              {t("salesPoints.shown", { count: salesPoints.length })}
              {filtered && (
                <>
                  {" "}
                  <span className="font-normal text-stone-600">/ {total}</span> ·{" "}
                  <LocaleLink to="/diem-ban" className="text-ocop-800 underline underline-offset-4">
                    {t("salesPoints.clear")}
                  </LocaleLink>
                </>
              )}
            </p>
            {hydrated && "geolocation" in navigator && salesPoints.length > 1 && (
              <button
                type="button"
                onClick={nearMe}
                disabled={locating === "locating"}
                aria-label={t("salesPoints.nearMeLabel")}
                className="inline-flex min-h-11 items-center gap-1 rounded-lg border border-ocop-800 px-3 text-sm font-semibold text-ocop-900 hover:bg-ocop-50"
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
                  <circle cx="12" cy="12" r="7" />
                  <circle cx="12" cy="12" r="2" fill="currentColor" />
                  <path d="M12 2v3M12 19v3M2 12h3M19 12h3" />
                </svg>
                {t("salesPoints.nearMe")}
              </button>
            )}
          </div>
          {locating !== "idle" && (
            <p role="status" className="text-sm text-stone-700">
              {t(locating === "locating" ? "salesPoints.locating" : locating === "failed" ? "salesPoints.locationFailed" : "salesPoints.sortedByDistance")}
            </p>
          )}
          <section aria-labelledby="list-heading">
            <h2 id="list-heading" className="sr-only">
              {t("salesPoints.list")}
            </h2>
            {listed.length ? (
              <SalesPointList points={listed} />
            ) : (
              <p className="rounded-xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-700">{t("salesPoints.none")}</p>
            )}
          </section>
        </div>
      </div>
    </div>
  )
}

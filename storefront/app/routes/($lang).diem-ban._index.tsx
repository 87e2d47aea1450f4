import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useLoaderData, useSubmit } from "@remix-run/react"
import { useState } from "react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { ListPagination } from "~/components/ListPagination"
import { LocaleLink } from "~/components/LocaleLink"
import { ProvinceFilter } from "~/components/ProvinceFilter"
import {
  districtOptions,
  filterSalesPoints,
  parseSalesPointFilters,
  type SalesPointFilters,
} from "~/features/sales-points/filter-sales-points"
import { tileSettings } from "~/lib/map-tiles.server"
import { SalesPointList } from "~/features/sales-points/SalesPointList"
import { PlaceMapSlot } from "~/components/PlaceMapSlot"
import { useSalesPointsTranslation } from "~/features/sales-points/strings"
import type { Locale } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { useLocalizePath } from "~/i18n/use-locale"
import { nearestFirst, type LatLng } from "~/lib/geo"
import { loaderHeaders } from "~/lib/headers"
import { pageHeaders, publicOrigin } from "~/lib/http.server"
import { pagesOf, parsePlaceListState, placeListSearch, type PlaceListState } from "~/lib/place-list"
import { listProvinces } from "~/lib/places.server"
import { seoMeta } from "~/lib/seo"
import { SALES_POINT_TYPES, type SalesPoint } from "~/lib/store-api"
import { listAllSalesPoints, listSalesPoints } from "~/lib/store-api.server"
import { useHydrated } from "~/lib/use-hydrated"

/** A province's points fit on one page; the country's take several. */
const PAGE_SIZE = 50

/**
 * Where to buy: the kiosks of a province's plan on a map and in a compact numbered list, narrowed to a province
 * and filtered by old district and kind through GET forms (the URL holds the state), a page of 50 at a time, and
 * "near me" sorting of the page in the browser, whose location never leaves it.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const search = new URL(request.url).searchParams
  const state = parsePlaceListState(search)
  const filters = parseSalesPointFilters(search)
  const [listing, provinces, t] = await Promise.all([
    salesPointsPage(locale, state, filters),
    listProvinces(),
    translatorFor(locale),
  ])
  return data(
    {
      state,
      ...listing,
      provinces: provinces.map(({ code, name }) => ({ code, name })),
      tiles: tileSettings(),
      seo: {
        title: `${t("salesPoints.title")} · ${t("site.name")}`,
        description: t("salesPoints.description"),
        path: `/diem-ban${placeListSearch(state)}`,
        locale,
        origin: publicOrigin(request),
      },
    },
    { headers: pageHeaders(request) }
  )
}

type Listing = {
  filters: SalesPointFilters
  /** The points of the province (or the country) before the district and kind filters. */
  total: number
  /** The points that match, over all pages. */
  count: number
  salesPoints: SalesPoint[]
  districts: { name: string; count: number }[]
  types: SalesPoint["type"][]
}

/**
 * One page of the points that match. A province's points (a few dozen), or the country's while they fit on one
 * page, are all read and filtered here, by the old district read from their addresses and by kind; beyond that
 * (the country's thousands) the kind is the Store API's filter, the page its `offset`, and the districts wait
 * for a province to be chosen.
 */
async function salesPointsPage(locale: Locale, state: PlaceListState, filters: SalesPointFilters): Promise<Listing> {
  const offset = (state.page - 1) * PAGE_SIZE
  const first = await listSalesPoints(locale, { province_code: state.province, limit: PAGE_SIZE })
  if (first.count <= PAGE_SIZE || state.province) {
    const all = first.count <= PAGE_SIZE ? first.sales_points : await listAllSalesPoints(locale, { province_code: state.province })
    const matching = filterSalesPoints(all, filters)
    return {
      filters,
      total: all.length,
      count: matching.length,
      salesPoints: matching.slice(offset, offset + PAGE_SIZE),
      districts: districtOptions(all),
      types: SALES_POINT_TYPES.filter((type) => all.some((point) => point.type === type)),
    }
  }
  const page =
    filters.type || offset
      ? await listSalesPoints(locale, { type: filters.type, limit: PAGE_SIZE, offset })
      : first
  return {
    filters: { type: filters.type },
    total: first.count,
    count: page.count,
    salesPoints: page.sales_points,
    districts: [],
    types: [...SALES_POINT_TYPES],
  }
}

/** The page's query string: the province and page, then the district and kind. */
function listSearch(state: PlaceListState, filters: SalesPointFilters, page: number): string {
  const params = new URLSearchParams(placeListSearch({ ...state, page: 1 }))
  if (filters.district) params.set("district", filters.district)
  if (filters.type) params.set("type", filters.type)
  if (page > 1) params.set("page", String(page))
  const query = params.toString()
  return query ? `?${query}` : ""
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

type Locating = "idle" | "locating" | "sorted" | "failed"

export default function SalesPoints() {
  const { state, filters, total, count, salesPoints, districts, types, provinces, tiles } = useLoaderData<typeof loader>()
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
        <ProvinceFilter
          action={localize("/diem-ban")}
          provinces={provinces}
          selected={state.province}
          extra={filters.type ? { type: filters.type } : {}}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_26rem] lg:items-start">
        <div className="lg:sticky lg:top-4">
          <PlaceMapSlot points={listed} tiles={tiles} label={t("salesPoints.map")} numbered />
        </div>
        <div className="space-y-3">
          <Form
            key={`${state.province ?? ""}|${filters.district ?? ""}|${filters.type ?? ""}`}
            method="get"
            action={localize("/diem-ban")}
            aria-label={t("salesPoints.filters")}
            preventScrollReset
            onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
            // The country's thousands of points have no district list: a province is chosen first.
            className={`grid ${districts.length ? "grid-cols-[1fr_1fr_auto]" : "grid-cols-[1fr_auto]"} items-end gap-2 rounded-xl border border-stone-200 bg-white p-3`}
          >
            {state.province && <input type="hidden" name="province" value={state.province} />}
            {districts.length > 0 && (
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
            )}
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
              {t("salesPoints.shown", { count })}
              {filtered && (
                <>
                  {" "}
                  <span className="font-normal text-stone-600">/ {total}</span> ·{" "}
                  <LocaleLink to={`/diem-ban${placeListSearch({ ...state, page: 1 })}`} className="text-ocop-800 underline underline-offset-4">
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
          <ListPagination
            page={state.page}
            pages={pagesOf(count, PAGE_SIZE)}
            hrefFor={(page) => `${localize("/diem-ban")}${listSearch(state, filters, page)}`}
          />
        </div>
      </div>
    </div>
  )
}

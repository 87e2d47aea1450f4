import { Form, useSubmit } from "@remix-run/react"
import { useEffect, useRef } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { useLocalizePath } from "~/i18n/use-locale"
import {
  ENTITY_TYPES,
  SORT_ORDERS,
  STAR_LEVELS,
  type Group,
  type SalesPoint,
  type SalesPointType,
  type SortOrder,
} from "~/lib/store-api"
import { activeFilterCount, catalogueSearch, type CatalogueState } from "./catalogue-query"
import { useCatalogueTranslation } from "./strings"

export type SalesPointOption = Pick<SalesPoint, "handle" | "name" | "type">
export type DistrictOption = { name: string; count: number }
/** A province with how many certified products on show come from there. */
export type ProvinceCount = { code: string; name: string; product_count: number }

/**
 * The catalogue's filters, whose whole state is the URL's, so no control ever shows a choice the list below
 * does not have:
 *
 * - the stars are links to the list with that level added or taken away: a tap before the page's scripts have
 *   loaded (slow 3G) is a plain navigation, never a box that turns green and does nothing;
 * - the rest is a GET form with a visible "Apply" button, which works without JavaScript; with it, a changed
 *   select submits at once (prices wait for the button or Enter). A choice made before the scripts loaded is
 *   submitted as soon as they have, and the form is drawn anew from each URL it lands on.
 *
 * On a phone the panel folds behind a "Lọc" button (`<details>`, no script needed) so the first screen shows
 * products; from `lg` up it is always open beside the list (tailwind.css).
 */
export function CatalogueFilters({
  state,
  groups,
  salesPoints,
  districts = [],
  provinces = [],
  action = "/san-pham",
  sortLabels = {},
}: {
  state: CatalogueState
  groups: Pick<Group, "code" | "name" | "count">[]
  /** Empty when the country's points are too many for one list and no province is chosen. */
  salesPoints: SalesPointOption[]
  districts?: DistrictOption[]
  provinces?: ProvinceCount[]
  action?: string
  /** Other words for some orders: on the search page the default order is relevance. */
  sortLabels?: Partial<Record<SortOrder, string>>
}) {
  const { t } = useCatalogueTranslation()
  const localize = useLocalizePath()
  const submit = useSubmit()
  const form = useRef<HTMLFormElement>(null)
  const byType = new Map<SalesPointType, SalesPointOption[]>()
  for (const point of salesPoints) byType.set(point.type, [...(byType.get(point.type) ?? []), point])
  const selectClass = "mt-1 block h-11 w-full rounded-lg border border-stone-300 bg-white px-2 text-sm text-stone-900"
  const labelClass = "block text-xs font-semibold uppercase tracking-wide text-stone-600"
  const search = catalogueSearch(state)
  const active = activeFilterCount(state)

  // A select changed before hydration shows a choice the list does not have: submit it now that we can.
  useEffect(() => {
    if (!form.current) return
    const typed = new URLSearchParams(new FormData(form.current) as unknown as string)
    const shown = new URLSearchParams(catalogueSearch({ ...state, stars: [], page: 1 }))
    const differs = ["group", "kind", "province", "district", "sold_at", "sort"].some((name) => (typed.get(name) ?? "") !== (shown.get(name) ?? (name === "sort" ? "-stars" : "")))
    if (differs) submit(form.current, { preventScrollReset: true })
    // Only once, right after hydration: later changes submit themselves.
  }, [])

  return (
    <details className="filter-panel group rounded-xl border border-stone-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-2 px-3 text-sm font-semibold text-ocop-900 [&::-webkit-details-marker]:hidden">
        <span className="flex items-center gap-2">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M4 6h16M7 12h10M10 18h4" />
          </svg>
          {active ? t("catalogue.filterActive", { count: active }) : t("catalogue.filterButton")}
        </span>
        <span aria-hidden="true">
          <span className="group-open:hidden">▾</span>
          <span className="hidden group-open:inline">▴</span>
        </span>
      </summary>
      <div className="border-t border-stone-200 p-3 lg:border-t-0">
        <fieldset>
          <legend className={labelClass}>{t("catalogue.stars")}</legend>
          <ul className="mt-1 flex gap-2">
            {STAR_LEVELS.map((level) => {
              const on = state.stars.includes(level)
              const stars = on ? state.stars.filter((s) => s !== level) : [...state.stars, level].sort()
              return (
                <li key={level} className="flex-1">
                  <LocaleLink
                    to={`${action}${catalogueSearch(state, { stars, page: 1 })}`}
                    preventScrollReset
                    aria-current={on ? "true" : undefined}
                    className={`flex h-11 items-center justify-center gap-1 rounded-lg border text-sm font-semibold ${
                      on ? "border-ocop-800 bg-ocop-800 text-white" : "border-stone-300 text-stone-900 hover:bg-stone-50"
                    }`}
                  >
                    <span aria-hidden="true">{level}★</span>
                    <span className="sr-only">
                      {t("stars.label", { stars: level })}
                      {on ? ` (${t("catalogue.chosen")})` : ""}
                    </span>
                  </LocaleLink>
                </li>
              )
            })}
          </ul>
        </fieldset>
        <Form
          // Drawn anew from each URL: a control never keeps a value the list below does not have.
          key={search}
          ref={form}
          method="get"
          action={localize(action)}
          aria-label={t("catalogue.filters")}
          preventScrollReset
          onChange={(event) => {
            if ((event.target as HTMLElement).tagName === "SELECT") submit(event.currentTarget, { preventScrollReset: true })
          }}
          className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-1"
        >
          {state.q && <input type="hidden" name="q" value={state.q} />}
          {state.stars.map((level) => (
            <input key={level} type="hidden" name="stars" value={level} />
          ))}
          {state.province && provinces.length === 0 && <input type="hidden" name="province" value={state.province} />}
          <div>
            <label htmlFor="filter-group" className={labelClass}>
              {t("catalogue.group")}
            </label>
            <select id="filter-group" name="group" defaultValue={state.group ?? ""} className={selectClass}>
              <option value="">{t("catalogue.anyGroup")}</option>
              {groups
                .filter((group) => group.count > 0 || group.code === state.group)
                .map((group) => (
                  <option key={group.code} value={group.code}>
                    {group.name} ({group.count})
                  </option>
                ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-kind" className={labelClass}>
              {t("catalogue.kind")}
            </label>
            <select id="filter-kind" name="kind" defaultValue={state.kind ?? ""} className={selectClass}>
              <option value="">{t("catalogue.anyKind")}</option>
              {ENTITY_TYPES.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`entityType.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {provinces.length > 0 && (
            <div>
              <label htmlFor="filter-province" className={labelClass}>
                {t("places.province")}
              </label>
              <select id="filter-province" name="province" defaultValue={state.province ?? ""} className={selectClass}>
                <option value="">{t("places.allProvinces")}</option>
                {provinces
                  .filter((province) => province.product_count > 0 || province.code === state.province)
                  .map((province) => (
                    <option key={province.code} value={province.code}>
                      {province.name} ({province.product_count})
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div>
            <label htmlFor="filter-district" className={labelClass}>
              {t("catalogue.district")}
            </label>
            <select id="filter-district" name="district" defaultValue={state.district ?? ""} className={selectClass}>
              <option value="">{t("catalogue.anyDistrict")}</option>
              {state.district && !districts.some((district) => district.name === state.district) && (
                <option value={state.district}>{state.district}</option>
              )}
              {districts.map((district) => (
                <option key={district.name} value={district.name}>
                  {district.name} ({district.count})
                </option>
              ))}
            </select>
          </div>
          {(salesPoints.length > 0 || state.soldAt) && (
            <div>
              <label htmlFor="filter-sold-at" className={labelClass}>
                {t("catalogue.soldAt")}
              </label>
              <select id="filter-sold-at" name="sold_at" defaultValue={state.soldAt ?? ""} className={selectClass}>
                <option value="">{t("catalogue.anySalesPoint")}</option>
                {[...byType].map(([type, points]) => (
                  <optgroup key={type} label={t(`salesPointType.${type}`)}>
                    {points.map((point) => (
                      <option key={point.handle} value={point.handle}>
                        {point.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
                {state.soldAt && !salesPoints.some((point) => point.handle === state.soldAt) && (
                  <option value={state.soldAt}>{state.soldAt}</option>
                )}
              </select>
            </div>
          )}
          <fieldset className="col-span-2 lg:col-span-1">
            <legend className={labelClass}>{t("catalogue.price")}</legend>
            <div className="mt-1 flex items-center gap-2">
              <label className="sr-only" htmlFor="filter-price-min">
                {t("catalogue.priceMin")}
              </label>
              <input
                id="filter-price-min"
                name="price_min"
                inputMode="numeric"
                pattern="[0-9.,]*"
                placeholder="0"
                defaultValue={state.priceMin ?? ""}
                className="h-11 w-full min-w-0 rounded-lg border border-stone-300 px-2 text-sm"
              />
              <span aria-hidden="true">–</span>
              <label className="sr-only" htmlFor="filter-price-max">
                {t("catalogue.priceMax")}
              </label>
              <input
                id="filter-price-max"
                name="price_max"
                inputMode="numeric"
                pattern="[0-9.,]*"
                placeholder="500.000"
                defaultValue={state.priceMax ?? ""}
                className="h-11 w-full min-w-0 rounded-lg border border-stone-300 px-2 text-sm"
              />
            </div>
          </fieldset>
          <div>
            <label htmlFor="filter-sort" className={labelClass}>
              {t("catalogue.sort")}
            </label>
            <select id="filter-sort" name="sort" defaultValue={state.sort} className={selectClass}>
              {SORT_ORDERS.map((order) => (
                <option key={order} value={order}>
                  {sortLabels[order] ?? t(`sort.${order}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="col-span-2 h-11 w-full self-end rounded-lg bg-ocop-800 font-semibold text-white hover:bg-ocop-900 lg:col-span-1">
            {t("catalogue.applyFilters")}
          </button>
        </Form>
      </div>
    </details>
  )
}

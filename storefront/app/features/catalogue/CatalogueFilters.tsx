import { Form, useSubmit } from "@remix-run/react"
import { useTranslation } from "react-i18next"
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
import type { CatalogueState } from "./catalogue-query"

export type SalesPointOption = Pick<SalesPoint, "handle" | "name" | "type">
/** A province with how many certified products on show come from there. */
export type ProvinceCount = { code: string; name: string; product_count: number }

/**
 * A plain GET form: without JavaScript "Lọc" submits it and the server answers with the filtered page; with
 * JavaScript every change submits it at once and Remix swaps the results in place. Either way the URL holds
 * the whole state.
 */
export function CatalogueFilters({
  state,
  groups,
  salesPoints,
  provinces = [],
  action = "/san-pham",
  sortLabels = {},
}: {
  state: CatalogueState
  groups: Pick<Group, "code" | "name" | "count">[]
  /** Empty when the country's points are too many for one list and no province is chosen. */
  salesPoints: SalesPointOption[]
  provinces?: ProvinceCount[]
  action?: string
  /** Other words for some orders: on the search page the default order is relevance. */
  sortLabels?: Partial<Record<SortOrder, string>>
}) {
  const { t } = useTranslation()
  const localize = useLocalizePath()
  const submit = useSubmit()
  const byType = new Map<SalesPointType, SalesPointOption[]>()
  for (const point of salesPoints) byType.set(point.type, [...(byType.get(point.type) ?? []), point])
  const selectClass = "mt-1 block h-11 w-full rounded-lg border border-stone-300 bg-white px-2 text-sm text-stone-900"
  const labelClass = "block text-xs font-semibold uppercase tracking-wide text-stone-600"

  return (
    <Form
      method="get"
      action={localize(action)}
      aria-label={t("catalogue.filters")}
      preventScrollReset
      onChange={(event) => submit(event.currentTarget, { preventScrollReset: true })}
      className="grid grid-cols-2 gap-3 rounded-xl border border-stone-200 bg-white p-3 lg:grid-cols-1"
    >
      {state.q && <input type="hidden" name="q" value={state.q} />}
      <fieldset className="col-span-2 lg:col-span-1">
        <legend className={labelClass}>{t("catalogue.stars")}</legend>
        <div className="mt-1 flex gap-2">
          {STAR_LEVELS.map((level) => (
            <label
              key={level}
              className="flex h-11 flex-1 cursor-pointer items-center justify-center gap-1 rounded-lg border border-stone-300 text-sm font-semibold has-[:checked]:border-ocop-800 has-[:checked]:bg-ocop-800 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ocop-700"
            >
              <input
                type="checkbox"
                name="stars"
                value={level}
                defaultChecked={state.stars.includes(level)}
                className="sr-only"
              />
              <span aria-hidden="true">{level}★</span>
              <span className="sr-only">{t("stars.label", { stars: level })}</span>
            </label>
          ))}
        </div>
      </fieldset>
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
      <noscript>
        <button
          type="submit"
          className="col-span-2 h-11 w-full rounded-lg bg-ocop-800 font-semibold text-white lg:col-span-1"
        >
          {t("catalogue.apply")}
        </button>
      </noscript>
    </Form>
  )
}

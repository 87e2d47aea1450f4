import type { TFunction } from "i18next"
import type { Locale } from "~/i18n/config"
import type { Group } from "~/lib/store-api"
import { listDistricts, listGroups, listProducts, listSalesPoints } from "~/lib/store-api.server"

export type GroupOption = Pick<Group, "code" | "name" | "count">
import { toCardData } from "~/lib/card-data"
import { toProductQuery, type CatalogueState } from "./catalogue-query"
import type { SalesPointOption } from "./CatalogueFilters"

/** One page of the catalogue and what its filter form offers, fetched side by side. */
export async function loadCatalogue(locale: Locale, state: CatalogueState) {
  const [list, groups, salesPoints, districts] = await Promise.all([
    listProducts(locale, toProductQuery(state)),
    listGroups(locale),
    listSalesPoints(locale),
    // Without the list the filter offers no districts; the products still answer.
    listDistricts().catch(() => []),
  ])
  const options: SalesPointOption[] = salesPoints.sales_points.map(({ handle, name, type }) => ({ handle, name, type }))
  return {
    list: { count: list.count, products: list.products.map(toCardData) },
    groups: groups.map(({ code, name, count }) => ({ code, name, count })),
    salesPoints: options,
    districts: districts.map(({ name, count }) => ({ name, count })),
  }
}

/** "4 sao, 5 sao, Thực phẩm, Hợp tác xã": the active filters in words, for the page title. */
export function describeFilters(
  state: CatalogueState,
  groups: GroupOption[],
  salesPoints: SalesPointOption[],
  t: TFunction
): string {
  return [
    ...state.stars.map((stars) => t("stars.short", { stars })),
    state.group && (groups.find((group) => group.code === state.group)?.name ?? state.group),
    state.kind && t(`entityType.${state.kind}`),
    state.district,
    state.soldAt && (salesPoints.find((point) => point.handle === state.soldAt)?.name ?? state.soldAt),
    (state.priceMin !== undefined || state.priceMax !== undefined) && priceRange(state, t),
  ]
    .filter(Boolean)
    .join(", ")
}

function priceRange(state: CatalogueState, t: TFunction): string {
  const amount = (value: number) => new Intl.NumberFormat("vi-VN").format(value)
  if (state.priceMin !== undefined && state.priceMax !== undefined) {
    return t("catalogue.priceBetween", { min: amount(state.priceMin), max: amount(state.priceMax) })
  }
  return state.priceMin !== undefined ? t("catalogue.priceFrom", { min: amount(state.priceMin) }) : t("catalogue.priceUpTo", { max: amount(state.priceMax!) })
}

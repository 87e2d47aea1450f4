import type { TFunction } from "i18next"
import type { Locale } from "~/i18n/config"
import type { Group } from "~/lib/store-api"
import { listProvinces } from "~/lib/places.server"
import { listAllSalesPoints, listDistricts, listGroups, listProducts, listSalesPoints } from "~/lib/store-api.server"

export type GroupOption = Pick<Group, "code" | "name" | "count">
import { toCardData } from "~/lib/card-data"
import { toProductQuery, type CatalogueState } from "./catalogue-query"
import type { ProvinceCount, SalesPointOption } from "./CatalogueFilters"

/** More sales points than this across the country, and the "sold at" list waits for a province to be chosen. */
const MOST_SALES_POINTS_LISTED = 100

/** One page of the catalogue and what its filter form offers, fetched side by side. */
export async function loadCatalogue(locale: Locale, state: CatalogueState) {
  const [list, groups, salesPoints, districts, provinces] = await Promise.all([
    listProducts(locale, toProductQuery(state)),
    listGroups(locale),
    salesPointOptions(locale, state.province),
    // Without these lists the filter offers no districts or provinces; the products still answer.
    listDistricts().catch(() => []),
    listProvinces().catch(() => []),
  ])
  return {
    list: { count: list.count, products: list.products.map(toCardData) },
    groups: groups.map(({ code, name, count }) => ({ code, name, count })),
    salesPoints,
    districts: districts.map(({ name, count }) => ({ name, count })),
    provinces: provinces.map(({ code, name, product_count }): ProvinceCount => ({ code, name, product_count })),
  }
}

/** The chosen province's points; without one, the country's if they fit in one list, else none (choose a province). */
async function salesPointOptions(locale: Locale, province: string | undefined): Promise<SalesPointOption[]> {
  const toOption = ({ handle, name, type }: SalesPointOption) => ({ handle, name, type })
  if (province) return (await listAllSalesPoints(locale, { province_code: province })).map(toOption)
  const first = await listSalesPoints(locale, { limit: MOST_SALES_POINTS_LISTED })
  return first.count <= MOST_SALES_POINTS_LISTED ? first.sales_points.map(toOption) : []
}

/** "4 sao, 5 sao, Thực phẩm, Hợp tác xã": the active filters in words, for the page title. */
export function describeFilters(
  state: CatalogueState,
  groups: GroupOption[],
  salesPoints: SalesPointOption[],
  t: TFunction,
  provinces: Pick<ProvinceCount, "code" | "name">[] = []
): string {
  return [
    ...state.stars.map((stars) => t("stars.short", { stars })),
    state.group && (groups.find((group) => group.code === state.group)?.name ?? state.group),
    state.kind && t(`entityType.${state.kind}`),
    state.province && (provinces.find((province) => province.code === state.province)?.name ?? state.province),
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

import type { DeliveryZone } from "~/lib/store-api"

/** The product page's query parameter naming the province to estimate delivery to (`?giao-den=79`). */
export const DELIVERY_PARAM = "giao-den"

/** Where the shop's parcels leave from: the estimate starts here until the shopper picks her province. */
export const HOME_PROVINCE_CODE = "66"

export type DeliveryEstimate = {
  /** The province the estimate is for. */
  province: string
  provinces: { code: string; name: string }[]
  /** Each zone's price and days, for the browser to answer another choice without asking the server. */
  zones: DeliveryZone[]
}

/**
 * The estimate's starting point: the province the URL names when it is one of the 34 (a form sent without
 * JavaScript), else Đắk Lắk. An unknown code is not an error here: the page shows the default instead.
 */
export function deliveryEstimateOf(
  zones: DeliveryZone[],
  provinces: { code: string; name: string }[],
  asked: string | null
): DeliveryEstimate {
  const known = provinces.some((province) => province.code === asked)
  return {
    province: known ? asked! : HOME_PROVINCE_CODE,
    provinces: provinces.map(({ code, name }) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, "vi")),
    zones,
  }
}

/** The zone that prices home delivery to a province, if any. */
export function zoneFor(estimate: Pick<DeliveryEstimate, "zones">, provinceCode: string): DeliveryZone | undefined {
  return estimate.zones.find((zone) => zone.province_codes.includes(provinceCode))
}

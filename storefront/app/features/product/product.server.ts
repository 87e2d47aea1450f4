import type { Locale } from "~/i18n/config"
import { toCardData, type CardData } from "~/lib/card-data"
import { deferUnlessReady } from "~/lib/defer"
import { listProvinces } from "~/lib/places.server"
import type { Group } from "~/lib/store-api"
import { getProducer, getProduct, listDeliveryZones, listGroups, listProducts } from "~/lib/store-api.server"
import { deliveryEstimateOf, DELIVERY_PARAM } from "./delivery-estimate"

/** How many related products the page shows under "same group". */
const RELATED_COUNT = 4

/**
 * The product page's data: the product (its certificate, variants and sales points), the group names and the
 * delivery estimate are needed for the first paint; the producer's own record (story, map, other products) and
 * the products of the same group are deferred.
 */
export async function loadProductPage(locale: Locale, handle: string, url: URL) {
  const [product, groups, zones, provinces] = await Promise.all([
    getProduct(locale, handle),
    listGroups(locale),
    // The estimate is a help, not the page: without its data the page shows without it.
    listDeliveryZones(locale).catch(() => null),
    listProvinces().catch(() => null),
  ])
  // A product whose producer the programme has not recorded yet has no producer card.
  const producer = product.producer
    ? getProducer(locale, product.producer.handle)
        .then((full) => ({ ...full, products: full.products.map(toCardData) }))
        .catch(() => null)
    : Promise.resolve(null)
  const related: Promise<CardData[]> = listProducts(locale, { group: product.ocop.group, limit: RELATED_COUNT + 1 })
    .then((list) => list.products.filter((other) => other.handle !== product.handle).slice(0, RELATED_COUNT).map(toCardData))
    .catch(() => [])
  const [deferredProducer, deferredRelated] = await Promise.all([deferUnlessReady(producer), deferUnlessReady(related)])
  return {
    product,
    groupName: groupLabel(groups, product.ocop.group, product.ocop.sub_group),
    producer: deferredProducer.data,
    related: deferredRelated.data,
    delivery: zones && provinces ? deliveryEstimateOf(zones, provinces, url.searchParams.get(DELIVERY_PARAM)) : null,
  }
}

/** "Thực phẩm – Cà phê, ca cao": the group and sub-group names of the API, or the codes when it lacks them. */
export function groupLabel(groups: Group[], groupCode: string, subGroupCode: string | null): string {
  const group = groups.find((candidate) => candidate.code === groupCode)
  const subGroup = group?.sub_groups.find((candidate) => candidate.code === subGroupCode)
  return [group?.name ?? groupCode, subGroup?.name].filter(Boolean).join(" – ")
}

import type { Locale } from "~/i18n/config"
import { toCardData } from "~/lib/card-data"
import { deferUnlessReady } from "~/lib/defer"
import type { Group } from "~/lib/store-api"
import { getProducer, getProduct, listGroups } from "~/lib/store-api.server"

/**
 * The product page's data: the product (its certificate, variants and sales points) and the group names are
 * needed for the first paint; the producer's own record (story, map, other products) is deferred.
 */
export async function loadProductPage(locale: Locale, handle: string) {
  const [product, groups] = await Promise.all([getProduct(locale, handle), listGroups(locale)])
  // A product whose producer the programme has not recorded yet has no producer card.
  const producer = product.producer
    ? getProducer(locale, product.producer.handle)
        .then((full) => ({ ...full, products: full.products.map(toCardData) }))
        .catch(() => null)
    : Promise.resolve(null)
  return {
    product,
    groupName: groupLabel(groups, product.ocop.group, product.ocop.sub_group),
    producer: (await deferUnlessReady(producer)).data,
  }
}

/** "Thực phẩm – Cà phê, ca cao": the group and sub-group names of the API, or the codes when it lacks them. */
export function groupLabel(groups: Group[], groupCode: string, subGroupCode: string | null): string {
  const group = groups.find((candidate) => candidate.code === groupCode)
  const subGroup = group?.sub_groups.find((candidate) => candidate.code === subGroupCode)
  return [group?.name ?? groupCode, subGroup?.name].filter(Boolean).join(" – ")
}

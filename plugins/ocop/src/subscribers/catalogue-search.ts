import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { syncCatalogueSearch } from "../lib/catalogue-search/sync"
import { CATALOGUE_CHANGED_EVENT, type CatalogueChangedData } from "../workflows/refresh-ocop-products"

/**
 * The catalogue rows of some products were rewritten (certify, renew, revoke, expire, producer or sales points
 * changed, product edited in Medusa's admin): copy what the read model now shows into the search indexes.
 */
export default async function catalogueSearch({ event, container }: SubscriberArgs<CatalogueChangedData>) {
  const { product_ids: productIds, now } = event.data
  await syncCatalogueSearch(container, productIds ?? [], now ? new Date(now) : new Date())
}

export const config: SubscriberConfig = {
  event: CATALOGUE_CHANGED_EVENT,
  context: { subscriberId: "ocop-catalogue-search" },
}

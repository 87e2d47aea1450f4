import type { Locale } from "~/i18n/config"
import { toCardData } from "~/lib/card-data"
import { deferUnlessReady } from "~/lib/defer"
import { listGroups, listProducers, listProducts, listSalesPoints } from "~/lib/store-api.server"

export const FEATURED_COUNT = 8

/**
 * The first screen needs the featured 4–5 ★ products and the groups; the producers and the sales-point
 * teaser sit further down and are deferred (streamed into the same response).
 */
export async function loadHome(locale: Locale) {
  const [featured, groups] = await Promise.all([
    listProducts(locale, { min_stars: 4, limit: FEATURED_COUNT }),
    listGroups(locale),
  ])
  const producers = listProducers(locale)
    .then(({ producers, count }) => ({
      count,
      producers: [...producers].sort((a, b) => b.product_count - a.product_count).slice(0, 6),
    }))
    // Below the fold: a failure there leaves the section out rather than failing the page.
    .catch(() => null)
  const salesPoints = listSalesPoints(locale)
    .then(({ sales_points }) =>
      sales_points.map(({ handle, latitude, longitude }) => ({ handle, latitude, longitude }))
    )
    .catch(() => null)
  return {
    featured: featured.products.map(toCardData),
    groups: groups.map(({ code, name, count }) => ({ code, name, count })),
    producers: (await deferUnlessReady(producers)).data,
    salesPoints: (await deferUnlessReady(salesPoints)).data,
  }
}

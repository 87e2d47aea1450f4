import type { Locale } from "~/i18n/config"
import { toCardData } from "~/lib/card-data"
import { deferUnlessReady } from "~/lib/defer"
import { HOME_PROVINCE_CODE } from "~/lib/geo"
import { listAllSalesPoints, listGroups, listProducers, listProducts } from "~/lib/store-api.server"

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
  // The home province's points, on its locator map (the country's are on /diem-ban and the province pages).
  const salesPoints = listAllSalesPoints(locale, { province_code: HOME_PROVINCE_CODE })
    .then((points) =>
      points.map(({ handle, latitude, longitude }) => ({ handle, latitude, longitude }))
    )
    .catch(() => null)
  return {
    featured: featured.products.map(toCardData),
    groups: groups.map(({ code, name, count }) => ({ code, name, count })),
    producers: (await deferUnlessReady(producers)).data,
    salesPoints: (await deferUnlessReady(salesPoints)).data,
  }
}

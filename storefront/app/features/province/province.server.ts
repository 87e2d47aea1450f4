import type { Locale } from "~/i18n/config"
import { toCardData } from "~/lib/card-data"
import { isNotFound, storeGet } from "~/lib/medusa.server"
import { listProvinces } from "~/lib/places.server"
import { listProducers, listProducts, listSalesPoints } from "~/lib/store-api.server"

/** Products on a province page: a catalogue page's worth; the catalogue filtered by the province has them all. */
export const PROVINCE_PAGE_SIZE = 24
/** Producers and sales points shown on a province page, with links to the whole list of the province. */
const PLACES_SHOWN = 6

export type ProvinceFigures = {
  code: string
  name: string
  product_count: number
  producer_count: number
  sales_point_count: number
}

/** The 34 provinces with how many certified products on show come from each, most first, then by code. */
export async function loadProvinceIndex() {
  const provinces = await listProvinces()
  return provinces
    .map(({ code, name, product_count }) => ({ code, name, product_count }))
    .sort((a, b) => b.product_count - a.product_count || a.code.localeCompare(b.code))
}

/**
 * A province's page: its figures, a page of its certified products (3 ★ and up, the Store API's rule), a few of
 * its producers and sales points. Null for a code no province has.
 */
export async function loadProvincePage(locale: Locale, code: string, page: number) {
  if (!/^\d{2}$/.test(code)) return null
  let province: ProvinceFigures
  try {
    ;({ province } = await storeGet<{ province: ProvinceFigures }>(`/store/ocop/provinces/${code}`))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  const [products, producers, salesPoints, all] = await Promise.all([
    listProducts(locale, { province_code: code, limit: PROVINCE_PAGE_SIZE, offset: (page - 1) * PROVINCE_PAGE_SIZE }),
    listProducers(locale, { province_code: code, limit: PLACES_SHOWN }),
    listSalesPoints(locale, { province_code: code, limit: PLACES_SHOWN }),
    listProvinces(),
  ])
  return {
    province: {
      code: province.code,
      name: province.name,
      product_count: province.product_count,
      producer_count: province.producer_count,
      sales_point_count: province.sales_point_count,
    },
    products: { count: products.count, cards: products.products.map(toCardData) },
    producers: producers.producers,
    salesPoints: salesPoints.sales_points,
    others: all.filter((other) => other.code !== code && other.product_count > 0).map(({ code, name }) => ({ code, name })),
  }
}

export const provincePageCount = (count: number) => Math.max(1, Math.ceil(count / PROVINCE_PAGE_SIZE))

/**
 * Reads of the OCOP Store API (docs/store-api.md), each in the page's language. A 404 of the API becomes the
 * storefront's 404 page: a product that is not certified today, or rated below 3 ★, has no page. A 400 (the API
 * refused what the visitor typed into the URL) becomes a 400 page, not the 500 of an unhandled error.
 */
import type { Locale } from "~/i18n/config"
import { isBadRequest, isNotFound, storeGet } from "./medusa.server"
import type {
  DeliveryZone,
  District,
  FairDetail,
  FairPhase,
  FairSummary,
  Group,
  OcopRules,
  Producer,
  ProductCard,
  ProductDetail,
  ProductList,
  ProductQuery,
  ReviewList,
  SalesPoint,
  Suggestions,
} from "./store-api"

export function listProducts(locale: Locale, query: ProductQuery = {}) {
  return asPageError(storeGet<ProductList>("/store/ocop/products", { ...query, locale }))
}

export async function getProduct(locale: Locale, handle: string) {
  const { product } = await asPageError(
    storeGet<{ product: ProductDetail }>(`/store/ocop/products/${encodeURIComponent(handle)}`, { locale })
  )
  return product
}

/** A product's published reviews, newest first, with the average and the count per star; 404 as for the product. */
export function listReviews(handle: string, page: { limit: number; offset: number }) {
  return asPageError(storeGet<ReviewList>(`/store/ocop/products/${encodeURIComponent(handle)}/reviews`, page))
}

export type ProducerQuery = { entity_type?: string; province_code?: string; limit?: number; offset?: number }

export async function listProducers(locale: Locale, query: ProducerQuery = {}) {
  return storeGet<{ producers: Producer[]; count: number; limit: number; offset: number }>("/store/ocop/producers", {
    limit: 100,
    ...query,
    locale,
  })
}

/** Every producer that matches, page after page (the API answers 100 at most at a time): the sitemap's. */
export async function listAllProducers(locale: Locale, query: Omit<ProducerQuery, "limit" | "offset"> = {}) {
  return allPages((offset) => listProducers(locale, { ...query, limit: API_PAGE, offset }).then((page) => ({ items: page.producers, count: page.count })))
}

export async function getProducer(locale: Locale, handle: string) {
  const { producer } = await asPageError(
    storeGet<{ producer: Producer & { products: ProductCard[] } }>(
      `/store/ocop/producers/${encodeURIComponent(handle)}`,
      { locale }
    )
  )
  return producer
}

export type SalesPointQuery = { type?: string; product?: string; province_code?: string; limit?: number; offset?: number }

/** One page of the active sales points, by name (100 unless `limit` says fewer). */
export async function listSalesPoints(locale: Locale, query: SalesPointQuery = {}) {
  return storeGet<{ sales_points: SalesPoint[]; count: number; limit: number; offset: number }>("/store/ocop/sales-points", {
    limit: API_PAGE,
    ...query,
    locale,
  })
}

/**
 * Every active sales point that matches, page after page: a province has a few dozen, the country thousands, so
 * callers narrow it (a province, a product) unless they need them all (the sitemap, a pickup point's name).
 */
export async function listAllSalesPoints(locale: Locale, query: Omit<SalesPointQuery, "limit" | "offset"> = {}) {
  return allPages((offset) =>
    listSalesPoints(locale, { ...query, limit: API_PAGE, offset }).then((page) => ({ items: page.sales_points, count: page.count }))
  )
}

/** The most a Store API list answers at once (its `limit` is 1–100). */
const API_PAGE = 100

async function allPages<T>(page: (offset: number) => Promise<{ items: T[]; count: number }>): Promise<T[]> {
  const items: T[] = []
  for (let offset = 0; ; offset += API_PAGE) {
    const answer = await page(offset)
    items.push(...answer.items)
    if (!answer.items.length || items.length >= answer.count) return items
  }
}

export async function getSalesPoint(locale: Locale, handle: string) {
  const { sales_point } = await asPageError(
    storeGet<{ sales_point: SalesPoint & { products: ProductCard[] } }>(
      `/store/ocop/sales-points/${encodeURIComponent(handle)}`,
      {
        locale,
      }
    )
  )
  return sales_point
}

export async function listFairs(locale: Locale, when: FairPhase, limit = 20) {
  return storeGet<{ fairs: FairSummary[]; count: number }>("/store/ocop/fairs", { when, limit, locale })
}

export async function getFair(locale: Locale, handle: string) {
  const { fair } = await asPageError(storeGet<{ fair: FairDetail }>(`/store/ocop/fairs/${encodeURIComponent(handle)}`, { locale }))
  return fair
}

export function suggest(locale: Locale, q: string, limit = 6) {
  return asPageError(storeGet<Suggestions>("/store/ocop/search/suggest", { q, limit, locale }))
}

export async function listDistricts() {
  // The country's districts can take more than one page.
  return allPages((offset) =>
    storeGet<{ districts: District[]; count: number }>("/store/ocop/districts", { limit: API_PAGE, offset }).then((page) => ({
      items: page.districts,
      count: page.count,
    }))
  )
}

/** Home delivery's zones, prices and days, in the page's language. */
export async function listDeliveryZones(locale: Locale) {
  return (await storeGet<{ delivery_zones: DeliveryZone[] }>("/store/ocop/delivery-zones", { locale })).delivery_zones
}

export async function listGroups(locale: Locale) {
  const { groups } = await storeGet<{ groups: Group[] }>("/store/ocop/groups", { locale })
  return groups
}

/** The star bands, the fewest stars shown and a certificate's months: the storefront words them, never writes them. */
export async function getRules(locale: Locale) {
  const { rules } = await storeGet<{ rules: OcopRules }>("/store/ocop/rules", { locale })
  return rules
}

async function asPageError<T>(answer: Promise<T>): Promise<T> {
  try {
    return await answer
  } catch (error) {
    if (isNotFound(error)) throw new Response(null, { status: 404, statusText: "Not Found" })
    if (isBadRequest(error)) throw new Response(null, { status: 400, statusText: "Bad Request" })
    throw error
  }
}

/**
 * What every `/store/ocop/*` route shares: the language of the answer, the VND-only region check, the cache
 * header, and the shaping of read-model rows, producers and sales points into the JSON of docs/store-api.md.
 * Routes parse, query and call these; no route shapes a card of its own.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { InferTypeOf } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { Producer } from "../../../modules/ocop/models/producer"
import type { SalesPoint } from "../../../modules/ocop/models/sales-point"
import type { CatalogueEntryRow } from "../../../modules/ocop/service"

export type StoreLocale = "vi" | "en"

/** Catalogue answers may be a little stale: a lapsed product leaves within a minute and a half at worst. */
export const STORE_CACHE_CONTROL = "public, max-age=30, stale-while-revalidate=60"

export function ocopService(req: MedusaRequest): OcopModuleService {
  return req.scope.resolve(OCOP_MODULE)
}

export function sendCached(res: MedusaResponse, body: unknown) {
  res.setHeader("Cache-Control", STORE_CACHE_CONTROL)
  res.json(body)
}

export function notFound(vi: string, en: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `${vi} / ${en}`)
}

/**
 * Medusa takes `?locale=` off the query before any route middleware runs (it becomes `req.locale`). Put the
 * value the caller typed back, so the route's schema validates it like any other field: `locale=fr` is a 400.
 */
export function keepLocaleInQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const search = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?") + 1) : ""
  const typed = new URLSearchParams(search).getAll("locale")
  if (typed.length) (req.query as Record<string, unknown>).locale = typed.length === 1 ? typed[0] : typed
  next()
}

/**
 * The answer's language: the validated `locale` query field, else Medusa's `x-medusa-locale` header when it is
 * Vietnamese or English (any region subtag), else Vietnamese.
 */
export function requestLocale(req: MedusaRequest): StoreLocale {
  const typed = (req.validatedQuery as { locale?: StoreLocale } | undefined)?.locale
  if (typed) return typed
  const language = (req as MedusaRequest & { locale?: string }).locale?.split("-")[0]
  return language === "en" ? "en" : "vi"
}

/** The English text where one was written, else the Vietnamese. */
export function inLocale(locale: StoreLocale, vi: string, en: string | null | undefined): string
export function inLocale(locale: StoreLocale, vi: string | null, en: string | null | undefined): string | null
export function inLocale(locale: StoreLocale, vi: string | null, en: string | null | undefined) {
  return locale === "en" && typeof en === "string" && en.trim() ? en : vi
}

/**
 * Cards carry the VND amounts of the read model; another currency would need a second read model, so a region
 * that does not sell in VND is refused rather than answered with prices it did not ask for.
 */
export async function ensureVndRegion(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const regionId = (req.validatedQuery as { region_id?: string }).region_id
  if (!regionId) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  const region = data[0] as { currency_code: string } | undefined
  if (!region) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, `Không có khu vực ${regionId} / region ${regionId} does not exist`)
    )
  }
  if (region.currency_code.toLowerCase() !== "vnd") {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Sản phẩm OCOP chỉ có giá bằng VND, khu vực ${regionId} dùng ${region.currency_code.toUpperCase()} / ` +
          `OCOP products are priced in VND only; region ${regionId} uses ${region.currency_code.toUpperCase()}`
      )
    )
  }
  next()
}

// ---------------------------------------------------------------------------------------------------------
// Shapes of docs/store-api.md
// ---------------------------------------------------------------------------------------------------------

export type Price = { amount: number; currency_code: "vnd" }

export type ProductCard = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: Price
  ocop: {
    stars: number
    score: number
    group: string
    sub_group: string | null
    criteria_version: string
    certificate_no: string
    decision_no: string | null
    level: "province" | "national"
    issued_at: string
    expires_at: string
  }
  producer: {
    handle: string
    name: string
    entity_type: string
    province_code: string | null
    address_as_certified: string | null
  } | null
  /** Buyers' published reviews: `average` (one decimal) is null while `count` is 0. */
  rating: { average: number | null; count: number }
}

const iso = (value: Date | string) => new Date(value).toISOString()

export function toProductCard(row: CatalogueEntryRow, locale: StoreLocale): ProductCard {
  return {
    id: row.product_id,
    handle: row.handle,
    title: inLocale(locale, row.title, row.title_en),
    subtitle: inLocale(locale, row.subtitle, row.subtitle_en),
    thumbnail: row.thumbnail,
    price: { amount: Number(row.price_amount), currency_code: "vnd" },
    ocop: {
      stars: row.stars,
      score: Number(row.score),
      group: row.group_code,
      sub_group: row.sub_group_code,
      criteria_version: row.criteria_version,
      certificate_no: row.certificate_no,
      decision_no: row.decision_no,
      level: row.level,
      issued_at: iso(row.issued_at),
      expires_at: iso(row.expires_at),
    },
    producer: row.producer_handle
      ? {
          handle: row.producer_handle,
          name: row.producer_name ?? "",
          entity_type: row.producer_entity_type ?? "",
          province_code: row.province_code,
          address_as_certified: row.address_as_certified,
        }
      : null,
    // Buyers' published reviews: null average and 0 when there is none yet.
    rating: { average: row.rating_count > 0 && row.rating_average != null ? Number(row.rating_average) : null, count: Number(row.rating_count ?? 0) },
  }
}

export function toProducer(producer: InferTypeOf<typeof Producer>, productCount: number, locale: StoreLocale) {
  return {
    handle: producer.handle,
    name: producer.name,
    entity_type: producer.entity_type,
    province_code: producer.province_code,
    address_as_certified: producer.address_as_certified,
    representative: producer.representative,
    phone: producer.phone,
    email: producer.email,
    ward_code: producer.ward_code,
    address: producer.address_line,
    latitude: producer.latitude,
    longitude: producer.longitude,
    story: inLocale(locale, producer.story_vi, producer.story_en),
    founded_year: producer.founded_year,
    product_count: productCount,
  }
}

export function toSalesPoint(point: InferTypeOf<typeof SalesPoint>, productCount: number, locale: StoreLocale) {
  return {
    handle: point.handle,
    name: point.name,
    type: point.type,
    market_name: point.market_name,
    address: point.address,
    province_code: point.province_code,
    ward_code: point.ward_code,
    address_as_certified: point.address_as_certified,
    latitude: point.latitude,
    longitude: point.longitude,
    opening_hours: inLocale(locale, point.opening_hours_vi, point.opening_hours_en),
    phone: point.phone,
    product_count: productCount,
  }
}

/** The product lists of producer and sales-point pages: the showable products, best first. */
export const PRODUCTS_PER_PAGE_OF_PLACE = 100

/**
 * The products a producer's or a sales point's page lists, as cards in the answer's language, and how many it
 * has in all.
 */
export async function productsOfPlace(req: MedusaRequest, place: { producer: string } | { sales_point: string }) {
  const { rows, count } = await ocopService(req).listCatalogue({ now: new Date(), ...place }, { limit: PRODUCTS_PER_PAGE_OF_PLACE, offset: 0 })
  const locale = requestLocale(req)
  return { locale, count, products: rows.map((row) => toProductCard(row, locale)) }
}

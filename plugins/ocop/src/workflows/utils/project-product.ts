/**
 * How a product, as the graph of product, prices, certifications, producer and sales points, becomes a row
 * of the catalogue read model: pure, so the rule "listed only when its current certification is showable
 * (rules.ts: rated MIN_SHOWABLE_STARS or more, not revoked or expired)" is tested without a database.
 */
import type { CatalogueEntryInput, RegisterEntryRow } from "../../modules/ocop/service"
import { certificateKey, currentCertification, isShowable, MIN_SHOWABLE_STARS, type CertificationGrade } from "../../modules/ocop/rules"
import { foldVietnamese } from "../../modules/ocop/utils/fold"

export type ProductGraph = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  status: string
  metadata?: Record<string, unknown> | null
  variants?: ({ prices?: ({ amount: number | string; currency_code: string } | null)[] | null } | null)[] | null
  certifications?: (CertificationGraph | null)[] | null
  producer?: ProducerGraph | null
  sales_points?: ({ handle: string; active: boolean; deleted_at?: string | Date | null } | null)[] | null
}

export type CertificationGraph = CertificationGrade & {
  id: string
  issued_at: string | Date
  expires_at: string | Date
  revoked_at: string | Date | null
}

export type ProducerGraph = {
  id: string
  handle: string
  name: string
  entity_type: string
  province_code: string
  address_as_certified: string
}

/** Fields to ask `query.graph` for on `product` to project it. */
export const PRODUCT_PROJECTION_FIELDS = [
  "id", "handle", "title", "subtitle", "thumbnail", "status", "metadata",
  "variants.prices.amount", "variants.prices.currency_code",
  "certifications.*",
  "producer.id", "producer.handle", "producer.name", "producer.entity_type",
  "producer.province_code", "producer.address_as_certified",
  "sales_points.handle", "sales_points.active",
]

/** The published reviews' average (one decimal) and count: what a card says of buyers' ratings. */
export type ProductRating = { average: number | null; count: number }

const NO_RATING: ProductRating = { average: null, count: 0 }

/**
 * The product's row, or null when it may not be listed. A certificate whose window has not opened yet still
 * gets a row: the catalogue query compares dates itself, so the product appears on its issue day.
 */
export function projectProduct(product: ProductGraph, now: Date, rating: ProductRating = NO_RATING): CatalogueEntryInput | null {
  if (product.status !== "published") return null
  const cert = currentCertification((product.certifications ?? []).filter(isPresent), now)
  if (!cert || cert.stars < MIN_SHOWABLE_STARS || !cert.certificate_no || !cert.level) return null
  if (!isShowable(cert, now) && new Date(cert.issued_at) <= now) return null // expired
  const price = lowestVndPrice(product)
  if (price === null) return null

  const producer = product.producer ?? null
  const metadata = product.metadata ?? {}
  const titleEn = textOrNull(metadata.title_en)
  const subtitleEn = textOrNull(metadata.subtitle_en)
  return {
    product_id: product.id,
    handle: product.handle,
    title: product.title,
    title_en: titleEn,
    subtitle: product.subtitle ?? null,
    subtitle_en: subtitleEn,
    thumbnail: product.thumbnail ?? null,
    price_amount: price,
    currency_code: "vnd",
    certification_id: cert.id,
    stars: cert.stars,
    score: Number(cert.score),
    group_code: cert.group_code,
    sub_group_code: cert.sub_group_code,
    criteria_version: cert.criteria_version,
    level: cert.level,
    certificate_no: cert.certificate_no,
    decision_no: cert.decision_no,
    issued_at: new Date(cert.issued_at),
    expires_at: new Date(cert.expires_at),
    producer_id: producer?.id ?? null,
    producer_handle: producer?.handle ?? null,
    producer_name: producer?.name ?? null,
    producer_entity_type: producer?.entity_type ?? null,
    province_code: producer?.province_code ?? null,
    address_as_certified: producer?.address_as_certified ?? null,
    sales_point_handles: (product.sales_points ?? [])
      .filter(isPresent)
      .filter((point) => point.active && !point.deleted_at)
      .map((point) => point.handle)
      .sort(),
    rating_average: rating.count > 0 ? rating.average : null,
    rating_count: rating.count,
    search_text: foldVietnamese(
      [product.title, titleEn, product.subtitle, subtitleEn, producer?.name, producer?.address_as_certified]
        .filter(Boolean)
        .join(" ")
    ),
  }
}

/**
 * The product's rows of the public register: one per certificate with a number, whatever its state, each with
 * the newest evaluation of the product decided after it (not revoked), which tells the lookup whether the
 * stars printed with that number still hold. A product not published still has its certificates looked up.
 */
export function projectRegister(product: ProductGraph): RegisterEntryRow[] {
  const certs = (product.certifications ?? []).filter(isPresent)
  const producer = product.producer ?? null
  const metadata = product.metadata ?? {}
  const titleEn = textOrNull(metadata.title_en)
  return certs
    .filter((cert): cert is CertificationGraph & { certificate_no: string; level: "province" | "national" } => !!cert.certificate_no && !!cert.level)
    .map((cert) => {
      const issued = new Date(cert.issued_at).getTime()
      const successor = certs
        .filter((other) => other.id !== cert.id && other.revoked_at == null && new Date(other.issued_at).getTime() > issued)
        .sort((a, b) => new Date(b.issued_at).getTime() - new Date(a.issued_at).getTime())[0]
      return {
        certification_id: cert.id,
        product_id: product.id,
        certificate_no: cert.certificate_no,
        certificate_key: certificateKey(cert.certificate_no),
        decision_no: cert.decision_no,
        decision_key: cert.decision_no ? certificateKey(cert.decision_no) : null,
        stars: cert.stars,
        score: Number(cert.score),
        group_code: cert.group_code,
        sub_group_code: cert.sub_group_code,
        criteria_version: cert.criteria_version,
        level: cert.level,
        issued_at: new Date(cert.issued_at),
        expires_at: new Date(cert.expires_at),
        revoked_at: cert.revoked_at ? new Date(cert.revoked_at) : null,
        product_handle: product.handle,
        product_title: product.title,
        product_title_en: titleEn,
        producer_id: producer?.id ?? null,
        producer_handle: producer?.handle ?? null,
        producer_name: producer?.name ?? null,
        producer_entity_type: producer?.entity_type ?? null,
        province_code: producer?.province_code ?? null,
        successor_certification_id: successor?.id ?? null,
        successor_certificate_no: successor?.certificate_no ?? null,
        successor_stars: successor?.stars ?? null,
        successor_issued_at: successor ? new Date(successor.issued_at) : null,
        successor_revoked_at: successor?.revoked_at ? new Date(successor.revoked_at) : null,
        search_text: foldVietnamese(
          [cert.certificate_no, cert.decision_no, product.title, titleEn, producer?.name].filter(Boolean).join(" ")
        ),
      }
    })
}

/** Whether the product may be in the storefront's sales channel today (and so in carts). */
export function isOnSaleToday(product: ProductGraph, now: Date): boolean {
  const entry = projectProduct(product, now)
  return entry !== null && entry.issued_at <= now && now < entry.expires_at
}

function lowestVndPrice(product: ProductGraph): number | null {
  const amounts = (product.variants ?? [])
    .flatMap((variant) => variant?.prices ?? [])
    .filter((price): price is { amount: number | string; currency_code: string } => price?.currency_code === "vnd")
    .map((price) => Number(price.amount))
    .filter(Number.isFinite)
  return amounts.length ? Math.min(...amounts) : null
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value : null
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value != null
}

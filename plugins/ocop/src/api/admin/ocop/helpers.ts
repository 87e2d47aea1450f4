import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import { certificationState, currentCertification, type CertificationState } from "../../../modules/ocop/rules"
import { foldVietnamese } from "../../../modules/ocop/utils/fold"
import type { AdminCertification, AdminProductOcop } from "./types"

/*
 * What the admin routes read and how they shape it. Routes validate, run a workflow, and answer with one of
 * these; the widget and pages read exactly these shapes.
 */

export const PRODUCER_FIELDS = [
  "id", "handle", "name", "entity_type", "representative", "phone", "email", "province_code", "ward_code",
  "address_line", "address_as_certified", "latitude", "longitude", "story_vi", "story_en", "founded_year",
  "created_at", "updated_at",
]

export const SALES_POINT_FIELDS = [
  "id", "handle", "name", "type", "market_name", "address", "province_code", "ward_code", "address_as_certified",
  "latitude", "longitude", "opening_hours_vi", "opening_hours_en", "phone", "active", "created_at", "updated_at",
]

const PRODUCT_REF_FIELDS = ["id", "title", "handle", "status", "thumbnail"]

export const CERTIFICATION_FIELDS = [
  "id", "stars", "score", "criteria_version", "group_code", "sub_group_code", "level", "certificate_no",
  "decision_no", "issued_at", "expires_at", "revoked_at", "revoked_reason", "renews_id", "expiring_notified_at",
  "lapsed_at", "created_at",
]

type Row = Record<string, any>

/**
 * Admins type names with or without accents. The name is matched as typed (case-insensitive); the handle,
 * which is the name folded, catches the accent-free spelling: "ca phe" finds "htx-ca-phe-…".
 */
export function textSearch(q: string | undefined) {
  const text = q?.trim()
  if (!text) return {}
  const slug = foldVietnamese(text).replace(/[^a-z0-9]+/g, "-")
  return { $or: [{ name: { $ilike: `%${escapeLike(text)}%` } }, { handle: { $ilike: `%${escapeLike(slug)}%` } }] }
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}

/** A certification as the admin sees it: the request's wording (`group`), with its state from rules.ts. */
export function shapeCertification(cert: Row, productId: string | null, now: Date): AdminCertification {
  return {
    id: cert.id,
    product_id: productId,
    stars: cert.stars,
    score: Number(cert.score),
    criteria_version: cert.criteria_version,
    group: cert.group_code,
    sub_group: cert.sub_group_code ?? null,
    level: cert.level ?? null,
    certificate_no: cert.certificate_no ?? null,
    decision_no: cert.decision_no ?? null,
    issued_at: iso(cert.issued_at)!,
    expires_at: iso(cert.expires_at)!,
    revoked_at: iso(cert.revoked_at),
    revoked_reason: cert.revoked_reason ?? null,
    renews_id: cert.renews_id ?? null,
    state: certificationState(cert as any, now),
    created_at: iso(cert.created_at)!,
  }
}

function iso(value: unknown): string | null {
  if (value == null) return null
  return new Date(value as string).toISOString()
}

/** Newest first: by issue date, then by when it was recorded (a renewal issued the same day comes first). */
export function newestFirst(a: AdminCertification, b: AdminCertification) {
  return b.issued_at.localeCompare(a.issued_at) || b.created_at.localeCompare(a.created_at)
}

function query(container: MedusaContainer) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

function notFound(vi: string, en: string, id: string): never {
  throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có ${vi} ${id} / ${en} ${id} not found`)
}

export async function loadProducer(container: MedusaContainer, id: string) {
  const { data } = await query(container).graph({
    entity: "producer",
    fields: [...PRODUCER_FIELDS, ...PRODUCT_REF_FIELDS.map((f) => `products.${f}`)],
    filters: { id },
  })
  const producer = data[0] as Row | undefined
  if (!producer) notFound("chủ thể", "producer", id)
  return { ...producer, products: (producer.products ?? []).filter(Boolean) }
}

export async function loadSalesPoint(container: MedusaContainer, id: string) {
  const { data } = await query(container).graph({
    entity: "sales_point",
    fields: [
      ...SALES_POINT_FIELDS,
      ...PRODUCT_REF_FIELDS.map((f) => `products.${f}`),
      "stock_location.id",
      "stock_location.name",
    ],
    filters: { id },
  })
  const salesPoint = data[0] as Row | undefined
  if (!salesPoint) notFound("điểm bán", "sales point", id)
  return { ...salesPoint, products: (salesPoint.products ?? []).filter(Boolean), stock_location: salesPoint.stock_location ?? null }
}

export async function loadCertification(container: MedusaContainer, id: string, now = new Date()) {
  const { data } = await query(container).graph({
    entity: "certification",
    fields: [...CERTIFICATION_FIELDS, "product.id", "product.title", "product.handle"],
    filters: { id },
  })
  const cert = data[0] as Row | undefined
  if (!cert) notFound("chứng nhận", "certification", id)
  return {
    ...shapeCertification(cert, cert.product?.id ?? null, now),
    product: cert.product ? { id: cert.product.id, title: cert.product.title, handle: cert.product.handle } : null,
  }
}

/**
 * A product's OCOP side, for the widget on its admin page: the certification that speaks for it (rules.ts'
 * `currentCertification`) with its state, every certification newest first, its producer and sales points,
 * and whether the store lists it right now.
 */
export async function loadProductOcop(container: MedusaContainer, id: string, now = new Date()): Promise<AdminProductOcop> {
  const { data } = await query(container).graph({
    entity: "product",
    fields: [
      ...PRODUCT_REF_FIELDS,
      ...CERTIFICATION_FIELDS.map((f) => `certifications.${f}`),
      ...["id", "handle", "name", "entity_type", "province_code", "address_as_certified"].map((f) => `producer.${f}`),
      ...["id", "handle", "name", "type", "active"].map((f) => `sales_points.${f}`),
    ],
    filters: { id },
  })
  const product = data[0] as Row | undefined
  if (!product) notFound("sản phẩm", "product", id)
  const raw = (product.certifications ?? []).filter(Boolean) as Row[]
  const current = currentCertification(raw as any[], now) as Row | undefined
  const certifications = raw.map((cert) => shapeCertification(cert, product.id, now)).sort(newestFirst)
  const ocop: OcopModuleService = container.resolve(OCOP_MODULE)
  const { rows } = await ocop.listCatalogue({ now, product_handles: [product.handle] }, { limit: 1, offset: 0 })
  return {
    id: product.id,
    title: product.title,
    handle: product.handle,
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    current_certification: current ? certifications.find((c) => c.id === current.id)! : null,
    certifications,
    producer: product.producer ?? null,
    sales_points: (product.sales_points ?? []).filter(Boolean),
    listed: rows.length > 0,
  }
}

/**
 * rules.ts' `certificationState` written as a database filter, so a list filtered by state can be paged in
 * the database. The two must agree; the certification tests check every listed row against rules.ts.
 */
export function stateFilter(state: CertificationState | undefined, now: Date): Row {
  switch (state) {
    case undefined:
      return {}
    case "revoked":
      return { revoked_at: { $ne: null } }
    case "not_yet_valid":
      return { revoked_at: null, issued_at: { $gt: now } }
    case "expired":
      return { revoked_at: null, issued_at: { $lte: now }, expires_at: { $lte: now } }
    case "valid":
      return { revoked_at: null, issued_at: { $lte: now }, expires_at: { $gt: now } }
  }
}

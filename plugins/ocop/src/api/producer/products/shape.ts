/**
 * A producer's products as the portal shows them: its own listing (title, status, variants with price and
 * stock) beside what the programme decided (stars, certificate, state), which the producer reads but never sets.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductProducerLink from "../../../links/product-producer"
import { certificationState, currentCertification } from "../../../modules/ocop/rules"
import { pendingChanges } from "../../../producers/catalogue"

const FIELDS = [
  "id", "title", "handle", "status", "thumbnail", "description", "metadata", "updated_at",
  "images.id", "images.url", "images.rank",
  "variants.id", "variants.title", "variants.sku", "variants.prices.amount", "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "certifications.id", "certifications.stars", "certifications.score", "certifications.certificate_no",
  "certifications.issued_at", "certifications.expires_at", "certifications.revoked_at",
  "sales_points.id", "sales_points.handle", "sales_points.name",
]

type Row = Record<string, any>

function shapeProduct(product: Row, now: Date, pending: Row[] = []) {
  const current = currentCertification((product.certifications ?? []).filter(Boolean), now) as Row | undefined
  return {
    id: product.id,
    title: product.title,
    title_en: product.metadata?.title_en ?? null,
    handle: product.handle,
    status: product.status,
    thumbnail: product.thumbnail ?? null,
    description: product.description ?? null,
    description_en: product.metadata?.description_en ?? null,
    /** The product's photos, main photo (the thumbnail) first. */
    images: ((product.images ?? []) as (Row | null)[])
      .filter((image): image is Row => !!image)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((image) => ({ id: image.id as string, url: image.url as string })),
    variants: (product.variants ?? []).map((variant: Row) => {
      const levels = (variant.inventory_items ?? []).flatMap((item: Row) => item?.inventory?.location_levels ?? [])
      return {
        id: variant.id,
        title: variant.title,
        sku: variant.sku ?? null,
        price: (variant.prices ?? []).find((price: Row) => price.currency_code === "vnd")?.amount ?? null,
        stocked: levels.reduce((sum: number, level: Row) => sum + Number(level.stocked_quantity ?? 0), 0),
        reserved: levels.reduce((sum: number, level: Row) => sum + Number(level.reserved_quantity ?? 0), 0),
      }
    }),
    certification: current
      ? {
          stars: current.stars,
          score: current.score,
          certificate_no: current.certificate_no,
          issued_at: current.issued_at,
          expires_at: current.expires_at,
          state: certificationState(current as any, now),
        }
      : null,
    /** Ever graded: a new title or variant then waits for the programme's review. */
    reviewed: (product.certifications ?? []).some(Boolean),
    /** Where the product is sold (the programme's kiosks and markets), as the store's "where to buy" reads it. */
    sales_points: ((product.sales_points ?? []) as (Row | null)[])
      .filter((point): point is Row => !!point)
      .map((point) => ({ id: point.id, handle: point.handle, name: point.name }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name), "vi")),
    /** A new title or variant, or a sales point to add or leave, waiting for the programme's review. */
    pending_changes: pending,
  }
}

/** The producer's products, a page at a time, newest link first (paged on the link table: products of one producer). */
export async function listProducerProducts(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links, metadata } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId },
    pagination: { take: page.limit, skip: page.offset, order: { created_at: "DESC" } },
  })
  const ids = (links as Row[]).map((link) => link.product_id)
  const { data } = ids.length ? await query.graph({ entity: "product", fields: FIELDS, filters: { id: ids } }) : { data: [] }
  const byId = new Map((data as Row[]).map((product) => [product.id, product]))
  const pending = await pendingChanges(container, ids)
  return {
    products: ids.flatMap((id) => (byId.has(id) ? [shapeProduct(byId.get(id)!, now, pending.get(id))] : [])),
    count: metadata?.count ?? ids.length,
    limit: page.limit,
    offset: page.offset,
  }
}

/** One of the producer's products; another producer's, or none, is the same 404. */
export async function loadProducerProduct(container: MedusaContainer, producerId: string, productId: string, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductProducerLink.entryPoint,
    fields: ["product_id"],
    filters: { producer_id: producerId, product_id: productId },
  })
  if (!links.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / product ${productId} not found`)
  const { data } = await query.graph({ entity: "product", fields: FIELDS, filters: { id: productId } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy sản phẩm / product ${productId} not found`)
  return shapeProduct(data[0] as Row, now, (await pendingChanges(container, [productId])).get(productId))
}

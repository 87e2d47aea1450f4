import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../../../../modules/marketplace"
import type MarketplaceModuleService from "../../../../modules/marketplace/service"
import type { AdminListProductChangesType } from "./validators"

type Row = Record<string, any>

/**
 * Requests with the product as it is now (title, variants, the sales points it is sold at) and its producer, and
 * for a sales-point request the place itself, for the reviewer to compare.
 */
async function withContext(container: MedusaContainer, rows: Row[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(rows.map((r) => r.product_id))]
  const producerIds = [...new Set(rows.map((r) => r.producer_id))]
  const salesPointIds = [...new Set(rows.map((r) => r.changes?.sales_point_id).filter((id): id is string => typeof id === "string"))]
  const [{ data: products }, { data: producers }, { data: salesPoints }] = await Promise.all([
    productIds.length
      ? query.graph({
          entity: "product",
          fields: ["id", "title", "handle", "status", "thumbnail", "metadata", "variants.title", "sales_points.id", "sales_points.name"],
          filters: { id: productIds },
        })
      : { data: [] },
    producerIds.length ? query.graph({ entity: "producer", fields: ["id", "handle", "name"], filters: { id: producerIds } }) : { data: [] },
    salesPointIds.length ? query.graph({ entity: "sales_point", fields: ["id", "handle", "name", "type", "active"], filters: { id: salesPointIds } }) : { data: [] },
  ])
  const product = new Map((products as Row[]).map((p) => [p.id, p]))
  const producer = new Map((producers as Row[]).map((p) => [p.id, p]))
  const salesPoint = new Map((salesPoints as Row[]).map((p) => [p.id, p]))
  return rows.map((row) => {
    const p = product.get(row.product_id)
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      changes: row.changes,
      requested_by: row.requested_by,
      decided_by: row.decided_by,
      decided_at: row.decided_at,
      reason: row.reason,
      created_at: row.created_at,
      product: p
        ? {
            id: p.id,
            title: p.title,
            title_en: p.metadata?.title_en ?? null,
            handle: p.handle,
            status: p.status,
            thumbnail: p.thumbnail ?? null,
            variants: (p.variants ?? []).map((v: Row) => v.title),
            sales_points: ((p.sales_points ?? []) as (Row | null)[]).filter((sp): sp is Row => !!sp).map((sp) => sp.name as string),
          }
        : null,
      producer: producer.get(row.producer_id) ?? null,
      sales_point: row.changes?.sales_point_id ? (salesPoint.get(row.changes.sales_point_id) ?? null) : null,
    }
  })
}

export async function listProductChanges(container: MedusaContainer, filters: AdminListProductChangesType) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const { limit, offset, status, ...rest } = filters
  const where = Object.fromEntries(Object.entries({ status, ...rest }).filter(([, v]) => v !== undefined))
  const [rows, count] = await marketplace.listAndCountProductChangeRequests(where, {
    take: limit,
    skip: offset,
    order: { created_at: status === "pending" ? "ASC" : "DESC" },
  })
  return { product_changes: await withContext(container, rows as Row[]), count, limit, offset }
}

export async function loadProductChange(container: MedusaContainer, id: string) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [row] = await marketplace.listProductChangeRequests({ id })
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không có yêu cầu thay đổi ${id} / change request ${id} not found`)
  return (await withContext(container, [row as Row]))[0]!
}

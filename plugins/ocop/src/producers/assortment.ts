/**
 * A producer's products at the programme's sales points (docs/decisions/044): where each is sold, what the
 * producer asked to change, whether a request may be filed, and an approved request applied through the same
 * link workflow as the admin's own sales-point forms. The kiosks and showrooms are the programme's, so a producer
 * asks and the programme decides, in the review queue of docs/decisions/042.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import ProductProducerLink from "../links/product-producer"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import { SALES_POINT_CHANGE_KINDS, type SalesPointAction } from "../modules/marketplace/models/product-change-request"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { OCOP_MODULE } from "../modules/ocop"
import { currentCertification, isShowable, SALES_POINT_TYPE_CODES, type SalesPointType } from "../modules/ocop/rules"
import type OcopModuleService from "../modules/ocop/service"
import { setProductSalesPointsWorkflow } from "../workflows/set-product-sales-points"

type Row = Record<string, any>

/**
 * The kinds of place a producer may ask to be sold at: the standing kiosks and markets. A fair's booth carries
 * what its exhibitors booked with the fair (docs/decisions/033), not a request to the review queue.
 */
export const PLACEABLE_SALES_POINT_TYPES = SALES_POINT_TYPE_CODES.filter((type): type is Exclude<SalesPointType, "fair_booth"> => type !== "fair_booth")

const kindOf = (action: SalesPointAction): (typeof SALES_POINT_CHANGE_KINDS)[number] => (action === "add" ? "sales_point_add" : "sales_point_remove")
const actionOf = (kind: string): SalesPointAction => (kind === "sales_point_add" ? "add" : "remove")

/** The producer's products, with the sales points each is linked to now. */
async function ownProducts(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: ProductProducerLink.entryPoint, fields: ["product_id"], filters: { producer_id: producerId } })
  const ids = (links as Row[]).map((link) => link.product_id as string)
  if (!ids.length) return []
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "sales_points.id"], filters: { id: ids } })
  return data as Row[]
}

/** The producer's sales-point requests still waiting for the programme. */
async function pendingRequests(container: MedusaContainer, filters: { producer_id?: string; product_id?: string }) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  return (await marketplace.listProductChangeRequests(
    { ...filters, kind: [...SALES_POINT_CHANGE_KINDS], status: "pending" },
    { order: { created_at: "ASC" }, take: null }
  )) as Row[]
}

/**
 * The sales points a producer may ask to be sold at, by name, a page at a time; for each, which of the producer's
 * own products are there and which of its requests wait. Nothing of another producer's shows.
 */
export async function listProducerSalesPoints(container: MedusaContainer, producerId: string, page: { limit: number; offset: number }) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [points, count] = await ocop.listAndCountSalesPoints(
    { active: true, type: [...PLACEABLE_SALES_POINT_TYPES] },
    { take: page.limit, skip: page.offset, order: { name: "ASC", handle: "ASC" } }
  )
  const [products, pending] = await Promise.all([ownProducts(container, producerId), pendingRequests(container, { producer_id: producerId })])
  const productById = new Map(products.map((product) => [product.id, product]))
  const ref = (product: Row | undefined, id: string) => ({ id, title: product?.title ?? null, handle: product?.handle ?? null })
  return {
    sales_points: (points as Row[]).map((point) => ({
      id: point.id,
      handle: point.handle,
      name: point.name,
      type: point.type,
      market_name: point.market_name,
      address: point.address,
      province_code: point.province_code,
      ward_code: point.ward_code,
      opening_hours_vi: point.opening_hours_vi,
      opening_hours_en: point.opening_hours_en ?? null,
      products: products
        .filter((product) => (product.sales_points ?? []).some((linked: Row | null) => linked?.id === point.id))
        .map((product) => ref(product, product.id)),
      pending: pending
        .filter((request) => request.changes?.sales_point_id === point.id)
        .map((request) => ({ id: request.id, action: actionOf(request.kind), product: ref(productById.get(request.product_id), request.product_id), created_at: request.created_at })),
    })),
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** The sales points a product is linked to now (the store's "where to buy" reads the same link). */
export async function salesPointsOf(container: MedusaContainer, productIds: string[]) {
  if (!productIds.length) return new Map<string, Row[]>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "sales_points.id", "sales_points.handle", "sales_points.name", "sales_points.type", "sales_points.active"],
    filters: { id: productIds },
  })
  return new Map(
    (data as Row[]).map((product) => [
      product.id as string,
      ((product.sales_points ?? []) as (Row | null)[])
        .filter((point): point is Row => !!point)
        .map((point) => ({ id: point.id, handle: point.handle, name: point.name, type: point.type, active: point.active }))
        .sort((a, b) => String(a.name).localeCompare(String(b.name), "vi")),
    ])
  )
}

const refuse = (type: keyof typeof MedusaError.Types, vi: string, en: string, code: string) => new MedusaError(MedusaError.Types[type], `${vi} / ${en}`, code)

/** Whether the programme's certificate lets the product be shown today: only such products go on a shelf. */
async function isShowableNow(container: MedusaContainer, productId: string, now: Date) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "certifications.stars", "certifications.issued_at", "certifications.expires_at", "certifications.revoked_at"],
    filters: { id: productId },
  })
  const current = currentCertification((((data[0] as Row | undefined)?.certifications ?? []) as Row[]).filter(Boolean) as any[], now)
  return !!current && isShowable(current, now)
}

export type SalesPointChange = { product_id: string; sales_point_id: string; action: SalesPointAction }

/**
 * What must hold for the change to make sense, checked when it is asked and again when it is approved: the place
 * exists; an add goes to an open kiosk or market, of a product showable today, not there yet; a remove takes off
 * a product that is there. Returns the sales point and whether the product is there now.
 */
async function checkSalesPointChange(container: MedusaContainer, change: SalesPointChange, now: Date) {
  const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
  const [point] = await ocop.listSalesPoints({ id: change.sales_point_id }, { take: 1 })
  if (!point) throw refuse("INVALID_DATA", `Không có điểm bán ${change.sales_point_id}`, `there is no sales point ${change.sales_point_id}`, "sales_point_unknown")
  const linked = ((await salesPointsOf(container, [change.product_id])).get(change.product_id) ?? []).some((p) => p.id === point.id)
  if (change.action === "add") {
    if (!point.active || !(PLACEABLE_SALES_POINT_TYPES as string[]).includes(point.type)) {
      throw refuse("NOT_ALLOWED", `${point.name} không nhận thêm sản phẩm`, `${point.name} takes no new products`, "sales_point_closed")
    }
    if (!(await isShowableNow(container, change.product_id, now))) {
      throw refuse(
        "NOT_ALLOWED",
        "Chỉ sản phẩm có chứng nhận OCOP còn hiệu lực, từ 3 sao, mới được bày bán tại điểm bán",
        "only a product with a valid OCOP certificate of 3 stars or more can be sold at a sales point",
        "not_certified"
      )
    }
  }
  return { point: point as Row, linked }
}

/**
 * Checks a producer's request before it is filed: the rules above, plus what is already so (the product there
 * for an add, not there for a remove) and a request of the same product and place still waiting.
 */
export async function refuseSalesPointRequest(container: MedusaContainer, change: SalesPointChange, now = new Date()) {
  const { point, linked } = await checkSalesPointChange(container, change, now)
  const waiting = (await pendingRequests(container, { product_id: change.product_id })).some((r) => r.changes?.sales_point_id === point.id)
  if (waiting) {
    throw refuse("INVALID_DATA", `Đã có yêu cầu cho ${point.name} đang chờ duyệt`, `a request for ${point.name} is already waiting for review`, "change_pending")
  }
  if (change.action === "add" && linked) throw refuse("INVALID_DATA", `Sản phẩm đã được bán tại ${point.name}`, `the product is already sold at ${point.name}`, "already_there")
  if (change.action === "remove" && !linked) throw refuse("INVALID_DATA", `Sản phẩm không được bán tại ${point.name}`, `the product is not sold at ${point.name}`, "not_there")
  return { kind: kindOf(change.action), changes: { sales_point_id: point.id as string } }
}

/**
 * An approved request applied: the product's sales points with this one added or taken off, through
 * `setProductSalesPointsWorkflow` (the link, then the catalogue's projection, so the store's sales-point page and
 * the product's "where to buy" follow). Keyed by the product, not the sales point: only this product's links are
 * rewritten, so a change the admin made meanwhile to the sales point's other products is never undone. What is
 * already so (added or taken off by the admin meanwhile) passes as done.
 */
export async function applySalesPointChange(container: MedusaContainer, change: SalesPointChange, now = new Date()) {
  const { point, linked } = await checkSalesPointChange(container, change, now)
  if ((change.action === "add") === linked) return
  const current = ((await salesPointsOf(container, [change.product_id])).get(change.product_id) ?? []).map((p) => p.id as string)
  const sales_point_ids = change.action === "add" ? [...current, point.id] : current.filter((id) => id !== point.id)
  await setProductSalesPointsWorkflow(container).run({ input: { product_id: change.product_id, sales_point_ids } })
}

/** A queue row's kind and changes as the change it stands for. */
export function salesPointChangeOf(request: { kind: string; product_id: string; changes: unknown }): SalesPointChange {
  return { product_id: request.product_id, sales_point_id: String((request.changes as Row)?.sales_point_id ?? ""), action: actionOf(request.kind) }
}

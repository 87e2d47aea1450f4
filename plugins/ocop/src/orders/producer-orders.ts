/**
 * A producer's orders, as its list shows them (the `producer_order` read model) and as one order opens: its own
 * lines, where and to whom it goes, how it is paid and the commission on it. Only the producer's own orders are
 * ever read: the producer scopes every query, and another producer's order is the same 404 as none.
 */
import { amount } from "./amount"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import OrderProducerLink from "../links/order-producer"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { nextSteps, parcelProgress, parcelState, PROGRESS_FIELDS, type Delivery, type ParcelState } from "./fulfilment"
import { parcelPaymentsOf, pickupOptionIds } from "./order-groups"

export { pickupOptionIds }

type Row = Record<string, any>

/** What a row of the list is made of. */
export const PRODUCER_ORDER_ROW_FIELDS = ["id", "display_id", "status", "currency_code", "total", "created_at", "items.quantity", "shipping_methods.shipping_option_id"]

export function producerOrderRow(order: Row, owner: { producer_id: string; order_group_id: string }, pickups: Set<string>) {
  const pickup = (order.shipping_methods ?? []).some((m: Row) => pickups.has(m?.shipping_option_id))
  return {
    order_id: order.id as string,
    producer_id: owner.producer_id,
    order_group_id: owner.order_group_id,
    display_id: amount(order.display_id),
    status: order.status as string,
    item_count: (order.items ?? []).reduce((sum: number, item: Row) => sum + amount(item?.quantity ?? 0), 0),
    total: amount(order.total),
    currency_code: order.currency_code as string,
    delivery: (pickup ? "pickup" : "home") as "home" | "pickup",
    placed_at: new Date(order.created_at),
  }
}

/**
 * Brings the list's rows of these orders in step with Medusa's (after a cancellation, completion, archiving, or a
 * fulfilment step: where the parcel is).
 */
export async function refreshProducerOrders(container: MedusaContainer, orderIds: string[]) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const rows = await marketplace.listProducerOrders({ order_id: orderIds })
  if (!rows.length) return 0
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "total", ...PROGRESS_FIELDS], filters: { id: rows.map((r) => r.order_id) } })
  const byId = new Map((data as Row[]).map((o) => [o.id, o]))
  const changes = rows
    .filter((row) => byId.has(row.order_id))
    .map((row) => {
      const order = byId.get(row.order_id)!
      return { id: row.id, status: order.status, total: amount(order.total), state: parcelState(order) }
    })
  if (changes.length) await marketplace.updateProducerOrders(changes)
  return changes.length
}

const shapeRow = (row: Row) => ({
  id: row.order_id,
  display_id: row.display_id,
  order_group_id: row.order_group_id,
  status: row.status,
  item_count: row.item_count,
  total: amount(row.total),
  currency_code: row.currency_code,
  delivery: row.delivery,
  state: row.state,
  placed_at: row.placed_at,
})

/** The producer's orders, newest first, a page at a time, of one status or where the parcel is if asked. */
export async function listProducerOrders(
  container: MedusaContainer,
  producerId: string,
  page: { limit: number; offset: number; status?: string; state?: ParcelState }
) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const [rows, count] = await marketplace.listAndCountProducerOrders(
    { producer_id: producerId, ...(page.status ? { status: page.status } : {}), ...(page.state ? { state: page.state } : {}) },
    { take: page.limit, skip: page.offset, order: { placed_at: "DESC", id: "DESC" } }
  )
  return { orders: rows.map(shapeRow), count, limit: page.limit, offset: page.offset }
}

const DETAIL_FIELDS = [
  "id", "display_id", "status", "created_at", "currency_code", "total", "item_total", "shipping_total", "tax_total", "discount_total",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.variant_sku", "items.product_id", "items.variant_id",
  "items.thumbnail", "items.quantity", "items.unit_price", "items.total",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", "shipping_address.address_1",
  "shipping_address.address_2", "shipping_address.city", "shipping_address.province", "shipping_address.metadata",
  "shipping_methods.name", "shipping_methods.amount", "shipping_methods.shipping_option_id", "shipping_methods.data",
  "payment_collections.id", "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount",
  "payment_collections.payment_sessions.provider_id",
  ...PROGRESS_FIELDS,
]

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy đơn hàng / order ${id} not found`)

/**
 * One of the producer's orders: what it must pack and where it goes (the shopper's name, phone and address, not
 * her e-mail: the marketplace speaks to her), how it is paid, and the commission on each line.
 */
export async function loadProducerOrder(container: MedusaContainer, producerId: string, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: OrderProducerLink.entryPoint,
    fields: ["order_id"],
    filters: { order_id: orderId, producer_id: producerId },
  })
  if (!links.length) throw notFound(orderId)
  const { data } = await query.graph({ entity: "order", fields: [...DETAIL_FIELDS, "order_group.id", "order_group.display_id", "order_group.payment_mode", "order_group.parcel_count"], filters: { id: orderId } })
  const order = data[0] as Row | undefined
  if (!order) throw notFound(orderId)
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const commission = await marketplace.listCommissionLines({ order_id: orderId })
  const commissionOf = new Map(commission.map((line) => [line.line_item_id, line]))
  const [payment] = await parcelPaymentsOf(container, [order], order.order_group ?? null)
  const address = order.shipping_address ?? {}
  const pickups = await pickupOptionIds(container, [order])
  const delivery: Delivery = (order.shipping_methods ?? []).some((m: Row) => pickups.has(m?.shipping_option_id)) ? "pickup" : "home"
  const progress = parcelProgress(order)
  return {
    id: order.id,
    display_id: order.display_id,
    status: order.status,
    ...progress,
    next_steps: nextSteps(progress.state, delivery),
    placed_at: order.created_at,
    currency_code: order.currency_code,
    order_group: order.order_group
      ? { id: order.order_group.id, display_id: order.order_group.display_id, parcel_count: order.order_group.parcel_count }
      : null,
    items: (order.items ?? []).filter(Boolean).map((item: Row) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variant_title: item.variant_title ?? null,
      sku: item.variant_sku ?? null,
      product_id: item.product_id,
      variant_id: item.variant_id,
      thumbnail: item.thumbnail ?? null,
      quantity: amount(item.quantity),
      unit_price: amount(item.unit_price),
      total: amount(item.total),
      commission: commissionOf.has(item.id)
        ? { rate: amount(commissionOf.get(item.id)!.rate), amount: amount(commissionOf.get(item.id)!.amount) }
        : null,
    })),
    delivery: {
      kind: delivery,
      name: order.shipping_methods?.[0]?.name ?? null,
      amount: amount(order.shipping_total ?? 0),
      recipient: [address.last_name, address.first_name].filter(Boolean).join(" ") || null,
      phone: address.phone ?? null,
      address: [address.address_1, address.address_2, address.city].filter(Boolean).join(", ") || null,
      province: address.province ?? null,
      ward_code: address.metadata?.ward_code ?? null,
    },
    payment,
    fulfillments: (order.fulfillments ?? []).filter(Boolean).map((f: Row) => ({
      id: f.id,
      packed_at: f.packed_at ?? null,
      shipped_at: f.shipped_at ?? null,
      delivered_at: f.delivered_at ?? null,
      canceled_at: f.canceled_at ?? null,
    })),
    totals: {
      item_total: amount(order.item_total),
      shipping_total: amount(order.shipping_total),
      total: amount(order.total),
      commission: commission.reduce((sum, line) => sum + amount(line.amount), 0),
    },
  }
}

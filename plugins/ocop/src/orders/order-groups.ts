/**
 * A purchase as its shopper reads it (docs/store-api.md): the order group with its number, totals and payment,
 * and each producer's parcel (its producer, lines, delivery, totals, payment and where it is). Reached from any
 * of its orders, read only by whom decision 026 lets read that order (orders/order-access.ts).
 */
import { amount } from "./amount"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DISCOUNT_FIELDS, discountsOf, discountTotal } from "./discounts"
import { parcelProgress, PROGRESS_FIELDS } from "./fulfilment"
import { shopperCancelRefusal } from "./shopper-cancel"

type Row = Record<string, any>

const PARCEL_FIELDS = [
  "id", "display_id", "status", "created_at", "email", "currency_code", "item_total", "original_item_total", "shipping_total", "total",
  ...DISCOUNT_FIELDS,
  "items.id", "items.title", "items.product_title", "items.product_handle", "items.variant_id", "items.variant_title", "items.thumbnail",
  "items.quantity", "items.unit_price", "items.total", "items.original_total",
  "shipping_methods.name", "shipping_methods.shipping_option_id",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.phone", "shipping_address.address_1",
  "shipping_address.city", "shipping_address.province", "shipping_address.metadata",
  "payment_collections.id", "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount",
  "payment_collections.payment_sessions.provider_id",
  ...PROGRESS_FIELDS,
  "producer.id", "producer.handle", "producer.name",
]

const GROUP_FIELDS = [
  "id", "display_id", "created_at", "email", "currency_code", "parcel_count", "payment_mode", "item_total", "shipping_total", "total",
  "payment_collection.id", "payment_collection.status", "payment_collection.amount", "payment_collection.captured_amount",
  "payment_collection.payment_sessions.provider_id",
]

export type ParcelPayment = {
  /** `once`: the purchase is paid in one payment that covers this parcel; `per_parcel`: this parcel's own. */
  mode: "once" | "per_parcel"
  provider_id: string | null
  status: string | null
  /** What the payment is for: the whole purchase (`once`) or this parcel. */
  amount: number | null
  paid: boolean
}

const paymentFrom = (collection: Row | null | undefined, mode: ParcelPayment["mode"]): ParcelPayment => ({
  mode,
  provider_id: collection?.payment_sessions?.find(Boolean)?.provider_id ?? null,
  status: collection?.status ?? null,
  amount: collection ? amount(collection.amount) : null,
  paid: !!collection && amount(collection.captured_amount ?? 0) >= amount(collection.amount ?? 0) && amount(collection.amount) > 0,
})

/**
 * How each order is paid: by its own payment collection (a purchase of one parcel, or cash to each courier), or by
 * the purchase's one payment (VietQR transfer, card) on the group.
 */
export async function parcelPaymentsOf(
  container: MedusaContainer,
  orders: Row[],
  group: { id: string; payment_mode?: string } | null
): Promise<ParcelPayment[]> {
  let groupCollection: Row | null = null
  if (group && orders.some((order) => !(order.payment_collections ?? []).filter(Boolean).length)) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order_group", fields: GROUP_FIELDS, filters: { id: group.id } })
    groupCollection = (data[0] as Row | undefined)?.payment_collection ?? null
  }
  return orders.map((order) => {
    const own = (order.payment_collections ?? []).filter(Boolean) as Row[]
    if (own.length) return paymentFrom(own[0], group?.payment_mode === "per_parcel" ? "per_parcel" : "once")
    return paymentFrom(groupCollection, "once")
  })
}

/** The ids of the orders of an order's purchase (itself alone when it has none), and the group if any. */
export async function purchaseOfOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "order_group.id", "order_group.orders.id"], filters: { id: orderId } })
  const order = data[0] as Row | undefined
  if (!order) return null
  const group = order.order_group ?? null
  return { group_id: (group?.id as string | undefined) ?? null, order_ids: group ? ((group.orders ?? []).filter(Boolean).map((o: Row) => o.id) as string[]) : [orderId] }
}

/** The purchase an order belongs to, as the store shows it; null for an unknown order. */
export async function loadPurchase(container: MedusaContainer, orderId: string) {
  const purchase = await purchaseOfOrder(container, orderId)
  if (!purchase) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: groups }] = await Promise.all([
    query.graph({ entity: "order", fields: PARCEL_FIELDS, filters: { id: purchase.order_ids } }),
    purchase.group_id ? query.graph({ entity: "order_group", fields: GROUP_FIELDS, filters: { id: purchase.group_id } }) : Promise.resolve({ data: [] }),
  ])
  const group = (groups[0] as Row | undefined) ?? null
  // Parcels in the order they were placed: the first carries the purchase's number.
  const parcels = (orders as Row[]).sort((a, b) => amount(a.display_id) - amount(b.display_id))
  const first = parcels[0]!
  const payments = await parcelPaymentsOf(container, parcels, group as { id: string; payment_mode?: string } | null)
  const pickups = await pickupOptionIds(container, parcels)
  const address = first.shipping_address ?? {}
  const discounts = discountsOf(parcels)
  const whole = {
    id: group?.id ?? null,
    display_id: group ? amount(group.display_id) : amount(first.display_id),
    placed_at: group?.created_at ?? first.created_at,
    email: group?.email ?? first.email ?? null,
    currency_code: group?.currency_code ?? first.currency_code,
    parcel_count: parcels.length,
    payment_mode: (group?.payment_mode ?? "once") as "once" | "per_parcel",
    payment: group?.payment_collection ? paymentFrom(group.payment_collection, "once") : parcels.length === 1 ? payments[0]! : null,
    shipping_address: {
      name: [address.last_name, address.first_name].filter(Boolean).join(" ") || null,
      phone: address.phone ?? null,
      address_1: address.address_1 ?? null,
      city: address.city ?? null,
      province: address.province ?? null,
      ward_code: address.metadata?.ward_code ?? null,
    },
    // `item_total` is after discounts (Medusa's); the lines before them and each code's discount show how it came about.
    totals: {
      ...(group
        ? { item_total: amount(group.item_total), shipping_total: amount(group.shipping_total), total: amount(group.total) }
        : { item_total: amount(first.item_total), shipping_total: amount(first.shipping_total), total: amount(first.total) }),
      original_item_total: parcels.reduce((sum, order) => sum + amount(order.original_item_total ?? order.item_total), 0),
      discount_total: discountTotal(discounts),
    },
    discounts,
    parcels: parcels.map((order, i) => ({
      order_id: order.id as string,
      display_id: amount(order.display_id),
      status: order.status as string,
      ...parcelProgress(order),
      producer: order.producer ? { id: order.producer.id, handle: order.producer.handle, name: order.producer.name } : null,
      items: ((order.items ?? []) as Row[]).filter(Boolean).map((item) => ({
        id: item.id,
        title: item.product_title ?? item.title,
        product_title: item.product_title ?? null,
        variant_id: item.variant_id ?? null,
        variant_title: item.variant_title ?? null,
        product_handle: item.product_handle ?? null,
        thumbnail: item.thumbnail ?? null,
        quantity: amount(item.quantity),
        unit_price: amount(item.unit_price),
        total: amount(item.total),
        original_total: amount(item.original_total ?? item.total),
      })),
      shipping: {
        kind: ((order.shipping_methods ?? []) as Row[]).some((m) => pickups.has(m?.shipping_option_id)) ? "pickup" : "home",
        name: order.shipping_methods?.[0]?.name ?? null,
        amount: amount(order.shipping_total ?? 0),
      },
      totals: {
        item_total: amount(order.item_total),
        original_item_total: amount(order.original_item_total ?? order.item_total),
        discount_total: discountTotal(discountsOf([order])),
        shipping_total: amount(order.shipping_total),
        total: amount(order.total),
      },
      discounts: discountsOf([order]),
      payment: payments[i]!,
    })),
  }
  // Whether its shopper may still cancel it herself, and why not: the page offers the button only when she may.
  const refusal = shopperCancelRefusal(whole)
  return { ...whole, shopper_cancel: { allowed: !refusal, reason: refusal } }
}

/** The shipping options among the orders' that are pickups at a sales point. */
export async function pickupOptionIds(container: MedusaContainer, orders: Row[]): Promise<Set<string>> {
  const ids = [...new Set(orders.flatMap((order) => (order.shipping_methods ?? []).map((m: Row) => m?.shipping_option_id)).filter(Boolean))]
  if (!ids.length) return new Set()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["id", "service_zone.fulfillment_set.type"], filters: { id: ids } })
  return new Set((data as Row[]).filter((o) => o?.service_zone?.fulfillment_set?.type === "pickup").map((o) => o.id as string))
}

import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Row = Record<string, any>
const amount = (value: unknown) => Number(value ?? 0)

export type PurchaseSummary = {
  id: string | null
  display_id: number
  /** Every parcel's order, in the order they were placed: the history shows them as one purchase. */
  order_ids: string[]
  total: number
  items: { id: string; title: string; product_title: string | null; variant_id: string | null; quantity: number }[]
}

/**
 * The purchases (plugins' order groups) the customer's own orders belong to, one per purchase however many of its
 * orders were asked for; an order of another customer is left out, as if it did not exist. A purchase's number is
 * its first parcel's (models/order-group.ts), its total the sum of its parcels'.
 */
export async function purchasesOfOrders(container: MedusaContainer, customerId: string, orderIds: string[]): Promise<PurchaseSummary[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: asked } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "order_group.id"],
    filters: { id: orderIds, customer_id: customerId },
  })
  const groupIds = [...new Set((asked as Row[]).map((order) => order.order_group?.id).filter(Boolean))] as string[]
  const ungrouped = (asked as Row[]).filter((order) => !order.order_group?.id).map((order) => order.id as string)
  const fields = ["id", "display_id", "created_at", "total", "customer_id", "items.id", "items.title", "items.product_title", "items.variant_id", "items.quantity", "order_group.id"]
  const [{ data: groups }, { data: single }] = await Promise.all([
    groupIds.length ? query.graph({ entity: "order_group", fields: ["id", "display_id", "orders.id"], filters: { id: groupIds } }) : Promise.resolve({ data: [] }),
    ungrouped.length ? query.graph({ entity: "order", fields, filters: { id: ungrouped } }) : Promise.resolve({ data: [] }),
  ])
  const parcelIds = (groups as Row[]).flatMap((group) => ((group.orders ?? []) as Row[]).filter(Boolean).map((order) => order.id as string))
  const { data: parcels } = parcelIds.length ? await query.graph({ entity: "order", fields, filters: { id: parcelIds } }) : { data: [] }
  const summary = (id: string | null, display: number, orders: Row[]): PurchaseSummary => {
    const placed = [...orders].sort((a, b) => amount(a.display_id) - amount(b.display_id))
    return {
      id,
      display_id: display,
      order_ids: placed.map((order) => order.id as string),
      total: placed.reduce((sum, order) => sum + amount(order.total), 0),
      items: placed.flatMap((order) =>
        ((order.items ?? []) as Row[]).filter(Boolean).map((item) => ({
          id: item.id as string,
          title: item.title as string,
          product_title: item.product_title ?? null,
          variant_id: item.variant_id ?? null,
          quantity: amount(item.quantity),
        }))
      ),
    }
  }
  return [
    ...(groups as Row[]).map((group) => summary(group.id, amount(group.display_id), (parcels as Row[]).filter((order) => order.order_group?.id === group.id))),
    ...(single as Row[]).map((order) => summary(null, amount(order.display_id), [order])),
  ]
}

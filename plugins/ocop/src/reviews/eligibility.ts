/**
 * Who may review what (issue 21): a line of the customer's own order, of this product, that a fulfilment has
 * delivered (Medusa's `delivered_at`), not yet reviewed. Pure, so the rule is tested without a database; the
 * loader beside it reads the graph it judges.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type OrderGraph = {
  id: string
  display_id?: number | null
  status?: string | null
  customer_id?: string | null
  created_at?: string | Date | null
  items?: ({ id: string; product_id?: string | null; title?: string | null; variant_title?: string | null } | null)[] | null
  fulfillments?: ({
    delivered_at?: string | Date | null
    canceled_at?: string | Date | null
    items?: ({ line_item_id?: string | null } | null)[] | null
  } | null)[] | null
}

export type ReviewableLine = {
  order_line_id: string
  order_id: string
  order_display_id: number | null
  ordered_at: string | null
  variant_title: string | null
  delivered_at: string
}

/** The delivered lines of this product in these orders of the customer, oldest delivery first. */
export function deliveredLines(orders: OrderGraph[], customerId: string, productId: string): ReviewableLine[] {
  const lines: ReviewableLine[] = []
  for (const order of orders) {
    if (order.customer_id !== customerId || order.status === "canceled") continue
    const deliveredAt = new Map<string, Date>()
    for (const fulfillment of order.fulfillments ?? []) {
      if (!fulfillment?.delivered_at || fulfillment.canceled_at) continue
      const at = new Date(fulfillment.delivered_at)
      for (const item of fulfillment.items ?? []) {
        if (!item?.line_item_id) continue
        const seen = deliveredAt.get(item.line_item_id)
        if (!seen || at < seen) deliveredAt.set(item.line_item_id, at)
      }
    }
    for (const item of order.items ?? []) {
      if (!item || item.product_id !== productId) continue
      const at = deliveredAt.get(item.id)
      if (!at) continue
      lines.push({
        order_line_id: item.id,
        order_id: order.id,
        order_display_id: order.display_id ?? null,
        ordered_at: order.created_at ? new Date(order.created_at).toISOString() : null,
        variant_title: item.variant_title ?? null,
        delivered_at: at.toISOString(),
      })
    }
  }
  return lines.sort((a, b) => a.delivered_at.localeCompare(b.delivered_at))
}

/**
 * The customer's delivered lines of the product. A shopper's orders number in the tens, so all of hers are
 * read and judged here rather than filtered by product across the order module's tables.
 */
export async function loadDeliveredLines(container: MedusaContainer, customerId: string, productId: string): Promise<ReviewableLine[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "status", "customer_id", "created_at",
      "items.id", "items.product_id", "items.variant_title",
      "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id",
    ],
    filters: { customer_id: customerId },
  })
  return deliveredLines(data as unknown as OrderGraph[], customerId, productId)
}

/**
 * The name shown on a review: the given name and the family name's initial ("Lan N."), so a buyer is a person
 * and not an address. The storefront keeps the family name in `last_name` and the rest ("Thị Lan") in
 * `first_name`, whose last word is the given name; an account with the whole name in one field is read the
 * Vietnamese way too ("Nguyễn Thị Lan" → "Lan N.").
 */
export function authorName(firstName: string | null | undefined, lastName: string | null | undefined): string {
  const first = (firstName ?? "").trim().replace(/\s+/g, " ")
  const last = (lastName ?? "").trim().replace(/\s+/g, " ")
  const initial = (word: string) => (word ? `${Array.from(word)[0]!.toLocaleUpperCase("vi")}.` : "")
  if (first && last) return `${first.split(" ").pop()!} ${initial(last)}`
  const whole = first || last
  if (!whole) return ""
  const words = whole.split(" ")
  return words.length > 1 ? `${words[words.length - 1]} ${initial(words[0]!)}` : words[0]!
}

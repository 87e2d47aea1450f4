import { amount } from "../orders/amount"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { variantNames } from "../lib/variant-names"
import { orderPlacedMail } from "../notifications/mails"
import { DISCOUNT_FIELDS, discountsOf, discountTotal } from "../orders/discounts"
import { signOrderAccess } from "../orders/order-access"
import { MarketplaceEvents } from "../producers/events"

/** The shopper's one confirmation of a purchase, however many producers' parcels it became. */
export default async function confirmPurchase({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_group", fields: ["id", "display_id", "total", "orders.id"], filters: { id: event.data.id } })
  const group = data[0] as any
  if (!group) return
  await sendPurchaseConfirmation(container, {
    order_ids: ((group.orders ?? []) as any[]).filter(Boolean).map((o) => o.id),
    group: { id: group.id, display_id: amount(group.display_id), total: amount(group.total) },
    trigger: event.name,
  })
}

/** The confirmation mail of a purchase (or of an order placed outside one), through the "email" channel. */
export async function sendPurchaseConfirmation(
  container: SubscriberArgs["container"],
  purchase: { order_ids: string[]; group: { id: string; display_id: number; total: number } | null; trigger: string }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "total", "shipping_total",
      "items.title", "items.product_title", "items.variant_title", "items.variant_id", "items.quantity", "items.total", "items.original_total",
      ...DISCOUNT_FIELDS,
      "shipping_methods.name",
      "payment_collections.payment_sessions.provider_id",
      "order_group.payment_collection.payment_sessions.provider_id",
      "producer.name",
    ],
    filters: { id: purchase.order_ids },
  })
  const orders = (data as any[]).sort((a, b) => amount(a.display_id) - amount(b.display_id))
  const first = orders[0]
  if (!first?.email) return
  const providerId =
    first.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id ?? first.order_group?.payment_collection?.payment_sessions?.[0]?.provider_id ?? null
  // The English half names the lines as the English pages do.
  const variantIds = orders.flatMap((order) => ((order.items ?? []) as any[]).filter(Boolean).map((item) => item.variant_id))
  const english = new Map((await variantNames(container, variantIds, "en")).map((names) => [names.id, names]))
  const mail = orderPlacedMail({
    id: first.id,
    display_id: purchase.group?.display_id ?? amount(first.display_id),
    email: first.email,
    total: purchase.group?.total ?? amount(first.total),
    discounts: discountsOf(orders),
    parcels: orders.map((order) => ({
      display_id: amount(order.display_id),
      producer_name: order.producer?.name ?? null,
      items: (order.items ?? []).filter(Boolean).map((item: any) => ({
        title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
        title_en: english.has(item.variant_id)
          ? [english.get(item.variant_id)!.product_title, english.get(item.variant_id)!.title].filter(Boolean).join(" · ")
          : undefined,
        quantity: amount(item.quantity),
        // Before discounts: the mail shows each code's discount on a line of its own.
        total: amount(item.original_total ?? item.total),
      })),
      delivery: order.shipping_methods?.[0]?.name ?? null,
      shipping_total: amount(order.shipping_total ?? 0),
      discount_total: discountTotal(discountsOf([order])),
      total: amount(order.total),
    })),
    payment_provider_id: providerId,
    access_token: signOrderAccess(container, purchase.group?.id ?? first.id).token,
  })
  const resource = purchase.group?.id ?? first.id
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: first.email,
    channel: "email",
    template: "ocop-order-placed",
    trigger_type: purchase.trigger,
    resource_id: resource,
    resource_type: purchase.group ? "order_group" : "order",
    // A redelivered event must not mail the shopper twice.
    idempotency_key: `ocop-order-placed-${resource}`,
    data: {
      subject: mail.subject,
      text: mail.text,
      order_id: first.id,
      order_group_id: purchase.group?.id ?? null,
      display_id: purchase.group?.display_id ?? first.display_id,
      link: mail.link,
    },
  })
}

export const config: SubscriberConfig = {
  event: MarketplaceEvents.ORDER_GROUP_PLACED,
  context: { subscriberId: "ocop-confirm-purchase" },
}

import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { variantNames } from "../lib/variant-names"
import { orderPlacedMail } from "../notifications/mails"
import { signOrderAccess } from "../orders/order-access"

/** The shopper's order confirmation, through the notification module's "email" channel. */
export default async function confirmOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "total",
      "items.title", "items.product_title", "items.variant_title", "items.variant_id", "items.quantity", "items.total",
      "shipping_methods.name",
      "payment_collections.payment_sessions.provider_id",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as any
  if (!order?.email) return
  // The English half names the lines as the English pages do.
  const english = new Map(
    (await variantNames(container, (order.items ?? []).map((item: any) => item.variant_id), "en")).map((names) => [names.id, names])
  )
  const mail = orderPlacedMail({
    id: order.id,
    display_id: order.display_id,
    email: order.email,
    total: Number(order.total),
    items: (order.items ?? []).map((item: any) => ({
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      title_en: english.has(item.variant_id)
        ? [english.get(item.variant_id)!.product_title, english.get(item.variant_id)!.title].filter(Boolean).join(" · ")
        : undefined,
      quantity: Number(item.quantity),
      total: Number(item.total),
    })),
    delivery: order.shipping_methods?.[0]?.name ?? null,
    payment_provider_id: order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id ?? null,
    access_token: signOrderAccess(container, order.id).token,
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "ocop-order-placed",
    trigger_type: event.name,
    resource_id: order.id,
    resource_type: "order",
    // A redelivered event must not mail the shopper twice.
    idempotency_key: `ocop-order-placed-${order.id}`,
    data: { subject: mail.subject, text: mail.text, order_id: order.id, display_id: order.display_id, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "ocop-confirm-order" },
}

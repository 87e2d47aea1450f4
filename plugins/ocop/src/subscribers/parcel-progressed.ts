import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { parcelProgressMail } from "../notifications/parcel-mails"
import { amount } from "../orders/amount"
import { FULFILMENT_STEPS, parcelProgress, PROGRESS_FIELDS, type FulfilmentStep } from "../orders/fulfilment"
import { signOrderAccess } from "../orders/order-access"
import { parcelPaymentsOf, pickupOptionIds } from "../orders/order-groups"
import { MarketplaceEvents } from "../producers/events"

/** Each fulfilment step of a producer's parcel, told to the shopper who placed the purchase. */
export default async function mailParcelProgress({ event, container }: SubscriberArgs<{ id: string; step: FulfilmentStep }>) {
  const { id, step } = event.data
  if (!FULFILMENT_STEPS.includes(step)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "total", ...PROGRESS_FIELDS,
      "items.title", "items.product_title", "items.variant_title", "items.quantity",
      "shipping_methods.name", "shipping_methods.shipping_option_id",
      "payment_collections.id", "payment_collections.status", "payment_collections.amount", "payment_collections.captured_amount",
      "payment_collections.payment_sessions.provider_id",
      "order_group.id", "order_group.display_id", "order_group.parcel_count", "order_group.payment_mode",
      "producer.name",
    ],
    filters: { id },
  })
  const order = data[0] as any
  if (!order?.email) return
  const group = order.order_group ?? null
  const [payment] = await parcelPaymentsOf(container, [order], group)
  const pickup = (await pickupOptionIds(container, [order])).size > 0
  const progress = parcelProgress(order)
  const mail = parcelProgressMail({
    step,
    order_id: order.id,
    display_id: amount(order.display_id),
    purchase_display_id: group ? amount(group.display_id) : null,
    parcel_count: group ? amount(group.parcel_count) : 1,
    producer_name: order.producer?.name ?? null,
    items: ((order.items ?? []) as any[]).filter(Boolean).map((item) => ({
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      quantity: amount(item.quantity),
    })),
    tracking: progress.tracking,
    pickup_place: pickup ? (order.shipping_methods?.[0]?.name ?? null) : null,
    cash_due: payment?.provider_id === "pp_system_default" && !payment.paid ? amount(order.total) : null,
    cancel_reason: progress.cancel_reason,
    access_token: signOrderAccess(container, group?.id ?? order.id).token,
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "ocop-parcel-progress",
    trigger_type: event.name,
    resource_id: order.id,
    resource_type: "order",
    // A redelivered event must not mail the shopper twice about the same step.
    idempotency_key: `ocop-parcel-${step}-${order.id}`,
    data: { subject: mail.subject, text: mail.text, order_id: order.id, step, state: progress.state, tracking: progress.tracking, link: mail.link },
  })
}

export const config: SubscriberConfig = {
  event: MarketplaceEvents.PARCEL_PROGRESSED,
  context: { subscriberId: "ocop-mail-parcel-progress" },
}

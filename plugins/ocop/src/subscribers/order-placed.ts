import { amount } from "../orders/amount"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_MODULE } from "../modules/marketplace"
import type MarketplaceModuleService from "../modules/marketplace/service"
import { findProvince } from "../modules/ocop/places"
import { producerNewOrderMail } from "../notifications/mails"
import { pickupOptionIds } from "../orders/order-groups"
import { sendPurchaseConfirmation } from "./order-group-placed"

/**
 * A new order: its producer's team hears of it (one mail to each member still on the team). The shopper's
 * confirmation is the purchase's, sent once for all its parcels (order-group-placed.ts); an order outside any
 * purchase (placed from Medusa's admin) is confirmed to its shopper here, alone.
 */
export default async function onOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id", "display_id", "email", "total",
      "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.total",
      "shipping_methods.name", "shipping_methods.shipping_option_id", "shipping_address.province",
      "payment_collections.payment_sessions.provider_id",
      "order_group.id", "order_group.payment_mode",
      "producer.id", "producer.name",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as any
  if (!order) return
  if (!order.order_group) await sendPurchaseConfirmation(container, { order_ids: [order.id], group: null, trigger: event.name })
  if (order.producer) await mailProducerTeam(container, order, event.name)
}

async function mailProducerTeam(container: SubscriberArgs["container"], order: any, trigger: string) {
  const marketplace = container.resolve<MarketplaceModuleService>(MARKETPLACE_MODULE)
  const members = await marketplace.listProducerMembers({ producer_id: order.producer.id, removed_at: null })
  if (!members.length) return
  const pickup = (await pickupOptionIds(container, [order])).size > 0
  const mail = producerNewOrderMail({
    order_id: order.id,
    display_id: amount(order.display_id),
    producer_name: order.producer.name,
    items: (order.items ?? []).filter(Boolean).map((item: any) => ({
      title: [item.product_title ?? item.title, item.variant_title].filter(Boolean).join(" · "),
      quantity: amount(item.quantity),
      total: amount(item.total),
    })),
    delivery: {
      kind: pickup ? "pickup" : "home",
      name: order.shipping_methods?.[0]?.name ?? null,
      place: pickup ? (order.shipping_methods?.[0]?.name ?? null) : (findProvince(order.shipping_address?.province)?.name ?? null),
    },
    total: amount(order.total),
    cash_on_delivery: order.order_group?.payment_mode === "per_parcel" || order.payment_collections?.[0]?.payment_sessions?.[0]?.provider_id === "pp_system_default",
  })
  await container.resolve(Modules.NOTIFICATION).createNotifications(
    members.map((member) => ({
      to: member.email,
      channel: "email",
      template: "ocop-producer-new-order",
      trigger_type: trigger,
      resource_id: order.id,
      resource_type: "order",
      // A redelivered event must not mail the team twice.
      idempotency_key: `ocop-producer-new-order-${order.id}-${member.id}`,
      data: { subject: mail.subject, text: mail.text, order_id: order.id, display_id: order.display_id, link: mail.link },
    }))
  )
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "ocop-confirm-order" },
}

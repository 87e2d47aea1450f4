import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { refreshProducerOrders } from "../orders/producer-orders"
import { MarketplaceEvents } from "../producers/events"

/**
 * Producers' order lists follow Medusa's order status (cancelled, completed or archived orders show so) and where
 * each parcel is after a fulfilment step.
 */
export default async function keepProducerOrdersInStep({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = [event.data].flat().map((d) => d?.id).filter((id): id is string => typeof id === "string")
  if (ids.length) await refreshProducerOrders(container, ids)
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.CANCELED, OrderWorkflowEvents.COMPLETED, OrderWorkflowEvents.ARCHIVED, MarketplaceEvents.PARCEL_PROGRESSED],
  context: { subscriberId: "ocop-producer-orders-in-step" },
}

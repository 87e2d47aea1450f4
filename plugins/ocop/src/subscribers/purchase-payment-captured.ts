import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IOrderModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentEvents } from "@medusajs/framework/utils"
import OrderGroupPaymentCollection from "../links/order-group-payment-collection"
import { amount } from "../orders/amount"
import { capturedShares } from "../workflows/orders/complete-cart-in-parcels"

/**
 * A purchase paid once (VietQR transfer, card) holds its payment on the order group, not on an order, so Medusa's
 * capture records it on no order. This records each capture on the purchase's orders, each its share in
 * proportion to its total, once (a capture already recorded is skipped).
 */
export default async function recordPurchaseCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "payment_collection_id", "captures.id", "captures.amount", "captures.raw_amount"],
    filters: { id: event.data.id },
  })
  const payment = payments[0] as any
  if (!payment?.payment_collection_id) return
  const { data: links } = await query.graph({
    entity: OrderGroupPaymentCollection.entryPoint,
    fields: ["order_group_id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  const groupId = (links[0] as any)?.order_group_id
  if (!groupId) return
  const { data: groups } = await query.graph({ entity: "order_group", fields: ["orders.id", "orders.total", "orders.display_id"], filters: { id: groupId } })
  const orders = (((groups[0] as any)?.orders ?? []) as any[]).filter(Boolean).sort((a, b) => a.display_id - b.display_id)
  if (!orders.length) return
  const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
  const captureIds = (payment.captures ?? []).filter(Boolean).map((c: any) => c.id)
  const recorded = captureIds.length ? await orderModule.listOrderTransactions({ reference_id: captureIds }) : []
  const done = new Set(recorded.map((t: any) => t.reference_id))
  const fresh = { ...payment, captures: (payment.captures ?? []).filter((c: any) => c && !done.has(c.id)) }
  const shares = capturedShares(fresh, orders.map((o) => ({ id: o.id, total: amount(o.total) })))
  if (shares.length) await orderModule.addOrderTransactions(shares as any)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "ocop-record-purchase-capture" },
}

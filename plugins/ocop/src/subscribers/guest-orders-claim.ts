import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { CustomerEvents } from "../customers/events"
import { CLAIM_LINK_DAYS, listGuestOrders, registeredCustomer } from "../customers/guest-orders"
import { guestOrdersClaimMail } from "../notifications/mails"

type ClaimPayload = { customer_id: string; order_ids: string[] }

/**
 * One mail for every order of a claim (not Medusa's one `order.transfer_requested` per order), to the orders'
 * own e-mail: reading it is what proves the shopper owns that address.
 */
export default async function mailGuestOrdersClaim({ event, container }: SubscriberArgs<ClaimPayload>) {
  const customer = await registeredCustomer(container, event.data.customer_id)
  const asked = new Set(event.data.order_ids)
  const orders = (await listGuestOrders(container, customer)).filter((order) => asked.has(order.id) && order.request)
  if (!orders.length) return
  const mail = guestOrdersClaimMail(
    orders.map((order) => ({ display_id: order.display_id, created_at: order.created_at, token: order.request!.token })),
    CLAIM_LINK_DAYS
  )
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: orders[0]!.email,
    channel: "email",
    template: "ocop-guest-orders-claim",
    trigger_type: event.name,
    resource_id: customer.id,
    resource_type: "customer",
    data: { subject: mail.subject, text: mail.text, link: mail.link, display_ids: orders.map((order) => order.display_id) },
  })
}

export const config: SubscriberConfig = {
  event: CustomerEvents.GUEST_ORDERS_CLAIM_REQUESTED,
  context: { subscriberId: "ocop-mail-guest-orders-claim" },
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLAIM_LINK_DAYS, isExpired, listGuestOrders, registeredCustomer } from "../../../../../../customers/guest-orders"
import { requestGuestOrderClaimWorkflow } from "../../../../../../workflows/request-guest-order-claim"

/**
 * How many orders were placed as a guest with this account's e-mail, and how many of them wait for the link
 * already mailed. Only counts: the orders themselves are shown once the e-mail's owner has followed the link.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const orders = (await listGuestOrders(req.scope, customer)).filter((order) => !order.busy)
  const waiting = orders.filter((order) => order.request && !isExpired(order.request.requested_at))
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ guest_orders: { count: orders.length, link_sent: waiting.length, link_days: CLAIM_LINK_DAYS } })
}

/**
 * Mails the account's e-mail one link that adds those orders: a transfer request per order (Medusa's), the
 * tokens in one mail (subscribers/guest-orders-claim.ts). Asking again replaces the link.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const { result } = await requestGuestOrderClaimWorkflow(req.scope).run({ input: { customer_id: customer.id } })
  res.setHeader("Cache-Control", "private, no-store")
  res.status(202).json({ guest_orders: { requested: result.length, link_days: CLAIM_LINK_DAYS } })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { isExpired, listGuestOrders, registeredCustomer } from "../../../../../../../customers/guest-orders"
import type { StoreOcopAcceptGuestOrdersType } from "../../../validators"

/**
 * Follows the mailed link: every token must be one this account asked for and still open, or nothing is
 * accepted. Medusa's own `/store/orders/:id/transfer/accept` takes a token from anyone; here the token must
 * also come with the login of the account it was asked for, so a mailbox owner who clicks a link meant to
 * hand her orders to someone else's account (registered with her e-mail) gives nothing away.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreOcopAcceptGuestOrdersType>, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const tokens = [...new Set(req.validatedBody.tokens)]
  const requested = new Map(
    (await listGuestOrders(req.scope, customer)).flatMap((order) => (order.request ? [[order.request.token, { ...order, request: order.request }] as const] : []))
  )
  const orders = tokens.map((token) => requested.get(token))
  if (orders.some((order) => !order)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Liên kết không hợp lệ, đã dùng, đã được thay bằng liên kết mới hơn, hoặc dành cho tài khoản khác / " +
        "the link is not valid, was used, was replaced by a newer one, or belongs to another account",
      "claim_link_invalid"
    )
  }
  const found = orders as NonNullable<(typeof orders)[number]>[]
  if (found.some((order) => isExpired(order.request.requested_at))) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Liên kết đã hết hạn, hãy yêu cầu liên kết mới / the link has expired, ask for a new one",
      "claim_link_expired"
    )
  }
  for (const order of found) {
    await acceptOrderTransferWorkflow(req.scope).run({ input: { order_id: order.id, token: order.request.token } })
  }
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ orders: found.map((order) => ({ id: order.id, display_id: order.display_id })) })
}

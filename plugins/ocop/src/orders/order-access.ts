/**
 * Who may read an order (docs/decisions/026-private-orders.md): its customer, when logged in to the account it
 * belongs to; or whoever holds an **order access token**, a signed and expiring proof that the backend hands to
 * the browser that placed the order (right after completion, against the completed cart) and writes into the
 * order's confirmation mail. An order id alone proves nothing: ids travel in URLs, logs and screenshots.
 * Anyone else learns the order's number and status, no more.
 *
 * A purchase of several producers' parcels (docs/decisions/018) has one token, signed for its order group: it
 * opens the purchase and each of its orders, as the one confirmation mail and the placing browser need. A token
 * signed for a single order (before purchases were split) still opens that order.
 */
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkToken, signToken } from "../lib/signed-token"

export const ORDER_TOKEN_HEADER = "x-ocop-order-token"
/** How long the placing browser and the confirmation mail's link can open the order. */
export const ORDER_ACCESS_DAYS = 30
/** How long after completion the placing browser may exchange its cart for the order's token. */
export const CART_EXCHANGE_MINUTES = 60

const DAY_MS = 24 * 60 * 60 * 1000
const PURPOSE = "order-access"

export function signOrderAccess(container: MedusaContainer, orderId: string, now = new Date()) {
  return signToken(container, PURPOSE, orderId, ORDER_ACCESS_DAYS * DAY_MS, now)
}

/** Whether the token opens this order now: well formed, signed by this backend for this order, not expired. */
export function verifyOrderAccess(container: MedusaContainer, orderId: string, token: unknown, now = new Date()): boolean {
  return checkToken(container, PURPOSE, orderId, token, now) === "valid"
}

type OrderHead = {
  id: string
  display_id: number
  status: string
  customer_id: string | null
  has_account: boolean
  order_group_id: string | null
}

async function orderHead(container: MedusaContainer, orderId: string): Promise<OrderHead | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "customer_id", "customer.has_account", "order_group.id"],
    filters: { id: orderId },
  })
  const order = data[0] as any
  if (!order) return null
  return {
    id: order.id,
    display_id: Number(order.display_id),
    status: order.status,
    customer_id: order.customer_id ?? null,
    has_account: !!order.customer?.has_account,
    order_group_id: order.order_group?.id ?? null,
  }
}

/** The order's customer, logged in; or the holder of a valid token for the order or for its purchase. */
export function mayReadOrder(container: MedusaContainer, order: OrderHead, actorId: string | undefined, token: unknown) {
  if (actorId && order.customer_id === actorId && order.has_account) return true
  return verifyOrderAccess(container, order.id, token) || (!!order.order_group_id && verifyOrderAccess(container, order.order_group_id, token))
}

/**
 * Middleware of `GET /store/orders/:id` and the plugin's order routes: the order to those who may read it;
 * for anyone else a 403 that carries only the number and status (so a shared link still tells its reader which
 * order it is and to log in or open the mail). Unknown ids go on to the route's own 404.
 */
export async function guardOrderRead(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const order = await orderHead(req.scope, req.params.id!)
    if (!order) return next()
    const actorId = (req as MedusaRequest & { auth_context?: { actor_id?: string; actor_type?: string } }).auth_context
    const customerId = actorId?.actor_type === "customer" ? actorId.actor_id : undefined
    if (mayReadOrder(req.scope, order, customerId, req.get(ORDER_TOKEN_HEADER))) return next()
    res.status(403).json({
      type: "not_allowed",
      message:
        "Chỉ người đặt đơn hàng này mới xem được chi tiết: hãy đăng nhập hoặc mở liên kết trong thư xác nhận / " +
        "only the shopper who placed this order can see its details: log in, or open the link in the confirmation mail",
      order: { id: order.id, display_id: order.display_id, status: order.status },
    })
  } catch (error) {
    next(error)
  }
}

/** Medusa's store-side order transfers: closed (the plugin's mailed claim is the way in, decision 014). */
export function refuseStoreTransfer(_req: MedusaRequest, res: MedusaResponse) {
  res.status(404).json({
    type: "not_found",
    message:
      "Không có chức năng này; để nhận đơn hàng đã đặt khi chưa đăng nhập, hãy dùng mục Đơn hàng trong tài khoản / " +
      "not available: to bring orders placed as a guest into an account, use Orders in the account",
  })
}

/**
 * The token for the purchase a cart became, to the browser that holds the cart: only while the completion is
 * fresh, since the storefront forgets the cart right after it. `order_id` is the purchase's first parcel (the
 * order the completion answered), `order_group_id` the purchase, which the token opens whole.
 */
export async function orderAccessForCart(container: MedusaContainer, cartId: string, now = new Date()) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: carts }, { data: groups }] = await Promise.all([
    query.graph({ entity: "cart", fields: ["id", "completed_at", "order.id"], filters: { id: cartId } }),
    query.graph({ entity: "order_group", fields: ["id", "orders.id", "orders.display_id"], filters: { cart_id: cartId } }),
  ])
  const cart = carts[0] as any
  if (!cart?.completed_at) return null
  if (now.getTime() - new Date(cart.completed_at).getTime() > CART_EXCHANGE_MINUTES * 60 * 1000) return null
  const group = groups[0] as any
  if (group) {
    const [first] = ((group.orders ?? []) as any[]).filter(Boolean).sort((a, b) => Number(a.display_id) - Number(b.display_id))
    if (!first) return null
    return { order_id: first.id as string, order_group_id: group.id as string, ...signOrderAccess(container, group.id, now) }
  }
  if (!cart.order?.id) return null
  return { order_id: cart.order.id as string, order_group_id: null, ...signOrderAccess(container, cart.order.id, now) }
}

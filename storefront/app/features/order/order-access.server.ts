/**
 * The proofs that open an order's page (docs/decisions/026-private-orders.md): the backend's order access tokens,
 * kept in an httpOnly cookie of the browser that placed the order (or that opened the confirmation mail's link),
 * newest first and at most ten; and the customer's login, passed on as it is.
 */
import { monthLongCookie } from "~/lib/cookies.server"
import { medusa } from "~/lib/medusa.server"

const KEPT = 10
const TOKEN = /^\d{10,13}\.[A-Za-z0-9_-]{43}$/
const ORDER_ID = /^order_[0-9A-Za-z]{10,40}$/

export const orderAccessCookie = monthLongCookie("ocop_orders")

type Kept = [orderId: string, token: string][]

async function keptTokens(request: Request): Promise<Kept> {
  const value = await orderAccessCookie.parse(request.headers.get("cookie")).catch(() => null)
  if (!Array.isArray(value)) return []
  return value.filter(
    (entry): entry is [string, string] =>
      Array.isArray(entry) && typeof entry[0] === "string" && ORDER_ID.test(entry[0]) && typeof entry[1] === "string" && TOKEN.test(entry[1])
  )
}

export function isOrderToken(value: unknown): value is string {
  return typeof value === "string" && TOKEN.test(value)
}

/** The token this browser keeps for the order, if any. */
export async function orderTokenFrom(request: Request, orderId: string): Promise<string | null> {
  return (await keptTokens(request)).find(([id]) => id === orderId)?.[1] ?? null
}

/** The Set-Cookie header that keeps this order's token in this browser. */
export async function rememberOrderCookie(request: Request, orderId: string, token: string): Promise<string> {
  const kept = (await keptTokens(request)).filter(([id]) => id !== orderId)
  return orderAccessCookie.serialize([[orderId, token], ...kept].slice(0, KEPT))
}

/** Right after completion: the order's token, in exchange for the cart this browser completed. */
export async function orderAccessForCart(cartId: string): Promise<string | null> {
  try {
    const { order_access } = await medusa().client.fetch<{ order_access: { token: string } }>(`/store/ocop/carts/${cartId}/order-access`, {
      method: "POST",
      body: {},
    })
    return order_access.token
  } catch {
    // Without the token the order page asks for the mail's link or a login; the order itself is placed.
    return null
  }
}

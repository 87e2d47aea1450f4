/**
 * The shopper's cart, remembered by its Medusa id in a cookie (the SDK's own storage is browser-only). Read by
 * the page frame (the header's count), by the cart itself, by the checkout and by the login that takes a guest's
 * cart into the account: so it sits here, below all of them.
 */
import { monthLongCookie } from "./cookies.server"

export const cartCookie = monthLongCookie("ocop_cart")

export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

/** Whether the request carries a cart cookie at all, without reading it: cheap enough for every page. */
export function hasCart(request: Request): boolean {
  return (request.headers.get("cookie") ?? "").includes("ocop_cart=")
}

/** The cookie that forgets the cart: after its order is placed, or at log-out (it then belongs to the account). */
export function forgetCartCookie(): Promise<string> {
  return cartCookie.serialize("", { maxAge: 0 })
}

/**
 * The shopper's Medusa cart, remembered by its id in a cookie (the SDK's own storage is browser-only). The full
 * cart and checkout belong to the checkout issue; this is what "add to cart" and the header's count need.
 */
import { createCookie } from "@remix-run/node"
import { FetchError } from "@medusajs/js-sdk"
import { medusa, storeGet } from "~/lib/medusa.server"

export const cartCookie = createCookie("ocop_cart", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  maxAge: 60 * 60 * 24 * 30,
  secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
})

export type CartLine = {
  id: string
  title: string
  product_title: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
}
export type CartSummary = { id: string; items: CartLine[]; total: number; item_count: number }

export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

export function hasCart(request: Request): boolean {
  return (request.headers.get("cookie") ?? "").includes("ocop_cart=")
}

/** The cart behind the cookie, or null when there is none (or it was completed or deleted meanwhile). */
export async function readCart(request: Request): Promise<CartSummary | null> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return null
  try {
    const { cart } = await medusa().store.cart.retrieve(cartId, {
      fields: "id,total,completed_at,*items",
    })
    if ((cart as { completed_at?: string | null }).completed_at) return null
    const items = (cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.title,
      product_title: item.product_title ?? null,
      variant_title: item.variant_title ?? null,
      quantity: item.quantity,
      unit_price: Number(item.unit_price),
      total: Number(item.total ?? item.unit_price * item.quantity),
      thumbnail: item.thumbnail ?? null,
    }))
    return {
      id: cart.id,
      items,
      total: Number(cart.total ?? 0),
      item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    }
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
}

/** Adds a variant to the shopper's cart, creating the cart in the VND region when needed; returns the cookie to set. */
export async function addToCart(request: Request, variantId: string, quantity: number): Promise<{ setCookie: string }> {
  let cartId = await cartIdFrom(request)
  if (cartId) {
    try {
      await medusa().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
      return { setCookie: await cartCookie.serialize(cartId) }
    } catch (error) {
      // A cart that was completed or removed meanwhile: start a new one rather than fail the shopper.
      if (!(error instanceof FetchError && (error.status === 404 || error.status === 400))) throw error
    }
  }
  const { cart } = await medusa().store.cart.create({ region_id: await vietnamRegionId() }, { fields: "id" })
  cartId = cart.id
  await medusa().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
  return { setCookie: await cartCookie.serialize(cartId) }
}

async function vietnamRegionId(): Promise<string> {
  const { regions } = await storeGet<{ regions: { id: string; currency_code: string }[] }>("/store/regions", {
    fields: "id,currency_code",
  })
  const vietnam = regions.find((region) => region.currency_code === "vnd")
  if (!vietnam) throw new Error("No region sells in VND: the seed creates one (region Vietnam); run `npm run seed`.")
  return vietnam.id
}

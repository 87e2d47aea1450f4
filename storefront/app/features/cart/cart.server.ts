/**
 * The shopper's Medusa cart, remembered by its id in a cookie (the SDK's own storage is browser-only): reading
 * it, adding, changing quantities and removing lines through Medusa's cart routes, and the plugin's check
 * (`/store/ocop/carts/:id/check`) that flags products no longer certified and lists where the cart can be
 * picked up.
 */
import { FetchError } from "@medusajs/js-sdk"
import { customerToken } from "~/features/account/session.server"
import type { Locale } from "~/i18n/config"
import { monthLongCookie } from "~/lib/cookies.server"
import { medusa, storeGet } from "~/lib/medusa.server"
import type { SalesPoint } from "~/lib/store-api"
import { getProduct } from "~/lib/store-api.server"

export const cartCookie = monthLongCookie("ocop_cart")

export type CartLine = {
  id: string
  title: string
  product_title: string | null
  product_handle: string | null
  variant_id: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
}
export type CartSummary = { id: string; items: CartLine[]; total: number; item_total: number; item_count: number }

export type CartCheck = {
  can_complete: boolean
  items: { id: string; on_sale: boolean; title: string }[]
  pickup_points: { shipping_option_id: string; sales_point: SalesPoint }[]
}

export async function cartIdFrom(request: Request): Promise<string | null> {
  const value = await cartCookie.parse(request.headers.get("cookie"))
  return typeof value === "string" && value.startsWith("cart_") ? value : null
}

export function hasCart(request: Request): boolean {
  return (request.headers.get("cookie") ?? "").includes("ocop_cart=")
}

/** The cookie that forgets the cart (after its order is placed). */
export function forgetCartCookie(): Promise<string> {
  return cartCookie.serialize("", { maxAge: 0 })
}

export function isGone(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 404 || error.status === 400)
}

type MedusaLine = {
  id: string
  title: string
  product_title?: string | null
  product_handle?: string | null
  variant_id?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number | string
  total?: number | string | null
  thumbnail?: string | null
}

export function toCartLine(item: MedusaLine): CartLine {
  return {
    id: item.id,
    title: item.title,
    product_title: item.product_title ?? null,
    product_handle: item.product_handle ?? null,
    variant_id: item.variant_id ?? null,
    variant_title: item.variant_title ?? null,
    quantity: Number(item.quantity),
    unit_price: Number(item.unit_price),
    total: Number(item.total ?? Number(item.unit_price) * Number(item.quantity)),
    thumbnail: item.thumbnail ?? null,
  }
}

/** Lines in the order they were added (Medusa answers in no stable order). */
function byCreation<T extends { created_at?: string | Date | null; id: string }>(a: T, b: T) {
  return String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")) || a.id.localeCompare(b.id)
}

/** The cart behind the cookie, or null when there is none (or it was completed or deleted meanwhile). */
export async function readCart(request: Request): Promise<CartSummary | null> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return null
  try {
    const { cart } = await medusa().store.cart.retrieve(cartId, {
      fields: "id,total,item_total,completed_at,*items",
    })
    if ((cart as { completed_at?: string | null }).completed_at) return null
    const items = [...((cart.items ?? []) as (MedusaLine & { created_at?: string })[])].sort(byCreation).map(toCartLine)
    return {
      id: cart.id,
      items,
      total: Number(cart.total ?? 0),
      item_total: Number(cart.item_total ?? 0),
      item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    }
  } catch (error) {
    if (isGone(error)) return null
    throw error
  }
}

/** Whether each line's product is still certified and on sale, and where the whole cart can be picked up. */
export async function checkCart(cartId: string, locale: Locale): Promise<CartCheck> {
  // Personal and changing with every edit: straight to the backend, never through the GET cache.
  return medusa().client.fetch<CartCheck>(`/store/ocop/carts/${cartId}/check`, { query: { locale } })
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
      if (!isGone(error)) throw error
    }
  }
  // A logged-in customer's new cart is theirs from the start (Medusa sets its customer and e-mail), so the order
  // lands in their history; a guest's cart is taken into the account at login (features/account).
  const token = await customerToken(request).catch(() => null)
  const { cart } = await medusa().store.cart.create(
    { region_id: await vietnamRegionId() },
    { fields: "id" },
    token ? { authorization: `Bearer ${token}` } : undefined
  )
  cartId = cart.id
  await medusa().store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
  return { setCookie: await cartCookie.serialize(cartId) }
}

export type AddOutcome = { ok: true; setCookie: string } | { ok: false; error: "variant" | "stock" }

/**
 * "Add to cart" from a product card or page: a variant of that product while it is certified and in stock. A
 * card names no variant: it adds the cheapest one in stock, the price the card shows ("from …").
 */
export async function addProductToCart(
  request: Request,
  locale: Locale,
  handle: string,
  variantId: string | undefined,
  quantity: number
): Promise<AddOutcome> {
  const product = await getProduct(locale, handle)
  const inStock = product.variants.filter((variant) => variant.in_stock)
  const variant = variantId
    ? product.variants.find((candidate) => candidate.id === variantId)
    : [...inStock].sort((a, b) => a.price.amount - b.price.amount)[0]
  if (!variant) return { ok: false, error: variantId ? "variant" : "stock" }
  if (!variant.in_stock) return { ok: false, error: "stock" }
  const { setCookie } = await addToCart(request, variant.id, quantity)
  return { ok: true, setCookie }
}

export type LineOutcome = "ok" | "gone" | "stock"

/**
 * A new quantity for a line of the shopper's cart; 0 removes it. "gone" when the cart or line no longer exists,
 * "stock" when Medusa refuses the quantity (more than is in stock).
 */
export async function setLineQuantity(request: Request, lineId: string, quantity: number): Promise<LineOutcome> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return "gone"
  try {
    if (quantity <= 0) await medusa().store.cart.deleteLineItem(cartId, lineId)
    else await medusa().store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: "id" })
    return "ok"
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) return "gone"
    if (error instanceof FetchError && error.status === 400) return quantity <= 0 ? "gone" : "stock"
    throw error
  }
}

export async function vietnamRegionId(): Promise<string> {
  const { regions } = await storeGet<{ regions: { id: string; currency_code: string }[] }>("/store/regions", {
    fields: "id,currency_code",
  })
  const vietnam = regions.find((region) => region.currency_code === "vnd")
  if (!vietnam) throw new Error("No region sells in VND: the seed creates one (region Vietnam); run `npm run seed`.")
  return vietnam.id
}

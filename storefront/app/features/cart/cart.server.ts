/**
 * The shopper's Medusa cart, remembered by its id in a cookie (the SDK's own storage is browser-only): reading
 * it, adding, changing quantities and removing lines through Medusa's cart routes, and the plugin's check
 * (`/store/ocop/carts/:id/check`) that flags products no longer certified and lists where the cart can be
 * picked up.
 */
import { FetchError } from "@medusajs/js-sdk"
import type { Locale } from "~/i18n/config"
import { discountsOf, type Discount } from "~/lib/discounts"
import { cartCookie, cartIdFrom } from "~/lib/cart-cookie.server"
import { attributeCart } from "~/lib/fair-referral.server"
import { toLineItem, type LineItem, type MedusaLineItem } from "~/lib/line-items"
import { medusa, storeGet } from "~/lib/medusa.server"
import { customerToken } from "~/lib/session.server"
import type { SalesPoint } from "~/lib/store-api"
import { getProduct } from "~/lib/store-api.server"
import { namedIn } from "~/lib/variant-names.server"

export type CartSummary = {
  id: string
  items: LineItem[]
  total: number
  /** The lines after discounts. */
  item_total: number
  /** The lines before discounts (what the lines' prices add up to). */
  original_item_total: number
  /** Each promo code on the cart and what it takes off. */
  discounts: Discount[]
  item_count: number
}

export type CartCheck = {
  can_complete: boolean
  items: { id: string; on_sale: boolean; title: string }[]
  pickup_points: { shipping_option_id: string; sales_point: SalesPoint }[]
}

export function isGone(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 404 || error.status === 400) && !isShortOfStock(error)
}

/** Medusa's refusal of a quantity above what the stock can give ("…does not have the required inventory"). */
export function isShortOfStock(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400 && /inventory/i.test(error.message)
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
      fields: "id,total,item_total,original_item_total,completed_at,*items,items.adjustments.code,items.adjustments.amount,promotions.code",
    })
    if ((cart as { completed_at?: string | null }).completed_at) return null
    const items = [...((cart.items ?? []) as (MedusaLineItem & { created_at?: string })[])].sort(byCreation).map(toLineItem)
    return {
      id: cart.id,
      items,
      total: Number(cart.total ?? 0),
      item_total: Number(cart.item_total ?? 0),
      original_item_total: Number((cart as { original_item_total?: number | string }).original_item_total ?? cart.item_total ?? 0),
      discounts: discountsOf(
        (cart.items ?? []) as never[],
        ((cart as { promotions?: ({ code?: string | null } | null)[] }).promotions ?? []).map((p) => p?.code ?? "").filter(Boolean)
      ),
      item_count: items.reduce((sum, item) => sum + item.quantity, 0),
    }
  } catch (error) {
    if (isGone(error)) return null
    throw error
  }
}

/** What the cart page and the cart drawer show: the lines, which of them lost their certificate, and whether to check out. */
export type CartView = { cart: CartSummary | null; lapsed: string[]; canCheckout: boolean }

export async function loadCartView(request: Request, locale: Locale): Promise<CartView> {
  const read = await readCart(request)
  const [check, items] = await Promise.all([
    read?.items.length ? checkCart(read.id, locale).catch(() => null) : null,
    read ? namedIn(locale, read.items) : [],
  ])
  const cart = read ? { ...read, items } : null
  return {
    cart,
    lapsed: check ? check.items.filter((item) => !item.on_sale).map((item) => item.id) : [],
    // Unknown (the check failed) counts as "not yet": the checkout checks again anyway.
    canCheckout: !!cart?.items.length && !!check?.can_complete,
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
      // Bought during a visit from a fair's QR code: the purchase is the fair's (lib/fair-referral.server.ts).
      await attributeCart(request, cartId)
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
  await attributeCart(request, cartId)
  return { setCookie: await cartCookie.serialize(cartId) }
}

export type AddOutcome =
  | { ok: true; setCookie: string }
  | { ok: false; error: "variant" }
  /** `available`: how many more the shopper may add (what is left, less what her cart already holds). */
  | { ok: false; error: "stock"; available: number }

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
  if (!variant) return variantId ? { ok: false, error: "variant" } : { ok: false, error: "stock", available: 0 }
  if (!variant.in_stock) return { ok: false, error: "stock", available: 0 }
  if (variant.available !== null) {
    // Said before Medusa is asked: "only 40 left" is the answer, not a failure to retry.
    const room = Math.max(0, variant.available - (await quantityInCart(request, variant.id)))
    if (quantity > room) return { ok: false, error: "stock", available: room }
  }
  try {
    const { setCookie } = await addToCart(request, variant.id, quantity)
    return { ok: true, setCookie }
  } catch (error) {
    // Sold meanwhile (the product page is up to a minute old): what is left now.
    if (isShortOfStock(error)) return { ok: false, error: "stock", available: 0 }
    throw error
  }
}

/** How many of this variant the shopper's cart already holds. */
async function quantityInCart(request: Request, variantId: string): Promise<number> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return 0
  try {
    const { cart } = await medusa().store.cart.retrieve(cartId, { fields: "id,completed_at,items.variant_id,items.quantity" })
    if ((cart as { completed_at?: string | null }).completed_at) return 0
    return (cart.items ?? []).filter((item) => item.variant_id === variantId).reduce((sum, item) => sum + Number(item.quantity), 0)
  } catch (error) {
    if (isGone(error)) return 0
    throw error
  }
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
    if (isShortOfStock(error)) return "stock"
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

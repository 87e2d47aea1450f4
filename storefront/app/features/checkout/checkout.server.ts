/**
 * The checkout's calls to the Store API: Medusa's cart, shipping option, payment and order routes, and the
 * plugin's cart check. Addresses are written the way the plugin checks them
 * (plugins/ocop/src/checkout/address.ts): province by its two-digit code, the ward's code in
 * `metadata.ward_code` and its name in `city`, the street in `address_1`, the phone in E.164.
 */
import { FetchError } from "@medusajs/js-sdk"
import { cartIdFrom } from "~/lib/cart-cookie.server"
import { discountsOf, type Discount } from "~/lib/discounts"
import { toLineItem, type LineItem } from "~/lib/line-items"
import { medusa } from "~/lib/medusa.server"
import { joinFullName, splitFullName } from "~/lib/names"
import { PROVIDERS, type PaymentMethod } from "~/lib/payment-methods"
import type { Ward } from "~/lib/places.server"
import type { Progress } from "./steps"

export type CheckoutAddress = {
  name: string | null
  phone: string | null
  province: string | null
  ward: string | null
  wardName: string | null
  street: string | null
}

export type CheckoutCart = {
  id: string
  region_id: string
  email: string | null
  items: LineItem[]
  /** The lines after discounts. */
  item_total: number
  /** The lines before discounts. */
  original_item_total: number
  /** Each promo code on the cart and what it takes off (lines and delivery). */
  discounts: Discount[]
  shipping_total: number
  total: number
  address: CheckoutAddress
  shipping: { option_id: string; name: string; amount: number } | null
  /** The way to receive the order the shopper chose (`metadata.ocop_delivery`), and the pickup option then chosen. */
  delivery: "home" | "pickup" | null
  pickup_option_id: string | null
  payment_provider_id: string | null
  payment_collection_id: string | null
  /** Stripe's client secret of the cart's card payment, for the Payment Element. */
  stripe_client_secret: string | null
}

const CART_FIELDS = [
  "id",
  "region_id",
  "email",
  "completed_at",
  "metadata",
  "total",
  "item_total",
  "original_item_total",
  "shipping_total",
  "*items",
  "items.adjustments.code",
  "items.adjustments.amount",
  "shipping_methods.adjustments.code",
  "shipping_methods.adjustments.amount",
  "promotions.code",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
].join(",")

/** The shopper's cart with all a checkout step needs, or null when there is none to check out. */
export async function readCheckoutCart(request: Request): Promise<CheckoutCart | null> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return null
  let cart: any
  try {
    cart = (await medusa().store.cart.retrieve(cartId, { fields: CART_FIELDS })).cart
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return null
    throw error
  }
  if (cart.completed_at) return null
  const address = cart.shipping_address ?? {}
  const method = (cart.shipping_methods ?? [])[0]
  const sessions = (cart.payment_collection?.payment_sessions ?? []).filter(
    (session: any) => session && ["pending", "requires_more", "authorized"].includes(session.status)
  )
  const session = sessions[sessions.length - 1]
  const items = [...(cart.items ?? [])]
    .sort((a: any, b: any) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
    .map(toLineItem)
  return {
    id: cart.id,
    region_id: cart.region_id,
    email: cart.email ?? null,
    items,
    item_total: Number(cart.item_total ?? 0),
    original_item_total: Number(cart.original_item_total ?? cart.item_total ?? 0),
    discounts: discountsOf(
      [...(cart.items ?? []), ...(cart.shipping_methods ?? [])],
      (cart.promotions ?? []).map((p: any) => p?.code).filter(Boolean)
    ),
    shipping_total: Number(cart.shipping_total ?? 0),
    total: Number(cart.total ?? 0),
    address: {
      name: joinFullName(address) || null,
      phone: address.phone || null,
      province: address.province || null,
      ward: typeof address.metadata?.ward_code === "string" && address.metadata.ward_code ? address.metadata.ward_code : null,
      wardName: address.city || null,
      street: address.address_1 || null,
    },
    shipping: method ? { option_id: method.shipping_option_id, name: method.name, amount: Number(method.amount ?? 0) } : null,
    delivery: cart.metadata?.ocop_delivery === "home" || cart.metadata?.ocop_delivery === "pickup" ? cart.metadata.ocop_delivery : null,
    pickup_option_id: typeof cart.metadata?.ocop_pickup_option === "string" && cart.metadata.ocop_pickup_option ? cart.metadata.ocop_pickup_option : null,
    payment_provider_id: session?.provider_id ?? null,
    payment_collection_id: cart.payment_collection?.id ?? null,
    stripe_client_secret: session?.provider_id === PROVIDERS.stripe ? (session.data?.client_secret ?? null) : null,
  }
}

export function progressOf(cart: CheckoutCart): Progress {
  return {
    email: cart.email,
    phone: cart.address.phone,
    province: cart.address.province,
    ward: cart.address.ward,
    street: cart.address.street,
    delivery: cart.delivery,
    shippingOptionId: cart.shipping?.option_id ?? null,
    shippingIsPickup: !!cart.shipping && cart.shipping.option_id === cart.pickup_option_id,
    paymentProviderId: cart.payment_provider_id,
  }
}

/**
 * The shopper's choice of delivery, kept on the cart: home (the address step comes next, and its delivery is
 * priced for the province there), or a pickup option, which is chosen at once and needs no address.
 */
export async function chooseDelivery(cartId: string, choice: { home: true } | { pickupOptionId: string }) {
  if ("pickupOptionId" in choice) await chooseShipping(cartId, choice.pickupOptionId)
  const metadata =
    "pickupOptionId" in choice
      ? { ocop_delivery: "pickup", ocop_pickup_option: choice.pickupOptionId }
      : { ocop_delivery: "home", ocop_pickup_option: "" }
  await medusa().store.cart.update(cartId, { metadata }, { fields: "id" })
}

/** The address as Medusa stores it, from what the cart has and what this step changes. */
function medusaAddress(address: CheckoutAddress) {
  return {
    // Family name first, as accounts store it (features/account/schemas.ts).
    ...splitFullName(address.name ?? ""),
    phone: address.phone ?? "",
    address_1: address.street ?? "",
    city: address.wardName ?? "",
    province: address.province ?? "",
    country_code: "vn",
    metadata: address.ward ? { ward_code: address.ward } : {},
  }
}

export async function saveContact(cart: CheckoutCart, contact: { email: string; name: string; phone: string }) {
  const address = medusaAddress({ ...cart.address, name: contact.name, phone: contact.phone })
  await medusa().store.cart.update(cart.id, { email: contact.email, shipping_address: address }, { fields: "id" })
}

export async function saveAddress(cart: CheckoutCart, address: { province: string; ward: Ward; street: string }) {
  const full = medusaAddress({
    ...cart.address,
    province: address.province,
    ward: address.ward.code,
    wardName: address.ward.name,
    street: address.street,
  })
  await medusa().store.cart.update(cart.id, { shipping_address: full, billing_address: full }, { fields: "id" })
}

export type HomeOption = { id: string; zone: string | null; amount: number; name: string }

/** Home delivery to the cart's address: Medusa offers the one option priced for the address's province. */
export async function homeDeliveryOptions(cartId: string): Promise<HomeOption[]> {
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions({ cart_id: cartId })
  return (shipping_options as any[])
    .filter((option) => option?.service_zone?.fulfillment_set?.type !== "pickup")
    .map((option) => ({
      id: option.id,
      zone: typeof option.type?.code === "string" && option.type.code.startsWith("home-") ? option.type.code.slice(5) : null,
      amount: Number(option.calculated_price?.calculated_amount ?? option.amount ?? 0),
      name: option.name,
    }))
}

export async function chooseShipping(cartId: string, optionId: string) {
  await medusa().store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" })
}

/** The payment methods the region offers; cards only when the storefront has Stripe's publishable key too. */
export async function paymentMethods(regionId: string): Promise<PaymentMethod[]> {
  const { payment_providers } = await medusa().store.payment.listPaymentProviders({ region_id: regionId })
  const ids = new Set(payment_providers.map((provider) => provider.id))
  return (Object.keys(PROVIDERS) as PaymentMethod[]).filter(
    (method) => ids.has(PROVIDERS[method]) && (method !== "stripe" || !!process.env.STRIPE_PUBLISHABLE_KEY)
  )
}

export async function choosePayment(cart: CheckoutCart, method: PaymentMethod) {
  const shape = { id: cart.id, payment_collection: cart.payment_collection_id ? { id: cart.payment_collection_id } : undefined }
  await medusa().store.payment.initiatePaymentSession(shape as any, { provider_id: PROVIDERS[method] }, { fields: "id" })
}

export type Completion = { ok: true; orderId: string } | { ok: false; message: string }

export async function completeCart(cartId: string): Promise<Completion> {
  try {
    const answer = await medusa().store.cart.complete(cartId)
    if (answer.type === "order") return { ok: true, orderId: answer.order.id }
    return { ok: false, message: answer.error?.message ?? "" }
  } catch (error) {
    if (isClientError(error)) return { ok: false, message: error.message }
    throw error
  }
}

/** A 4xx from the backend: the request was refused (its message says why), not a failure. */
export function isClientError(error: unknown): error is FetchError {
  return error instanceof FetchError && (error.status ?? 0) >= 400 && (error.status ?? 0) < 500
}

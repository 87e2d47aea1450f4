/**
 * The customer's side of the Store API, always with the customer's own token (never stored on the shared SDK
 * client, which serves every request): Medusa's emailpass auth, `/store/customers/me`, its addresses, and
 * `/store/orders`, which Medusa scopes to the token's customer.
 */
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "~/lib/medusa.server"
import { cartIdFrom } from "~/features/cart/cart.server"
import { customerToken, logOutCookie, redirectToLogin } from "./session.server"
import { splitFullName, type AddressInput } from "./schemas"

export type Address = {
  id: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  address_1: string | null
  city: string | null
  province: string | null
  country_code: string | null
  is_default_shipping: boolean
  metadata: Record<string, unknown> | null
}

export type Customer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  addresses: Address[]
}

export type OrderSummary = {
  id: string
  display_id: number
  status: string
  payment_status: string | null
  fulfillment_status: string | null
  total: number
  currency_code: string
  created_at: string
  items: { id: string; title: string; product_title: string | null; quantity: number }[]
  payment_provider_id: string | null
}

export type OrderDetail = Omit<OrderSummary, "items"> & {
  email: string | null
  subtotal: number
  shipping_total: number
  items: {
    id: string
    title: string
    product_title: string | null
    product_handle: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  shipping_address: Omit<Address, "id" | "is_default_shipping"> | null
  shipping_methods: { name: string; amount: number }[]
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return error instanceof FetchError && statuses.includes(error.status ?? 0)
}

/**
 * The backend refused because of too many attempts (429, plugins/ocop/src/api/rate-limit.ts): the form shows it
 * in the page's language and answers 429 with the same `Retry-After`.
 */
export class TooManyAttempts extends Error {
  constructor(readonly retryAfter: number) {
    super(`too many attempts, retry after ${retryAfter} s`)
  }
}

export function retryMinutes(error: TooManyAttempts): number {
  return Math.max(1, Math.ceil(error.retryAfter / 60))
}

/**
 * A POST to the backend for a form that the backend rate-limits. Not through the SDK, whose errors drop the
 * answer's headers (`Retry-After`); the browser's `X-Forwarded-For`, when a proxy in front of the storefront set
 * one, is passed on so the backend can count per client (it believes it only with OCOP_TRUST_PROXY_HOPS).
 */
async function limitedPost(request: Request | undefined, path: string, body: unknown, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" }
  if (process.env.MEDUSA_PUBLISHABLE_KEY) headers["x-publishable-api-key"] = process.env.MEDUSA_PUBLISHABLE_KEY
  if (token) headers.authorization = `Bearer ${token}`
  const forwardedFor = request?.headers.get("x-forwarded-for")
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor
  const response = await fetch(`${process.env.MEDUSA_BACKEND_URL}${path}`, { method: "POST", headers, body: JSON.stringify(body) })
  if (response.status === 429) throw new TooManyAttempts(Number(response.headers.get("retry-after")) || 60)
  const answer = (await response.json().catch(() => ({}))) as Record<string, any>
  if (response.status >= 500) throw new Error(`${path} answered ${response.status}: ${answer.message ?? ""}`)
  return { status: response.status, body: answer }
}

/** Logs in with e-mail and password: the customer token, or null when they do not match; TooManyAttempts. */
export async function logIn(email: string, password: string, request?: Request): Promise<string | null> {
  const answer = await limitedPost(request, "/auth/customer/emailpass", { email, password })
  return answer.status === 200 && typeof answer.body.token === "string" ? answer.body.token : null
}

export type RegisterResult = { ok: true; token: string } | { ok: false; reason: "exists" }

/**
 * Medusa's two steps: an auth identity for the e-mail (its token has no customer yet), then the customer made
 * with that token; then a login, whose token carries the customer's id.
 */
export async function register(input: { full_name: string; email: string; phone: string; password: string }): Promise<RegisterResult> {
  let registrationToken: string
  try {
    registrationToken = await medusa().auth.register("customer", "emailpass", { email: input.email, password: input.password })
  } catch (error) {
    // Medusa answers 401 "Identity with email already exists".
    if (!isStatus(error, 400, 401)) throw error
    // A registration cut short between its two steps left a login without a customer: with the same password,
    // it is finished now. Anyone else is told the e-mail is taken.
    const token = await logIn(input.email, input.password)
    if (!token || (await customerFor(token))) return { ok: false, reason: "exists" }
    registrationToken = token
  }
  try {
    await medusa().store.customer.create(
      { email: input.email, phone: input.phone, ...splitFullName(input.full_name) },
      { fields: "id" },
      bearer(registrationToken)
    )
  } catch (error) {
    if (isStatus(error, 400, 401, 409)) return { ok: false, reason: "exists" }
    throw error
  }
  const token = await logIn(input.email, input.password)
  if (!token) throw new Error(`The customer ${input.email} was registered but cannot log in`)
  return { ok: true, token }
}

/**
 * Always the same answer to the shopper, whether the e-mail has an account or not (no account enumeration);
 * Medusa answers 201 for unknown e-mails too, and a 4xx is nothing to tell the shopper about. Too many requests
 * for one address or from one client: TooManyAttempts, whether it has an account or not.
 */
export async function requestPasswordReset(email: string, request?: Request): Promise<void> {
  await limitedPost(request, "/auth/customer/emailpass/reset-password", { identifier: email })
}

/** Sets the new password with the mailed token: false when the token is wrong or expired. */
export async function resetPassword(token: string, email: string, password: string): Promise<boolean> {
  try {
    await medusa().auth.updateProvider("customer", "emailpass", { email, password }, token)
    return true
  } catch (error) {
    if (isStatus(error, 400, 401, 403, 404)) return false
    throw error
  }
}

/** The guest's cart becomes the customer's (Medusa's Set Cart's Customer route); a cart that cannot be taken is left alone. */
export async function takeCartAlong(request: Request, token: string): Promise<boolean> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return false
  try {
    await medusa().store.cart.transferCart(cartId, { fields: "id" }, bearer(token))
    return true
  } catch (error) {
    // Completed, deleted, or another customer's cart: the login goes on, the cart stays what it was.
    if (isStatus(error, 400, 401, 403, 404)) return false
    throw error
  }
}

const CUSTOMER_FIELDS = "id,email,first_name,last_name,phone,*addresses"

async function customerFor(token: string): Promise<Customer | null> {
  try {
    const { customer } = await medusa().store.customer.retrieve({ fields: CUSTOMER_FIELDS }, bearer(token))
    return normalizeCustomer(customer as unknown as Customer)
  } catch (error) {
    // An expired or revoked token: as good as logged out.
    if (isStatus(error, 401, 404)) return null
    throw error
  }
}

function normalizeCustomer(customer: Customer): Customer {
  const addresses = [...(customer.addresses ?? [])].sort(
    (a, b) => Number(b.is_default_shipping) - Number(a.is_default_shipping) || a.id.localeCompare(b.id)
  )
  return { ...customer, addresses }
}

/** The logged-in customer and their token, or a redirect to the login page (clearing a dead session). */
export async function requireCustomer(request: Request): Promise<{ token: string; customer: Customer }> {
  const token = await customerToken(request)
  if (!token) redirectToLogin(request)
  const customer = await customerFor(token)
  if (!customer) redirectToLogin(request, await logOutCookie(request))
  return { token, customer }
}

/** The logged-in customer, or null: for pages that a visitor may see either way (login, register). */
export async function optionalCustomer(request: Request): Promise<Customer | null> {
  const token = await customerToken(request)
  return token ? customerFor(token) : null
}

export async function updateProfile(token: string, input: { full_name: string; phone: string }) {
  await medusa().store.customer.update({ phone: input.phone, ...splitFullName(input.full_name) }, { fields: "id" }, bearer(token))
}

/** An address of the book in the shape the plugin checks on carts (see schemas.ts). */
export function addressBody(input: AddressInput, wardName: string) {
  return {
    ...splitFullName(input.full_name),
    phone: input.phone,
    address_1: input.address_1,
    city: wardName,
    province: input.province,
    country_code: "vn",
    is_default_shipping: input.is_default,
    metadata: { ward_code: input.ward_code },
  }
}

export async function createAddress(token: string, body: ReturnType<typeof addressBody>) {
  await medusa().store.customer.createAddress(body, { fields: "id" }, bearer(token))
}

export async function updateAddress(token: string, id: string, body: ReturnType<typeof addressBody>) {
  await medusa().store.customer.updateAddress(id, body, { fields: "id" }, bearer(token))
}

export async function deleteAddress(token: string, id: string) {
  await medusa().store.customer.deleteAddress(id, bearer(token))
}

const ORDER_LIST_FIELDS =
  "id,display_id,status,payment_status,fulfillment_status,total,currency_code,created_at,items.id,items.title,items.product_title,items.quantity,payment_collections.payments.provider_id"

export async function listOrders(token: string, { limit = 20, offset = 0 } = {}) {
  const answer = await medusa().client.fetch<{ orders: OrderSummary[]; count: number }>("/store/orders", {
    query: { fields: ORDER_LIST_FIELDS, limit, offset, order: "-created_at" },
    headers: bearer(token),
  })
  return { orders: answer.orders.map(normalizeOrder), count: answer.count }
}

const ORDER_DETAIL_FIELDS = [
  "id,display_id,status,payment_status,fulfillment_status,total,item_total,shipping_total,currency_code,created_at,email",
  "*items",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collections.payments",
].join(",")

/**
 * One of the customer's orders, or null. Read through the customer's own order list (filtered by id), never
 * `/store/orders/:id`, which answers anyone who knows an order's id: another customer's order is simply absent.
 */
export async function getOrder(token: string, id: string): Promise<OrderDetail | null> {
  if (!/^order_[A-Za-z0-9]+$/.test(id)) return null
  const { orders } = await medusa().client.fetch<{ orders: any[] }>("/store/orders", {
    query: { id, fields: ORDER_DETAIL_FIELDS, limit: 1 },
    headers: bearer(token),
  })
  const order = orders[0]
  if (!order || order.id !== id) return null
  return {
    ...normalizeOrder(order),
    email: order.email ?? null,
    // Medusa's order `subtotal` counts delivery in; the shopper's "subtotal" is the goods alone.
    subtotal: Number(order.item_total ?? 0),
    shipping_total: Number(order.shipping_total ?? 0),
    items: (order.items ?? []).map((item: any) => ({
      id: item.id,
      title: item.title,
      product_title: item.product_title ?? null,
      product_handle: item.product_handle ?? null,
      variant_title: item.variant_title ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: Number(item.quantity),
      unit_price: Number(item.unit_price),
      total: Number(item.total ?? Number(item.unit_price) * Number(item.quantity)),
    })),
    shipping_address: order.shipping_address ?? null,
    shipping_methods: (order.shipping_methods ?? []).map((method: any) => ({ name: method.name, amount: Number(method.amount) })),
  }
}

function normalizeOrder(order: any): OrderSummary {
  return {
    id: order.id,
    display_id: Number(order.display_id),
    status: order.status,
    payment_status: order.payment_status ?? null,
    fulfillment_status: order.fulfillment_status ?? null,
    total: Number(order.total ?? 0),
    currency_code: order.currency_code,
    created_at: order.created_at,
    items: (order.items ?? []).map((item: any) => ({
      id: item.id,
      title: item.title,
      product_title: item.product_title ?? null,
      quantity: Number(item.quantity),
    })),
    payment_provider_id:
      (order.payment_collections ?? []).flatMap((collection: any) => collection.payments ?? [])[0]?.provider_id ?? null,
  }
}

// ---------------------------------------------------------------------------------------------------------
// Orders placed as a guest before the account existed, and the password (plugin routes /store/ocop/customers/me)
// ---------------------------------------------------------------------------------------------------------

export type GuestOrders = { count: number; link_sent: number; link_days: number }

/** How many orders were placed as a guest with the account's e-mail; none when the backend cannot say. */
export async function guestOrders(token: string): Promise<GuestOrders> {
  try {
    const answer = await medusa().client.fetch<{ guest_orders: GuestOrders }>("/store/ocop/customers/me/guest-orders", {
      headers: bearer(token),
    })
    return answer.guest_orders
  } catch (error) {
    // The account page must open even if this count cannot be had; the notice just does not show.
    if (isStatus(error, 400, 404)) return { count: 0, link_sent: 0, link_days: 0 }
    throw error
  }
}

/**
 * Has the link that adds them mailed to the account's e-mail; how many orders it covers, or "unverified" while
 * the account's e-mail is not verified (the backend refuses before that, docs/decisions/024).
 */
export async function claimGuestOrders(token: string): Promise<number | "unverified"> {
  try {
    const answer = await medusa().client.fetch<{ guest_orders: { requested: number } }>("/store/ocop/customers/me/guest-orders", {
      method: "POST",
      body: {},
      headers: bearer(token),
    })
    return answer.guest_orders.requested
  } catch (error) {
    if (isStatus(error, 403)) return "unverified"
    throw error
  }
}

export type EmailVerification = { email: string; verified: boolean; link_hours: number }

/**
 * Whether the account's e-mail is verified (plugins/ocop/src/customers/email-verification.ts). When the backend
 * cannot say, the account page treats it as verified rather than nag: the backend still refuses what needs it.
 */
export async function emailVerification(token: string): Promise<EmailVerification> {
  try {
    const answer = await medusa().client.fetch<{ email_verification: EmailVerification }>("/store/ocop/customers/me/verification", {
      headers: bearer(token),
    })
    return answer.email_verification
  } catch (error) {
    if (isStatus(error, 400, 404)) return { email: "", verified: true, link_hours: 0 }
    throw error
  }
}

/** Has the verification link mailed again; TooManyAttempts when asked too often. Whether it was verified already. */
export async function requestVerificationMail(token: string, request: Request): Promise<{ verified: boolean }> {
  const answer = await limitedPost(request, "/store/ocop/customers/me/verification", {}, token)
  if (answer.status >= 400) throw new Error(`verification mail refused: ${answer.status} ${answer.body.message ?? ""}`)
  return { verified: answer.body.email_verification?.verified === true }
}

export type VerifyResult = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" }

/** Follows the mailed verification link; no login needed (the mail may be opened on another device). */
export async function verifyEmail(linkToken: string, request: Request): Promise<VerifyResult> {
  const answer = await limitedPost(request, "/store/ocop/customers/verification", { token: linkToken })
  if (answer.status === 200) return { ok: true, email: String(answer.body.email_verification?.email ?? "") }
  return { ok: false, reason: /has expired/.test(String(answer.body.message ?? "")) ? "expired" : "invalid" }
}

export type AcceptResult = { ok: true; display_ids: number[] } | { ok: false; reason: "invalid" | "expired" | "unverified" }

/** Follows the mailed link with the account's login; the backend refuses it whole or accepts it whole. */
export async function acceptGuestOrders(token: string, tokens: string[]): Promise<AcceptResult> {
  try {
    const answer = await medusa().client.fetch<{ orders: { id: string; display_id: number }[] }>(
      "/store/ocop/customers/me/guest-orders/accept",
      { method: "POST", body: { tokens }, headers: bearer(token) }
    )
    return { ok: true, display_ids: answer.orders.map((order) => order.display_id) }
  } catch (error) {
    // The SDK keeps only the message of an error, not its code; the plugin's English half says which refusal.
    if (isStatus(error, 400)) return { ok: false, reason: /has expired/.test((error as Error).message) ? "expired" : "invalid" }
    // The account's e-mail is not verified yet (docs/decisions/024): nothing comes in before that.
    if (isStatus(error, 403)) return { ok: false, reason: "unverified" }
    throw error
  }
}

/**
 * Ends every session of the customer's login, this token's included (the plugin's
 * `DELETE /store/ocop/customers/me/sessions`, docs/decisions/023): a copied cookie or token stops working too.
 * A token that is already refused has nothing left to end.
 */
export async function endSessions(token: string): Promise<void> {
  try {
    await medusa().client.fetch("/store/ocop/customers/me/sessions", { method: "DELETE", headers: bearer(token) })
  } catch (error) {
    if (!isStatus(error, 401)) throw error
  }
}

/** Changes the password after the backend checked the current one: false when that one is wrong; TooManyAttempts. */
export async function changePassword(token: string, currentPassword: string, newPassword: string, request?: Request): Promise<boolean> {
  const answer = await limitedPost(request, "/store/ocop/customers/me/password", { current_password: currentPassword, new_password: newPassword }, token)
  // The form checks length and sameness first (schemas.ts), so a 400 here is the current password.
  if (answer.status === 400) return false
  if (answer.status !== 200) throw new Error(`password change answered ${answer.status}`)
  return true
}

/**
 * The customer's side of the Store API, always with the customer's own token (never stored on the shared SDK
 * client, which serves every request): Medusa's emailpass auth, `/store/customers/me` and its addresses, and the
 * plugin's routes of the logged-in customer (orders placed as a guest, e-mail verification, password, sessions).
 * Her orders are the order feature's (features/order/order.server.ts).
 */
import { FetchError } from "@medusajs/js-sdk"
import { cartIdFrom } from "~/lib/cart-cookie.server"
import { backendCall, medusa } from "~/lib/medusa.server"
import { splitFullName } from "~/lib/names"
import type { ProductCard } from "~/lib/store-api"
import { customerToken, logOutCookie, redirectToLogin } from "~/lib/session.server"
import { type AddressInput } from "./schemas"

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

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

export function isStatus(error: unknown, ...statuses: number[]): boolean {
  return error instanceof FetchError && statuses.includes(error.status ?? 0)
}

/** Logs in with e-mail and password: the customer token, or null when they do not match; TooManyAttempts. */
export async function logIn(email: string, password: string, request?: Request): Promise<string | null> {
  const answer = await backendCall("POST", "/auth/customer/emailpass", { body: { email, password }, request })
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
  await backendCall("POST", "/auth/customer/emailpass/reset-password", { body: { identifier: email }, request })
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
  const answer = await backendCall("POST", "/store/ocop/customers/me/verification", { body: {}, token, request })
  if (answer.status >= 400) throw new Error(`verification mail refused: ${answer.status} ${answer.body.message ?? ""}`)
  return { verified: answer.body.email_verification?.verified === true }
}

export type VerifyResult = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" }

/** Follows the mailed verification link; no login needed (the mail may be opened on another device). */
export async function verifyEmail(linkToken: string, request: Request): Promise<VerifyResult> {
  const answer = await backendCall("POST", "/store/ocop/customers/verification", { body: { token: linkToken }, request })
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
  const answer = await backendCall("POST", "/store/ocop/customers/me/password", {
    body: { current_password: currentPassword, new_password: newPassword },
    token,
    request,
  })
  // The form checks length and sameness first (schemas.ts), so a 400 here is the current password.
  if (answer.status === 400) return false
  if (answer.status !== 200) throw new Error(`password change answered ${answer.status}`)
  return true
}

// ---------------------------------------------------------------------------------------------------------
// Favourites (plugin routes /store/ocop/customers/me/favourites)
// ---------------------------------------------------------------------------------------------------------

/** One page of the customer's favourites, newest first, as cards in the page's language. */
export async function listFavourites(token: string, locale: "vi" | "en", page: { limit: number; offset: number }) {
  return medusa().client.fetch<{ products: ProductCard[]; count: number }>("/store/ocop/customers/me/favourites", {
    query: { ...page, locale },
    headers: bearer(token),
  })
}

/** Which of these products the customer keeps. */
export async function favouritesAmong(token: string, handles: string[]): Promise<string[]> {
  const answer = await medusa().client.fetch<{ products: ProductCard[] }>("/store/ocop/customers/me/favourites", {
    query: { handle: handles.join(","), limit: handles.length },
    headers: bearer(token),
  })
  return answer.products.map((product) => product.handle)
}

/** Keeps a product; false when it is not on sale (any more). */
export async function addFavourite(token: string, handle: string): Promise<boolean> {
  try {
    await medusa().client.fetch("/store/ocop/customers/me/favourites", { method: "POST", body: { product_handle: handle }, headers: bearer(token) })
    return true
  } catch (error) {
    if (isStatus(error, 400, 404)) return false
    throw error
  }
}

export async function removeFavourite(token: string, handle: string): Promise<void> {
  await medusa().client.fetch(`/store/ocop/customers/me/favourites/${encodeURIComponent(handle)}`, { method: "DELETE", headers: bearer(token) })
}

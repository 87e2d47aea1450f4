/**
 * Whether an account's owner has shown she reads its e-mail (docs/decisions/024-e-mail-verification.md).
 * Anyone can register any address; until its owner follows the mailed link (or sets a password through a reset
 * link, which reaches the same mailbox), the account cannot pull in what was sent to that address: the guest
 * orders placed with it. The mark lives in the login's `app_metadata` beside the sessions' epoch, which only the
 * backend writes, and names the address it was given for.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { checkToken, signToken, type TokenCheck } from "../lib/signed-token"

export const VERIFIED_KEY = "ocop_email_verified"
/** How long a verification link stays good. */
export const VERIFICATION_LINK_HOURS = 48

const PURPOSE = "email-verification"
const HOUR_MS = 60 * 60 * 1000
/** `<customer id>.<signed token>`: the link is followed without a login, so it says whose address it proves. */
const LINK_TOKEN = /^(cus_[A-Za-z0-9]{1,64})\.(.+)$/

type Verified = { email: string; at: string }

function normalised(email: string) {
  return email.trim().toLowerCase()
}

function subjectOf(customerId: string, email: string) {
  return `${customerId}:${normalised(email)}`
}

export function signVerificationLink(container: MedusaContainer, customer: { id: string; email: string }, now = new Date()) {
  const { token, expires_at } = signToken(container, PURPOSE, subjectOf(customer.id, customer.email), VERIFICATION_LINK_HOURS * HOUR_MS, now)
  return { token: `${customer.id}.${token}`, expires_at }
}

/** The customer a link names, before its signature is checked against her current e-mail. */
export function customerOfLink(token: string): string | null {
  return LINK_TOKEN.exec(token)?.[1] ?? null
}

export function checkVerificationLink(container: MedusaContainer, customer: { id: string; email: string }, token: string, now = new Date()): TokenCheck {
  const match = LINK_TOKEN.exec(token)
  if (!match || match[1] !== customer.id) return "invalid"
  return checkToken(container, PURPOSE, subjectOf(customer.id, customer.email), match[2], now)
}

/**
 * The login of a registered customer: the emailpass identity of her e-mail, when it is hers (Medusa writes the
 * customer's id into the identity's `app_metadata` on registration).
 */
export async function loginOfCustomer(container: MedusaContainer, customer: { id: string; email: string }): Promise<string | null> {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ provider: "emailpass", entity_id: customer.email })
  if (!provider?.auth_identity_id) return null
  const identity = await auth.retrieveAuthIdentity(provider.auth_identity_id)
  return identity.app_metadata?.customer_id === customer.id ? identity.id : null
}

function verifiedMark(appMetadata: Record<string, unknown> | null | undefined): Verified | null {
  const mark = appMetadata?.[VERIFIED_KEY] as Partial<Verified> | undefined
  return mark && typeof mark.email === "string" && typeof mark.at === "string" ? { email: mark.email, at: mark.at } : null
}

/** When the customer's current e-mail was verified, or null. */
export async function emailVerifiedAt(container: MedusaContainer, authIdentityId: string, email: string): Promise<string | null> {
  const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ id: [authIdentityId] }, { select: ["id", "app_metadata"] })
  const mark = verifiedMark(identity?.app_metadata)
  return mark && mark.email === normalised(email) ? mark.at : null
}

/** Marks the login's e-mail as its owner's; kept when it is already marked. Whether it was marked before. */
export async function markEmailVerified(container: MedusaContainer, authIdentityId: string, email: string, now = new Date()): Promise<boolean> {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  const mark = verifiedMark(identity.app_metadata)
  if (mark && mark.email === normalised(email)) return true
  await auth.updateAuthIdentities({
    id: authIdentityId,
    // Medusa keeps the customer's id and the sessions' epoch in the same object: written back whole.
    app_metadata: { ...(identity.app_metadata ?? {}), [VERIFIED_KEY]: { email: normalised(email), at: now.toISOString() } },
  })
  return false
}

export function notVerifiedError() {
  return new MedusaError(
    MedusaError.Types.FORBIDDEN,
    "Hãy xác minh e-mail của tài khoản trước: mở liên kết trong thư chúng tôi đã gửi / " +
      "verify the account's e-mail first: open the link in the mail we sent",
    "email_not_verified"
  )
}

/**
 * When the owner of an address takes over an account someone else registered with it (a password reset on a
 * never-verified account), the addresses saved in it are the registrant's, not hers: they go. Her name and phone
 * are hers to correct on the account page; orders placed from the account stay, as a shop's records do.
 */
export async function forgetWhatAnUnverifiedAccountSaved(container: MedusaContainer, authIdentityId: string) {
  const identity = await container.resolve(Modules.AUTH).retrieveAuthIdentity(authIdentityId)
  const customerId = identity.app_metadata?.customer_id
  if (typeof customerId !== "string") return
  const customers = container.resolve(Modules.CUSTOMER)
  const addresses = await customers.listCustomerAddresses({ customer_id: customerId }, { select: ["id"] })
  if (addresses.length) await customers.deleteCustomerAddresses(addresses.map((address) => address.id))
}

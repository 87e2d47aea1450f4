/**
 * Signed, expiring proofs the backend hands out and later takes back without storing them: an order's access
 * token (orders/order-access.ts), an e-mail's verification link (customers/email-verification.ts). A token is
 * `<expires at, ms>.<HMAC-SHA256 of purpose, subject and expiry>`, keyed with the backend's JWT secret, so it
 * opens one thing (the subject) for one purpose until it expires, and is useless for any other.
 */
import crypto from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const TOKEN = /^(\d{10,13})\.([A-Za-z0-9_-]{43})$/

export type TokenCheck = "valid" | "expired" | "invalid"

function keyOf(container: MedusaContainer, purpose: string): string {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  return `ocop-${purpose}:${config.projectConfig.http.jwtSecret}`
}

function signature(key: string, subject: string, expiresAt: number) {
  return crypto.createHmac("sha256", key).update(`${subject}.${expiresAt}`).digest("base64url")
}

export function signToken(container: MedusaContainer, purpose: string, subject: string, lifetimeMs: number, now = new Date()) {
  return signTokenUntil(container, purpose, subject, new Date(now.getTime() + lifetimeMs))
}

/** A token that expires at a time already fixed elsewhere (an invite's `expires_at`). */
export function signTokenUntil(container: MedusaContainer, purpose: string, subject: string, expiresAt: Date) {
  const at = expiresAt.getTime()
  return { token: `${at}.${signature(keyOf(container, purpose), subject, at)}`, expires_at: expiresAt.toISOString() }
}

/** The expiry a token claims, unchecked: to tell which of several issued tokens it is, never to trust it. */
export function claimedExpiry(token: string): number | null {
  const match = TOKEN.exec(token)
  return match ? Number(match[1]) : null
}

/**
 * Whether the token was signed by this backend for this purpose and subject, and whether it is still valid.
 * A token that is not ours is "invalid" even when its expiry has passed: "expired" tells a real link's reader
 * to ask for a new one.
 */
export function checkToken(container: MedusaContainer, purpose: string, subject: string, token: unknown, now = new Date()): TokenCheck {
  if (typeof token !== "string") return "invalid"
  const match = TOKEN.exec(token)
  if (!match) return "invalid"
  const expiresAt = Number(match[1])
  const expected = Buffer.from(signature(keyOf(container, purpose), subject, expiresAt))
  const given = Buffer.from(match[2]!)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return "invalid"
  return expiresAt > now.getTime() ? "valid" : "expired"
}

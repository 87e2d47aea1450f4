/**
 * Sessions that end (docs/decisions/023-sessions-end-by-a-per-login-epoch.md). Medusa's customer tokens are JWTs
 * it cannot revoke: valid until they expire. Each login (auth identity) keeps the second before which its tokens
 * no longer count, `ocop_tokens_valid_after` in the identity's `app_metadata`, which only the backend writes
 * (a customer can change her own `metadata`, not this). Logout and a password change or reset move it to now;
 * a middleware (api/ended-sessions.ts) refuses every older token on every store route.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export const VALID_AFTER_KEY = "ocop_tokens_valid_after"

/** A JWT's claims, read without checking its signature: only to refuse it, never to let it in. */
export function tokenClaims(token: string): { auth_identity_id?: string; actor_type?: string; entity_id?: string; iat?: number } | null {
  const payload = token.split(".")[1]
  if (!payload) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return claims && typeof claims === "object" ? claims : null
  } catch {
    return null
  }
}

/** Whether a token issued at `iat` (seconds) is older than the login's sessions allow. */
export function isEnded(iat: number | undefined, validAfter: unknown): boolean {
  if (typeof validAfter !== "number") return false
  // A token without an issue time cannot be shown to be newer.
  return typeof iat !== "number" || iat < validAfter
}

export async function tokensValidAfter(container: MedusaContainer, authIdentityId: string): Promise<number | null> {
  const [identity] = await container.resolve(Modules.AUTH).listAuthIdentities({ id: [authIdentityId] }, { select: ["id", "app_metadata"] })
  const value = identity?.app_metadata?.[VALID_AFTER_KEY]
  return typeof value === "number" ? value : null
}

/**
 * Ends every session of this login that was opened before this second. Tokens issued within the same second
 * as the end still count (a JWT's `iat` has whole seconds): the login that follows a password change must work.
 */
export async function endSessions(container: MedusaContainer, authIdentityId: string, now = new Date()) {
  const auth = container.resolve(Modules.AUTH)
  const identity = await auth.retrieveAuthIdentity(authIdentityId)
  await auth.updateAuthIdentities({
    id: authIdentityId,
    // Medusa keeps the customer's id in the same object: written back whole.
    app_metadata: { ...(identity.app_metadata ?? {}), [VALID_AFTER_KEY]: Math.floor(now.getTime() / 1000) },
  })
}

/** The login whose password an e-mail opens (after a reset, which knows only the e-mail). */
export async function authIdentityOfEmail(container: MedusaContainer, email: string): Promise<string | null> {
  const [provider] = await container.resolve(Modules.AUTH).listProviderIdentities({ provider: "emailpass", entity_id: email })
  return provider?.auth_identity_id ?? null
}

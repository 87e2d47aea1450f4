import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isEnded, tokenClaims, tokensValidAfter } from "../customers/sessions"

/** The actors whose sessions end (customers/sessions.ts): shoppers and producers' members. */
const ENDING_ACTORS = new Set(["customer", "producer"])

/**
 * Refuses a customer's or producer member's bearer token issued before the login's last logout, password
 * change or removal from a team (customers/sessions.ts), on every store and producer route and on the auth
 * routes that would turn it into a session or a fresh token. Answers 401 as Medusa does for an expired token,
 * so clients (the storefront, the portal) treat it the same way: logged out.
 */
export async function refuseEndedSessions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers.authorization
  if (typeof header !== "string" || !/^bearer /i.test(header)) return next()
  const claims = tokenClaims(header.slice(7).trim())
  if (!claims?.auth_identity_id || !ENDING_ACTORS.has(claims.actor_type ?? "")) return next()
  try {
    const validAfter = await tokensValidAfter(req.scope, claims.auth_identity_id)
    if (isEnded(claims.iat, validAfter)) {
      res.status(401).json({ type: "unauthorized", message: "Phiên đăng nhập đã kết thúc / this session has ended: log in again" })
      return
    }
  } catch (error) {
    return next(error)
  }
  next()
}

import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isEnded, tokenClaims, tokensValidAfter } from "../customers/sessions"

/**
 * Refuses a customer's bearer token issued before her last logout or password change (customers/sessions.ts),
 * on every store route and on the auth routes that would turn it into a session or a fresh token. Answers 401
 * as Medusa does for an expired token, so clients (the storefront) treat it the same way: logged out.
 */
export async function refuseEndedSessions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const header = req.headers.authorization
  if (typeof header !== "string" || !/^bearer /i.test(header)) return next()
  const claims = tokenClaims(header.slice(7).trim())
  if (!claims?.auth_identity_id || claims.actor_type !== "customer") return next()
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

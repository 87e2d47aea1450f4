import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { authIdentityOfEmail, endSessions, tokenClaims } from "../../customers/sessions"
import { refuseEndedSessions } from "../ended-sessions"
import { createRateLimiter, emailIn, rateLimit } from "../rate-limit"

/**
 * Medusa's own auth routes, limited (rate-limit.ts): every actor's emailpass login (customer, admin user, and
 * any actor added later) and every reset request, which mails the account. Medusa's handlers run unchanged.
 */
const logins = createRateLimiter("login")
const resetRequests = createRateLimiter("reset_request")

/**
 * A password set through Medusa's reset link ends the customer's earlier sessions, as a change does. Done once
 * Medusa has accepted the reset token; from the second the request came in, so the login that follows counts.
 */
function endSessionsAfterReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const startedAt = new Date()
  const header = req.headers.authorization
  const email = typeof header === "string" ? tokenClaims(header.replace(/^bearer /i, ""))?.entity_id : undefined
  res.on("finish", () => {
    if (res.statusCode < 200 || res.statusCode >= 300 || typeof email !== "string") return
    void authIdentityOfEmail(req.scope, email)
      .then((id) => (id ? endSessions(req.scope, id, startedAt) : undefined))
      .catch(() => {})
  })
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  // An ended session must not come back as Medusa's cookie session or as a refreshed token.
  { method: ["POST"], matcher: "/auth/session", middlewares: [refuseEndedSessions] },
  { method: ["POST"], matcher: "/auth/token/refresh", middlewares: [refuseEndedSessions] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/update", middlewares: [endSessionsAfterReset] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [rateLimit(logins, emailIn("email"))] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [rateLimit(resetRequests, emailIn("identifier"))],
  },
]

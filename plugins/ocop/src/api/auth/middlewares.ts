import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { forgetWhatAnUnverifiedAccountSaved, markEmailVerified } from "../../customers/email-verification"
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
 * The link reached the account's mailbox, so it also verifies the e-mail: the owner of an address someone else
 * registered takes the account over this way (customers/email-verification.ts).
 */
function afterPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const startedAt = new Date()
  const header = req.headers.authorization
  const email = typeof header === "string" ? tokenClaims(header.replace(/^bearer /i, ""))?.entity_id : undefined
  res.on("finish", () => {
    if (res.statusCode < 200 || res.statusCode >= 300 || typeof email !== "string") return
    void authIdentityOfEmail(req.scope, email)
      .then(async (id) => {
        if (!id) return
        await endSessions(req.scope, id, startedAt)
        const wasVerified = await markEmailVerified(req.scope, id, email)
        if (!wasVerified) await forgetWhatAnUnverifiedAccountSaved(req.scope, id)
      })
      .catch(() => {})
  })
  next()
}

export const authMiddlewares: MiddlewareRoute[] = [
  // An ended session must not come back as Medusa's cookie session or as a refreshed token.
  { method: ["POST"], matcher: "/auth/session", middlewares: [refuseEndedSessions] },
  { method: ["POST"], matcher: "/auth/token/refresh", middlewares: [refuseEndedSessions] },
  { method: ["POST"], matcher: "/auth/customer/emailpass/update", middlewares: [afterPasswordReset] },
  { method: ["POST"], matcher: "/auth/:actor_type/emailpass", middlewares: [rateLimit(logins, emailIn("email"))] },
  {
    method: ["POST"],
    matcher: "/auth/:actor_type/emailpass/reset-password",
    middlewares: [rateLimit(resetRequests, emailIn("identifier"))],
  },
]

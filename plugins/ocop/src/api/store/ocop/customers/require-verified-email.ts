import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { emailVerifiedAt, notVerifiedError } from "../../../../customers/email-verification"
import { registeredCustomer } from "../../../../customers/guest-orders"

/**
 * After Medusa's customer authentication: only a registered customer whose current e-mail is verified goes on.
 * What was sent to an address (guest orders) comes into an account only once its owner has shown she reads that
 * address (issue 16, finding 6); a review is written only by a buyer who has shown the same (issue 21).
 */
export async function requireVerifiedEmail(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { auth_context } = req as AuthenticatedMedusaRequest
    const { email } = await registeredCustomer(req.scope, auth_context.actor_id)
    if (!(await emailVerifiedAt(req.scope, auth_context.auth_identity_id, email))) return next(notVerifiedError())
    next()
  } catch (error) {
    next(error)
  }
}

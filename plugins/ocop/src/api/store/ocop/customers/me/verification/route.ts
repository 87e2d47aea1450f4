import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { VERIFICATION_LINK_HOURS, emailVerifiedAt } from "../../../../../../customers/email-verification"
import { CustomerEvents } from "../../../../../../customers/events"
import { registeredCustomer } from "../../../../../../customers/guest-orders"

/** Whether the account's e-mail is verified, and since when. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const verifiedAt = await emailVerifiedAt(req.scope, req.auth_context.auth_identity_id, customer.email)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ email_verification: { email: customer.email, verified: verifiedAt !== null, verified_at: verifiedAt, link_hours: VERIFICATION_LINK_HOURS } })
}

/** Mails the verification link again (a new one; earlier links stay good until they expire). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customer = await registeredCustomer(req.scope, req.auth_context.actor_id)
  const verifiedAt = await emailVerifiedAt(req.scope, req.auth_context.auth_identity_id, customer.email)
  res.setHeader("Cache-Control", "private, no-store")
  if (verifiedAt) {
    res.json({ email_verification: { email: customer.email, verified: true, verified_at: verifiedAt, mail_sent: false } })
    return
  }
  await req.scope.resolve(Modules.EVENT_BUS).emit({ name: CustomerEvents.EMAIL_VERIFICATION_REQUESTED, data: { customer_id: customer.id } })
  res.status(202).json({ email_verification: { email: customer.email, verified: false, verified_at: null, mail_sent: true, link_hours: VERIFICATION_LINK_HOURS } })
}

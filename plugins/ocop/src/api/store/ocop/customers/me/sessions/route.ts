import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endSessions } from "../../../../../../customers/sessions"

/**
 * Logs the customer out everywhere: every token of her login issued before this second stops working (this
 * one too), on every device and in the storefront's cookie. The storefront's logout calls it.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await endSessions(req.scope, req.auth_context.auth_identity_id)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ sessions_ended: true })
}

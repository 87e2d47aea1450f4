import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { endSessions } from "../../../../customers/sessions"

/** Signs the member out everywhere: every token of her login issued before this second stops working. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await endSessions(req.scope, req.auth_context.auth_identity_id)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ sessions_ended: true })
}

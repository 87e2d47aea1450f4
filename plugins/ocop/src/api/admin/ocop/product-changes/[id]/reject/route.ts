import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductChange } from "../../../../../../producers/catalogue"
import { loadProductChange } from "../../shape"
import type { AdminRejectProductChangeType } from "../../validators"

/** The programme refuses the change, saying why; the product stays as it was graded. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectProductChangeType>, res: MedusaResponse) {
  await decideProductChange(req.scope, req.params.id!, { approve: false, reason: req.validatedBody.reason, actor: `user:${req.auth_context.actor_id}` })
  res.json({ product_change: await loadProductChange(req.scope, req.params.id!) })
}

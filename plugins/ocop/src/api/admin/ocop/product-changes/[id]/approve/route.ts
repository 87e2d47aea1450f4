import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideProductChange } from "../../../../../../producers/catalogue"
import { loadProductChange } from "../../shape"

/** The programme accepts the change: the new title or variant goes live through Medusa's workflows, the product goes on or off the sales point's shelf. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await decideProductChange(req.scope, req.params.id!, { approve: true, actor: `user:${req.auth_context.actor_id}` })
  res.json({ product_change: await loadProductChange(req.scope, req.params.id!) })
}

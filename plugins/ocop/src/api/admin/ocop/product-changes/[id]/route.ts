import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductChange } from "../shape"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product_change: await loadProductChange(req.scope, req.params.id!) })
}

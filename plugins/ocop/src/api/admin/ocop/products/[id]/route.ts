import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadProductOcop } from "../helpers"

/** The product's OCOP side: current certification and its state, history, producer, sales points. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: await loadProductOcop(req.scope, req.params.id) })
}

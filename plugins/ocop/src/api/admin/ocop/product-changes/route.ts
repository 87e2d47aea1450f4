import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listProductChanges } from "./shape"
import type { AdminListProductChangesType } from "./validators"

/** Producers' new titles and variants of certified products and their sales-point requests, waiting for the programme (oldest first) or decided. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProductChangesType>, res: MedusaResponse) {
  res.json(await listProductChanges(req.scope, req.validatedQuery))
}

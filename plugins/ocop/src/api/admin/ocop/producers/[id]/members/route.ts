import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMembers, type Page } from "../../../../../../producers/team"

/** A producer's team, as its owners see it in the portal. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await listMembers(req.scope, req.params.id!, req.validatedQuery as Page))
}

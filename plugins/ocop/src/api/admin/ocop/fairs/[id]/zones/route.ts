import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createFairZoneWorkflow } from "../../../../../../workflows/fairs/zones"
import { loadFair } from "../../helpers"
import type { AdminCreateZoneType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateZoneType>, res: MedusaResponse) {
  await createFairZoneWorkflow(req.scope).run({ input: { ...req.validatedBody, fair_id: req.params.id } })
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

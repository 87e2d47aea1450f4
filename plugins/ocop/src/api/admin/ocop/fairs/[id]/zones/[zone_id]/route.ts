import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFairZoneWorkflow, updateFairZoneWorkflow } from "../../../../../../../workflows/fairs/zones"
import { loadFair } from "../../../helpers"
import type { AdminUpdateZoneType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateZoneType>, res: MedusaResponse) {
  await updateFairZoneWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.zone_id, fair_id: req.params.id } })
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

/** Only an empty zone: move or delete its booths first. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteFairZoneWorkflow(req.scope).run({ input: { id: req.params.zone_id, fair_id: req.params.id } })
  res.json({ id: req.params.zone_id, object: "fair_zone", deleted: true })
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFairWorkflow } from "../../../../../workflows/fairs/delete-fair"
import { updateFairWorkflow } from "../../../../../workflows/fairs/update-fair"
import { loadFair } from "../helpers"
import type { AdminUpdateFairType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFairType>, res: MedusaResponse) {
  await updateFairWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

/** Only a fair no buyer has written to; its booths and its sales point go with it. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await loadFair(req.scope, req.params.id)
  await deleteFairWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "fair", deleted: true })
}

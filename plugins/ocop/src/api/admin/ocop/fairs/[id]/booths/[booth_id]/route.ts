import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteBoothWorkflow, saveBoothWorkflow } from "../../../../../../../workflows/fairs/booths"
import { loadFair } from "../../../helpers"
import type { AdminUpdateBoothType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateBoothType>, res: MedusaResponse) {
  await saveBoothWorkflow(req.scope).run({ input: { ...req.validatedBody, fair_id: req.params.id, booth_id: req.params.booth_id } })
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteBoothWorkflow(req.scope).run({ input: { id: req.params.booth_id, fair_id: req.params.id } })
  res.json({ id: req.params.booth_id, object: "booth", deleted: true })
}

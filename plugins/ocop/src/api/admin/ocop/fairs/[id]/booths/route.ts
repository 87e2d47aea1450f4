import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveBoothWorkflow } from "../../../../../../workflows/fairs/booths"
import { loadFair } from "../../helpers"
import type { AdminCreateBoothType } from "../../validators"

/** A booth for a producer, showing only that producer's showable products. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateBoothType>, res: MedusaResponse) {
  await saveBoothWorkflow(req.scope).run({ input: { ...req.validatedBody, fair_id: req.params.id } })
  res.json({ fair: await loadFair(req.scope, req.params.id) })
}

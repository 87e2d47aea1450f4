import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteProducersWorkflow } from "../../../../../workflows/delete-producers"
import { updateProducersWorkflow } from "../../../../../workflows/update-producers"
import { loadProducer } from "../helpers"
import type { AdminUpdateProducerType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await loadProducer(req.scope, req.params.id) })
}

/** Medusa's convention: POST to the resource updates it. The products' store cards follow. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) {
  await updateProducersWorkflow(req.scope).run({ input: { producers: [{ ...req.validatedBody, id: req.params.id }] } })
  res.json({ producer: await loadProducer(req.scope, req.params.id) })
}

/** Refused (400) while the producer still has products. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteProducersWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "producer", deleted: true })
}

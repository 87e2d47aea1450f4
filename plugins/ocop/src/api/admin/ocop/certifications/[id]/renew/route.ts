import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renewCertificationWorkflow } from "../../../../../../workflows/renew-certification"
import { loadCertification } from "../../helpers"
import type { AdminRenewCertificationType } from "../../validators"

/** A new certification that renews this one; this one stays as history. Answers with the new one. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRenewCertificationType>, res: MedusaResponse) {
  const { result } = await renewCertificationWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ certification: await loadCertification(req.scope, result.id) })
}

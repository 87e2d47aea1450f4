import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeCertificationWorkflow } from "../../../../../../workflows/revoke-certification"
import { loadCertification } from "../../helpers"
import type { AdminRevokeCertificationType } from "../../validators"

/** Withdraws the certificate; the product leaves the store unless another certification speaks for it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRevokeCertificationType>, res: MedusaResponse) {
  await revokeCertificationWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason.trim() } })
  res.json({ certification: await loadCertification(req.scope, req.params.id) })
}

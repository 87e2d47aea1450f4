import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueBatch, listBatches } from "../../../../../stamp-routes"
import type { AdminStampPageType, IssueStampBatchType } from "../../../stamps/validators"

/** The certificate's stamp batches, newest first, with how many of their codes were checked or warned. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminStampPageType>, res: MedusaResponse) {
  await listBatches(req, res, req.params.id, null, req.validatedQuery)
}

/** The programme issues N serialised stamps for a valid certificate. */
export async function POST(req: AuthenticatedMedusaRequest<IssueStampBatchType>, res: MedusaResponse) {
  await issueBatch(req, res, {
    certification_id: req.params.id,
    quantity: req.validatedBody.quantity,
    note: req.validatedBody.note ?? null,
    issued_by: "programme",
    issued_by_id: req.auth_context?.actor_id ?? null,
    producer_id: null,
  })
}

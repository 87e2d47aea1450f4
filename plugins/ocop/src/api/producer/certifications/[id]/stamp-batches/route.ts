import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueBatch, listBatches } from "../../../../stamp-routes"
import { producerMemberOf } from "../../../member-context"
import type { IssueStampBatchType, ProducerStampPageType } from "../../validators"

/** The stamp batches of one of the producer's own certificates; another producer's certificate is a 404. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerStampPageType>, res: MedusaResponse) {
  await listBatches(req, res, req.params.id, producerMemberOf(req).producer_id, req.validatedQuery)
}

/** The producer issues N serialised stamps for its own valid certificate. */
export async function POST(req: AuthenticatedMedusaRequest<IssueStampBatchType>, res: MedusaResponse) {
  const member = producerMemberOf(req)
  await issueBatch(req, res, {
    certification_id: req.params.id,
    quantity: req.validatedBody.quantity,
    note: req.validatedBody.note ?? null,
    issued_by: "producer",
    issued_by_id: member.member_id,
    producer_id: member.producer_id,
  })
}

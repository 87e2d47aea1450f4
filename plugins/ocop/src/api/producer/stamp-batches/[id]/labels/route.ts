import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendLabels } from "../../../../stamp-routes"
import { producerMemberOf } from "../../../member-context"

/** The sheet of labels of one of the producer's own batches; another producer's batch is a 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendLabels(req, res, req.params.id, producerMemberOf(req).producer_id)
}

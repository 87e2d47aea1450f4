import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { remindProducersWorkflow } from "../../../../../workflows/programme/remind-producers"
import type { AdminRemindProducersType } from "../validators"

/**
 * "Remind the producer" for the chosen certificates: a mail to each one's producer and team, at most once a day
 * per certificate, so a double click or a colleague's second try sends nothing more (`already_reminded_today`).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRemindProducersType>, res: MedusaResponse) {
  const { result } = await remindProducersWorkflow(req.scope).run({
    input: { certification_ids: req.validatedBody.certification_ids, requested_by: req.auth_context?.actor_id ?? null },
  })
  res.json(result)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeFor } from "./helpers"
import type { AdminProgrammeParamsType } from "./validators"

/** The programme dashboard: each plan's targets beside the actuals, and the figures behind the charts. */
export async function GET(req: AuthenticatedMedusaRequest<AdminProgrammeParamsType>, res: MedusaResponse) {
  res.json(await programmeFor(req.scope, (req.validatedQuery as AdminProgrammeParamsType).year))
}

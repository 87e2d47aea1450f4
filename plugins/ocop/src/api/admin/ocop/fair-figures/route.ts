import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { promotionFigures, vietnamYearOf } from "../../../../fairs/figures"
import type { AdminFairFiguresType } from "../fairs/validators"

/**
 * The trade-promotion figures of plan 76/KH-UBND for a year (default: this one in Vietnam): the share of OCOP
 * producers that had a booth at a fair, and of the products shown there that reached a memorandum or a contract
 * (src/fairs/figures.ts says how each is counted). The programme's dashboard reads the two `*_percent` fields.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminFairFiguresType>, res: MedusaResponse) {
  const now = new Date()
  res.json({ figures: await promotionFigures(req.scope, { year: req.validatedQuery.year ?? vietnamYearOf(now), now }) })
}

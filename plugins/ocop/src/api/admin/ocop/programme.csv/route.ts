import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeCsv } from "../../../../programme/csv"
import { programmeFor } from "../programme/helpers"
import type { AdminProgrammeParamsType } from "../programme/validators"

/** The dashboard's figures as CSV, for a report or a spreadsheet: the same numbers as the screen. */
export async function GET(req: AuthenticatedMedusaRequest<AdminProgrammeParamsType>, res: MedusaResponse) {
  const { year } = req.validatedQuery as AdminProgrammeParamsType
  const result = await programmeFor(req.scope, year)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="chuong-trinh-ocop-${year ?? "hom-nay"}.csv"`)
  res.send(programmeCsv(result))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDay } from "../../../../modules/ocop/rules"
import { registerCsv, registerRows } from "../../../../programme/register/export"

/** The whole register as CSV (UTF-8 with a byte-order mark for Excel), in the columns an import reads. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const now = new Date()
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="so-ocop-${vietnamDay(now)}.csv"`)
  res.send(registerCsv(await registerRows(req.scope, now)))
}

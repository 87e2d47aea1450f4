import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { vietnamDay } from "../../../../modules/ocop/rules"
import { registerRows, registerXlsx } from "../../../../programme/register/export"

/** The whole register as an Excel workbook, in the columns an import reads. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const now = new Date()
  res.setHeader("content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  res.setHeader("content-disposition", `attachment; filename="so-ocop-${vietnamDay(now)}.xlsx"`)
  res.send(await registerXlsx(await registerRows(req.scope, now)))
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { allLeads } from "../../../../../../../fairs/leads"
import { leadsCsv } from "../../../../../../../fairs/leads-csv"
import { loadFair } from "../../../helpers"
import type { AdminExportFairLeadsType } from "../../../validators"

/** The fair's leads as a CSV file (fairs/leads-csv.ts), newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminExportFairLeadsType>, res: MedusaResponse) {
  const fair = await loadFair(req.scope, req.params.id)
  const leads = await allLeads(req.scope, { fair_id: fair.id, status: req.validatedQuery.status })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="khach-hoi-mua-${fair.handle}.csv"`)
  res.setHeader("Cache-Control", "private, no-store")
  res.send(leadsCsv(leads))
}

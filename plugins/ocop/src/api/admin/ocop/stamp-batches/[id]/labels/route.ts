import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendLabels } from "../../../../../stamp-routes"

/** The batch's sheet of QR labels as a PDF (A4, 28 labels a page). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendLabels(req, res, req.params.id, null)
}

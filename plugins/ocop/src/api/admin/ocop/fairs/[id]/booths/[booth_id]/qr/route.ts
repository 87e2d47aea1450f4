import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { boothQrTarget, sendQr } from "../../../../qr"
import type { AdminFairQrType } from "../../../../validators"

/** The booth's QR code: its page at the fair, where a buyer sees its products and writes to its producer. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminFairQrType>, res: MedusaResponse) {
  await sendQr(res, await boothQrTarget(req.scope, req.params.id, req.params.booth_id), req.validatedQuery.format)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productQrTarget, sendQr } from "../../../../../../qr"
import type { AdminFairQrType } from "../../../../../../validators"

/** The QR code of a product the booth shows: its page, with the fair and booth as referral. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminFairQrType>, res: MedusaResponse) {
  await sendQr(res, await productQrTarget(req.scope, req.params.id, req.params.booth_id, req.params.product_id), req.validatedQuery.format)
}

import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeFavourite } from "../../../../../../../customers/favourites"

/** Takes a product off the customer's list; `deleted` says whether it was there. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(req.params.handle) || req.params.handle.length > 200) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Mã sản phẩm không hợp lệ / not a product handle")
  }
  const deleted = await removeFavourite(req.scope, req.auth_context.actor_id, req.params.handle)
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ product_handle: req.params.handle, deleted })
}

import type { MedusaRequest } from "@medusajs/framework/http"
import { notFound, ocopService } from "../../../helpers"

/** The product a review route is about: one the catalogue shows today, found by its handle, else 404. */
export async function reviewedProduct(req: MedusaRequest): Promise<{ id: string; handle: string }> {
  const handle = req.params.handle!
  const { rows } = await ocopService(req).listCatalogue({ now: new Date(), product_handles: [handle] }, { limit: 1, offset: 0 })
  const row = rows[0]
  if (!row) throw notFound(`Không có sản phẩm OCOP "${handle}" đang được chứng nhận`, `no currently certified OCOP product "${handle}"`)
  return { id: row.product_id, handle: row.handle }
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopService, requestLocale, sendCached, toProductCard } from "../helpers"
import type { StoreOcopProductsParamsType } from "../validators"

/**
 * The certified catalogue: one query over the read model (filters, text search, order, page and total together).
 * "Showable today" is judged there, against the clock, so a certificate that lapsed since the last sweep is
 * already gone.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopProductsParamsType>, res: MedusaResponse) {
  const { limit, offset, order, locale: _locale, region_id: _region, ...filters } = req.validatedQuery as StoreOcopProductsParamsType
  const { rows, count } = await ocopService(req).listCatalogue({ ...filters, now: new Date() }, { limit, offset, order })
  const locale = requestLocale(req)
  sendCached(res, { products: rows.map((row) => toProductCard(row, locale)), count, limit, offset })
}

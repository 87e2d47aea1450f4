import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { searchCatalogue } from "../../../../lib/catalogue-search/search"
import { foldVietnamese } from "../../../../modules/ocop/utils/fold"
import { ocopService, requestLocale, sendCached, toProductCard } from "../helpers"
import type { StoreOcopProductsParamsType } from "../validators"

/**
 * The certified catalogue. Browsing (no `q`) is one query over the read model: filters, order, page and total
 * together. With `q`, Medusa's Search Module finds and ranks the products (relevance unless `order` is given)
 * under the same filters, and the read model supplies their cards (lib/catalogue-search/search.ts).
 * "Showable today" is judged against the clock on both paths, so a certificate that lapsed since the last
 * sweep is already gone.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopProductsParamsType>, res: MedusaResponse) {
  const { limit, offset, order, q, locale: _locale, region_id: _region, handle, ...rest } = req.validatedQuery as StoreOcopProductsParamsType
  const filters = { ...rest, ...(handle ? { product_handles: handle } : {}) }
  const now = new Date()
  const { rows, count } =
    q && foldVietnamese(q)
      ? await searchCatalogue(req.scope, { ...filters, q, now }, { limit, offset, order })
      : await ocopService(req).listCatalogue({ ...filters, now }, { limit, offset, order: order ?? "-stars" })
  const locale = requestLocale(req)
  sendCached(res, { products: rows.map((row) => toProductCard(row, locale)), count, limit, offset })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopService, sendCached } from "../helpers"
import type { StoreOcopShortListParamsType } from "../validators"

/**
 * The old districts the showable products come from, as certificates print them, with how many products each:
 * the catalogue's "place of origin" filter (`GET /store/ocop/products?district=`). Names are proper names, the
 * same in both languages. A page at a time like every list (`limit` 1–100, default 100, `offset`): a province has
 * a dozen or two, the country several hundred.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopShortListParamsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const districts = await ocopService(req).countCatalogueByDistrict(new Date())
  sendCached(res, { districts: districts.slice(offset, offset + limit), count: districts.length, limit, offset })
}

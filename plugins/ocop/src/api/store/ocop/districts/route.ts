import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopService, sendCached } from "../helpers"

/**
 * The old districts the showable products come from, as certificates print them, with how many products each:
 * the catalogue's "place of origin" filter (`GET /store/ocop/products?district=`). Names are proper names, the
 * same in both languages.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const districts = await ocopService(req).countCatalogueByDistrict(new Date())
  sendCached(res, { districts })
}

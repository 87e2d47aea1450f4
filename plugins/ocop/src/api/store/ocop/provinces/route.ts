import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryZoneOf, listProvinces } from "../../../../modules/ocop/places"
import { ocopService, sendCached } from "../helpers"
import type { StoreOcopShortListParamsType } from "../validators"

/**
 * The 34 provinces since July 2025, for the address form and the storefront's province pages: official code,
 * name, the delivery zone that prices home delivery there, and how many certified products on show come from
 * there. The names are proper names, the same in both languages.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopShortListParamsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const provinces = listProvinces()
  const counts = await ocopService(req).countCatalogueBy("province", new Date())
  sendCached(res, {
    provinces: provinces.slice(offset, offset + limit).map((province) => ({
      code: province.code,
      name: province.name,
      delivery_zone: deliveryZoneOf(province.code)?.code ?? null,
      product_count: counts.get(province.code) ?? 0,
    })),
    count: provinces.length,
    limit,
    offset,
  })
}

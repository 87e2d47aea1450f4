import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_ZONES } from "../../../../modules/ocop/places"
import { requestLocale, sendCached } from "../helpers"
import type { StoreOcopShortListParamsType } from "../validators"

/**
 * Home delivery's zones as the checkout prices them (modules/ocop/places: the same table the shipping options are
 * made from), for the product page's "delivery to …" estimate: the price of one producer's parcel and the working
 * days from the warehouse, with the provinces of each zone. Pickup at a sales point is free and not listed. Three
 * zones, paged like every list (`limit` 1–100, default 100, `offset`, `count`).
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopShortListParamsType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const locale = requestLocale(req)
  sendCached(res, {
    delivery_zones: DELIVERY_ZONES.slice(offset, offset + limit).map((zone) => ({
      code: zone.code,
      name: locale === "en" ? zone.name_en : zone.name_vi,
      price: { amount: zone.price_vnd, currency_code: "vnd" },
      days: zone.days,
      province_codes: [...zone.province_codes],
    })),
    count: DELIVERY_ZONES.length,
    limit,
    offset,
  })
}

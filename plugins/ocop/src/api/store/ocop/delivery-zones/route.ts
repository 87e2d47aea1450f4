import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DELIVERY_ZONES } from "../../../../modules/ocop/places"
import { requestLocale, sendCached } from "../helpers"

/**
 * Home delivery's zones as the checkout prices them (modules/ocop/places: the same table the shipping options are
 * made from), for the product page's "delivery to …" estimate: the price of one producer's parcel and the working
 * days from the warehouse, with the provinces of each zone. Pickup at a sales point is free and not listed.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const locale = requestLocale(req)
  sendCached(res, {
    delivery_zones: DELIVERY_ZONES.map((zone) => ({
      code: zone.code,
      name: locale === "en" ? zone.name_en : zone.name_vi,
      price: { amount: zone.price_vnd, currency_code: "vnd" },
      days: zone.days,
      province_codes: [...zone.province_codes],
    })),
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryZoneOf, listProvinces } from "../../../../modules/ocop/places"
import { sendCached } from "../helpers"

/**
 * The 34 provinces since July 2025, for the address form: official code, name, and the delivery zone that
 * prices home delivery there. The names are proper names, the same in both languages.
 */
export async function GET(_req: MedusaRequest, res: MedusaResponse) {
  sendCached(res, {
    provinces: listProvinces().map((province) => ({
      code: province.code,
      name: province.name,
      delivery_zone: deliveryZoneOf(province.code)?.code ?? null,
    })),
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deliveryZoneOf, findProvince, listWards } from "../../../../../modules/ocop/places"
import { notFound, sendCached } from "../../helpers"

/** One province with its communes, wards and special zones, by official code. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const province = findProvince(req.params.code)
  if (!province) throw notFound(`Không có tỉnh, thành phố mã ${req.params.code}`, `no province has the code ${req.params.code}`)
  sendCached(res, {
    province: {
      code: province.code,
      name: province.name,
      delivery_zone: deliveryZoneOf(province.code)?.code ?? null,
      wards: listWards(province.code)!.map((ward) => ({ code: ward.code, name: ward.name })),
    },
  })
}

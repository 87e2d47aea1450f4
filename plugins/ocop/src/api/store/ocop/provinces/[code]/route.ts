import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closedFairPointIds } from "../../../../../fairs/where-to-buy"
import { deliveryZoneOf, findProvince, listWards } from "../../../../../modules/ocop/places"
import { notFound, ocopService, sendCached } from "../../helpers"

/**
 * One province with its communes, wards and special zones (all of them: the address form offers every one, 168 at
 * most), by official code, with how many certified products, producers and sales points it has (counted as
 * `GET /store/ocop/sales-points?province_code=` counts them: a fair's booth only while its fair runs).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const province = findProvince(req.params.code)
  if (!province) throw notFound(`Không có tỉnh, thành phố mã ${req.params.code}`, `no province has the code ${req.params.code}`)
  const ocop = ocopService(req)
  const now = new Date()
  const pointFilters = { province_code: province.code, active: true }
  const closed = await closedFairPointIds(req.scope, ocop, pointFilters, now)
  const [products, [, producers], [, salesPoints]] = await Promise.all([
    ocop.countCatalogueBy("province", now, [province.code]),
    ocop.listAndCountProducers({ province_code: province.code }, { take: 1, select: ["id"] }),
    ocop.listAndCountSalesPoints({ ...pointFilters, ...(closed.length ? { id: { $nin: closed } } : {}) }, { take: 1, select: ["id"] }),
  ])
  sendCached(res, {
    province: {
      code: province.code,
      name: province.name,
      delivery_zone: deliveryZoneOf(province.code)?.code ?? null,
      product_count: products.get(province.code) ?? 0,
      producer_count: producers,
      sales_point_count: salesPoints,
      wards: listWards(province.code)!.map((ward) => ({ code: ward.code, name: ward.name })),
    },
  })
}

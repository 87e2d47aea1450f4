import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openSalesPoints } from "../../../../../fairs/where-to-buy"
import { notFound, ocopService, productsOfPlace, sendCached, toSalesPoint } from "../../helpers"

/** One sales point with the certified products on sale there today; a closed one (a fair outside its days) is not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const [listed] = await ocopService(req).listSalesPoints({ handle, active: true }, { take: 1 })
  const [point] = listed ? (await openSalesPoints(req.scope, [listed], new Date())).points : []
  if (!point) {
    throw notFound(`Không có điểm bán OCOP "${handle}" đang hoạt động`, `no active OCOP sales point "${handle}"`)
  }
  const { locale, count, products } = await productsOfPlace(req, { sales_point: handle })
  sendCached(res, { sales_point: { ...toSalesPoint(point, count, locale), products } })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { notFound, ocopService, productsOfPlace, sendCached, toSalesPoint } from "../../helpers"

/** One sales point with the certified products on sale there today; a closed one is not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const [point] = await ocopService(req).listSalesPoints({ handle, active: true }, { take: 1 })
  if (!point) {
    throw notFound(`Không có điểm bán OCOP "${handle}" đang hoạt động`, `no active OCOP sales point "${handle}"`)
  }
  const { locale, count, products } = await productsOfPlace(req, { sales_point: handle })
  sendCached(res, { sales_point: { ...toSalesPoint(point, count, locale), products } })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  notFound,
  ocopService,
  PRODUCTS_PER_PAGE_OF_PLACE,
  requestLocale,
  sendCached,
  toProductCard,
  toSalesPoint,
} from "../../helpers"

/** One sales point with the certified products on sale there today; a closed one is not found. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const ocop = ocopService(req)
  const handle = req.params.handle
  const [point] = await ocop.listSalesPoints({ handle, active: true }, { take: 1 })
  if (!point) {
    throw notFound(`Không có điểm bán OCOP "${handle}" đang hoạt động`, `no active OCOP sales point "${handle}"`)
  }
  const { rows, count } = await ocop.listCatalogue(
    { now: new Date(), sales_point: handle },
    { limit: PRODUCTS_PER_PAGE_OF_PLACE, offset: 0 }
  )
  const locale = requestLocale(req)
  sendCached(res, {
    sales_point: { ...toSalesPoint(point, count, locale), products: rows.map((row) => toProductCard(row, locale)) },
  })
}

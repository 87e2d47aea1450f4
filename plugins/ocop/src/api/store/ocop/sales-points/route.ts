import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ocopService, requestLocale, sendCached, toSalesPoint } from "../helpers"
import type { StoreOcopSalesPointsParamsType } from "../validators"

/**
 * The active sales points, by name, a page at a time: a few dozen per province, thousands across the country.
 * With `product`, only the places that sell that product today (none when it is not showable). `product_count`
 * is counted for the page's points only.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopSalesPointsParamsType>, res: MedusaResponse) {
  const { type, province_code, product, limit, offset } = req.validatedQuery
  const ocop = ocopService(req)
  const now = new Date()
  let handles: string[] | undefined
  if (product) {
    const { rows } = await ocop.listCatalogue({ now, product_handles: [product] }, { limit: 1, offset: 0 })
    handles = rows[0]?.sales_point_handles ?? []
  }
  const locale = requestLocale(req)
  if (handles && !handles.length) return sendCached(res, { sales_points: [], count: 0, limit, offset })

  const [points, count] = await ocop.listAndCountSalesPoints(
    {
      active: true,
      ...(type ? { type: type as any } : {}),
      ...(province_code ? { province_code } : {}),
      ...(handles ? { handle: handles } : {}),
    },
    { take: limit, skip: offset, order: { name: "ASC", handle: "ASC" } }
  )
  const counts = await ocop.countCatalogueBy("sales_point", now, points.map((point) => point.handle))
  sendCached(res, {
    sales_points: points.map((point) => toSalesPoint(point, counts.get(point.handle) ?? 0, locale)),
    count,
    limit,
    offset,
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { closedFairPointIds } from "../../../../fairs/where-to-buy"
import { ocopService, requestLocale, sendCached, toSalesPoint } from "../helpers"
import type { StoreOcopSalesPointsParamsType } from "../validators"

/**
 * The active sales points, by name, a page at a time: a few dozen per province, thousands across the country.
 * With `product`, only the places that sell that product today (none when it is not showable). A fair's point
 * only while the fair runs. `count` counts every match; `product_count` is counted for the page's points only.
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

  const filters = {
    active: true,
    ...(type ? { type: type as any } : {}),
    ...(province_code ? { province_code } : {}),
    ...(handles ? { handle: handles } : {}),
  }
  // A fair's booth is listed only during the fair's days: the closed ones are left out of the paged query itself.
  const closed = await closedFairPointIds(req.scope, ocop, filters, now)
  const [points, count] = await ocop.listAndCountSalesPoints(
    { ...filters, ...(closed.length ? { id: { $nin: closed } } : {}) },
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

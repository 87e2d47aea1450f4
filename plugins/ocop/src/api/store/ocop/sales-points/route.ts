import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openSalesPoints } from "../../../../fairs/where-to-buy"
import { ocopService, requestLocale, sendCached, toSalesPoint } from "../helpers"
import type { StoreOcopSalesPointsParamsType } from "../validators"

/**
 * The active sales points, by name, a page at a time: a few dozen per province, thousands across the country.
 * With `product`, only the places that sell that product today (none when it is not showable). A fair's point
 * only while the fair runs. `product_count` is counted for the page's points only.
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
  // A fair's booth is listed only during the fair's days. Fair points are few (one per fair), so the closed ones
  // are found first and left out of the paged query: `count` and the pages then agree.
  const closed = type && type !== "fair_booth" ? [] : await closedFairPoints(req, filters, now)
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

/** The ids of the fair points among `filters` whose fair is not running at `now` (or not published). */
async function closedFairPoints(req: MedusaRequest, filters: Record<string, unknown>, now: Date): Promise<string[]> {
  const fairPoints = await ocopService(req).listSalesPoints({ ...filters, type: "fair_booth" as any }, { select: ["id", "type"] })
  if (!fairPoints.length) return []
  const { points: open } = await openSalesPoints(req.scope, fairPoints, now)
  const openIds = new Set(open.map((point) => point.id))
  return fairPoints.filter((point) => !openIds.has(point.id)).map((point) => point.id)
}

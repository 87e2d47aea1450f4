import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { openSalesPoints } from "../../../../fairs/where-to-buy"
import { ocopService, requestLocale, sendCached, toSalesPoint } from "../helpers"
import type { StoreOcopSalesPointsParamsType } from "../validators"

/**
 * The active sales points, for the map: at most a few dozen per province, so no pages. With `product`, only the
 * places that sell that product today (none when it is not showable). A fair's point only while the fair runs.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopSalesPointsParamsType>, res: MedusaResponse) {
  const { type, province_code, product } = req.validatedQuery
  const ocop = ocopService(req)
  const now = new Date()
  let handles: string[] | undefined
  if (product) {
    const { rows } = await ocop.listCatalogue({ now, product_handles: [product] }, { limit: 1, offset: 0 })
    handles = rows[0]?.sales_point_handles ?? []
  }
  const locale = requestLocale(req)
  if (handles && !handles.length) return sendCached(res, { sales_points: [], count: 0 })

  const [listed, counts] = await Promise.all([
    ocop.listSalesPoints(
      {
        active: true,
        ...(type ? { type: type as any } : {}),
        ...(province_code ? { province_code } : {}),
        ...(handles ? { handle: handles } : {}),
      },
      { order: { name: "ASC", handle: "ASC" } }
    ),
    ocop.countCatalogueBy("sales_point", now),
  ])
  // A fair's booth is on the map only during the fair's days.
  const { points } = await openSalesPoints(req.scope, listed, now)
  sendCached(res, {
    sales_points: points.map((point) => toSalesPoint(point, counts.get(point.handle) ?? 0, locale)),
    count: points.length,
  })
}

import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { checkCart } from "../../../../../../checkout/cart-check"
import { ocopService, requestLocale, toSalesPoint } from "../../../helpers"

/**
 * What the storefront shows before checkout: each item flagged when its product is no longer on sale (the
 * cart hooks would refuse the order), and the sales points where every item of the cart can be picked up,
 * with the pickup shipping option to choose. Personal, so never cached.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const now = new Date()
  const check = await checkCart(req.scope, req.params.id, now)
  const handles = check.pickup.map((p) => p.sales_point_handle)
  const ocop = ocopService(req)
  const [points, counts] = handles.length
    ? await Promise.all([ocop.listSalesPoints({ handle: handles, active: true }), ocop.countCatalogueBy("sales_point", now, handles)])
    : [[], new Map<string, number>()]
  const locale = requestLocale(req)
  const byHandle = new Map(points.map((point) => [point.handle, point]))
  res.setHeader("Cache-Control", "private, no-store")
  res.json({
    cart_id: req.params.id,
    can_complete: check.can_complete,
    items: check.items,
    pickup_points: check.pickup
      .filter((p) => byHandle.has(p.sales_point_handle))
      .map((p) => ({
        shipping_option_id: p.shipping_option_id,
        sales_point: toSalesPoint(byHandle.get(p.sales_point_handle)!, counts.get(p.sales_point_handle) ?? 0, locale),
      })),
  })
}

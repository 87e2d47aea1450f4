import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { inLocale, notFound, requestLocale, sendCached } from "../../helpers"
import { boothsOf, fairService, toFairSummary } from "../helpers"

/** One published fair with its zones and booths: who shows what, and where on the floor plan. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const handle = req.params.handle
  const fairs = fairService(req)
  const [fair] = await fairs.listFairs({ handle, published: true }, { take: 1 })
  if (!fair) throw notFound(`Không có hội chợ "${handle}"`, `no fair "${handle}"`)
  const now = new Date()
  const locale = requestLocale(req)
  const [zones, booths] = await Promise.all([
    fairs.listFairZones({ fair_id: fair.id }, { order: { rank: "ASC", code: "ASC" } }),
    boothsOf(req, fair.id, now, locale),
  ])
  sendCached(res, {
    fair: {
      ...toFairSummary(fair, booths.map((b) => ({ producer_id: b.producer?.handle ?? b.number })), now, locale),
      description: inLocale(locale, fair.description_vi, fair.description_en),
      organiser_phone: fair.organiser_phone,
      organiser_email: fair.organiser_email,
      floor: { columns: fair.floor_columns, rows: fair.floor_rows },
      zones: zones.map((zone) => ({ code: zone.code, name: inLocale(locale, zone.name, zone.name_en) })),
      booths,
    },
  })
}

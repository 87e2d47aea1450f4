import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { phaseFilter, type FairPhase } from "../../../../modules/fair/schedule"
import { requestLocale, sendCached } from "../helpers"
import { fairService, toFairSummary } from "./helpers"
import type { StoreOcopFairsParamsType } from "./validators"

/**
 * Published fairs, current, upcoming or past at this instant (`when`), in the order a visitor reads them; all of
 * them, newest first, without `when`.
 */
export async function GET(req: MedusaRequest<unknown, StoreOcopFairsParamsType>, res: MedusaResponse) {
  const { when, limit, offset } = req.validatedQuery
  const now = new Date()
  const phase = when ? phaseFilter(when as FairPhase, now) : null
  const fairs = fairService(req)
  const [rows, count] = await fairs.listAndCountFairs(
    { published: true, ...(phase?.filters ?? {}) },
    { order: { ...(phase?.order ?? { starts_at: "DESC" }), handle: "ASC" }, take: limit, skip: offset }
  )
  const booths = rows.length ? await fairs.listBooths({ fair_id: rows.map((fair) => fair.id) }, { select: ["fair_id", "producer_id"] }) : []
  const locale = requestLocale(req)
  sendCached(res, {
    fairs: rows.map((fair) => toFairSummary(fair, booths.filter((b: any) => b.fair_id === fair.id), now, locale)),
    count,
    limit,
    offset,
  })
}

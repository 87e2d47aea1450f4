import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { answer, codeOf, findStamp, networkKeyOf, stampService, starsChanged } from "../check"
import type { StoreStampCheckParamsType } from "../../certifications/validators"

/**
 * A scan of a stamp: the lookup's answer for its certificate, and the check counted (a second look from the same
 * network within 30 minutes is the same check): "first checked on …, checked N times", with a warning when the
 * code was checked from too many networks or far-apart places, or when its printed stars no longer hold.
 * Never cached: every answer is a new count.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreStampCheckParamsType>, res: MedusaResponse) {
  const code = codeOf(req)
  const { stamp, row } = await findStamp(req, code)
  const now = new Date()
  const result = await stampService(req).recordCheck(stamp.id, { network_key: networkKeyOf(req), now, stars_changed: starsChanged(stamp, row, now) })
  res.setHeader("Cache-Control", "no-store")
  res.json(await answer(req, stamp, row, result, now))
}

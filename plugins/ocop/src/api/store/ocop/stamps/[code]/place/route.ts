import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answer, codeOf, findStamp, stampService, starsChanged } from "../../check"
import type { StoreStampPlaceBodyType } from "../../../certifications/validators"

/**
 * The place a person chose to share for the check she just made (the page asks the browser, with her consent):
 * stored rounded to about 10 km, once per check and within 15 minutes of it, so that the same code seen far
 * apart warns of a copy. The check's id came with her own scan's answer; anyone else's is refused.
 */
export async function POST(req: MedusaStoreRequest<StoreStampPlaceBodyType>, res: MedusaResponse) {
  const code = codeOf(req)
  const { stamp, row } = await findStamp(req, code)
  const now = new Date()
  const { check_id, latitude, longitude } = req.validatedBody
  const result = await stampService(req).placeCheck(stamp.id, { check_id, latitude, longitude, now, stars_changed: starsChanged(stamp, row, now) })
  if (!result) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Lượt kiểm tra này không còn nhận vị trí (đã có, đã quá 15 phút, hoặc không phải của bạn) / this check no longer takes a place (it has one, it is over 15 minutes old, or it is not yours)"
    )
  }
  res.setHeader("Cache-Control", "no-store")
  res.json(await answer(req, stamp, row, result, now))
}

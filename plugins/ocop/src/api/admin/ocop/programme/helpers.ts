import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { vietnamDay } from "../../../../modules/ocop/rules"
import { loadProgramme } from "../../../../programme/programme"

/** The dashboard's answer for `year` (a past one) or today; a year not yet over is refused, not guessed. */
export async function programmeFor(container: MedusaContainer, year: number | undefined, now = new Date()) {
  if (year !== undefined && year >= Number(vietnamDay(now).slice(0, 4))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Năm ${year} chưa kết thúc: bỏ tham số year để xem số liệu hôm nay / year ${year} is not over yet: leave year out for today's figures`
    )
  }
  return loadProgramme(container, { year: year ?? null, now })
}

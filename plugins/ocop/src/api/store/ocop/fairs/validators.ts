import { z } from "@medusajs/framework/zod"
import { FAIR_PHASES } from "../../../../modules/fair/schedule"
import { bilingual, paging } from "../../../utils/validators"

const locale = z.enum(["vi", "en"]).optional()

/** `GET /store/ocop/fairs`: published fairs, by phase at the request's instant. */
export const StoreOcopFairsParams = z
  .object({
    when: z
      .enum(FAIR_PHASES as [string, ...string[]], bilingual("when là current, upcoming hoặc past", "when is current, upcoming or past"))
      .optional(),
    locale,
    ...paging(20),
  })
  .strict()
export type StoreOcopFairsParamsType = z.infer<typeof StoreOcopFairsParams>

export const StoreOcopFairParams = z.object({ locale }).strict()

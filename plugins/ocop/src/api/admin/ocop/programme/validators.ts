import { z } from "@medusajs/framework/zod"
import { FIRST_PROGRAMME_YEAR } from "../../../../programme/programme"
import { bilingual } from "../../../utils/validators"

/** `year`: a past year whose 31 December the figures are read at (this year's are today's, without it). */
export const AdminProgrammeParams = z
  .object({
    year: z.coerce
      .number()
      .int()
      .refine((y) => y >= FIRST_PROGRAMME_YEAR && y <= 9999, bilingual(`Năm phải từ ${FIRST_PROGRAMME_YEAR} trở đi`, `year must be ${FIRST_PROGRAMME_YEAR} or later`))
      .optional(),
  })
  .strict()
export type AdminProgrammeParamsType = z.infer<typeof AdminProgrammeParams>

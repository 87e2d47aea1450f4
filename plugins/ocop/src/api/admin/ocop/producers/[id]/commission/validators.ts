import { z } from "@medusajs/framework/zod"
import { bilingual } from "../../../../../utils/validators"

const range = bilingual("Tỷ lệ từ 0 đến 100 (phần trăm)", "the rate is 0 to 100 (percent)")

/** A producer's commission rate in percent (two decimals at most), or null for the configured default. */
export const AdminSetCommissionRate = z
  .object({
    rate: z
      .number(bilingual("Tỷ lệ hoa hồng là một số", "the rate is a number"))
      .refine((rate) => rate >= 0 && rate <= 100, range)
      .refine((rate) => Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-9, bilingual("Tối đa hai chữ số thập phân", "at most two decimals"))
      .nullable(),
  })
  .strict()
export type AdminSetCommissionRateType = z.infer<typeof AdminSetCommissionRate>

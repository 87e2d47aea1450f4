import { z } from "@medusajs/framework/zod"
import { PERIOD_PATTERN } from "../../../settlement/period"
import { bilingual, paging } from "../../utils/validators"

/** A statement's lines come a page at a time (its totals and days are the whole month's); the CSV has them all. */
export const ProducerStatementQuery = z.object(paging(50)).strict()
export type ProducerStatementQueryType = z.infer<typeof ProducerStatementQuery>

/** `/producer/statements/2026-12` or `/producer/statements/2026-12.csv`: a month, in JSON or as a CSV file. */
export const StatementPeriodParam = z
  .string()
  .regex(/^\d{4}-\d{2}(\.csv)?$/, bilingual("Tháng có dạng YYYY-MM, ví dụ 2026-12", "the month is YYYY-MM, e.g. 2026-12"))
  .transform((value) => ({ period: value.replace(/\.csv$/, ""), csv: value.endsWith(".csv") }))
  .refine(({ period }) => PERIOD_PATTERN.test(period), bilingual("Tháng có dạng YYYY-MM, ví dụ 2026-12", "the month is YYYY-MM, e.g. 2026-12"))

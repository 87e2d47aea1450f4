import { z } from "@medusajs/framework/zod"
import { periodOf, previousPeriod, PERIOD_PATTERN } from "../../../../settlement/period"
import { bilingual, paging } from "../../../utils/validators"

const Period = z
  .string(bilingual("Tháng có dạng YYYY-MM", "the month is YYYY-MM"))
  .regex(PERIOD_PATTERN, bilingual("Tháng có dạng YYYY-MM, ví dụ 2026-12", "the month is YYYY-MM, e.g. 2026-12"))

/** A month's payouts; by default last month's, the one paid out now. */
export const AdminListPayouts = z
  .object({ period: Period.optional().transform((value) => value ?? previousPeriod(periodOf(new Date()))), ...paging(20) })
  .strict()
export type AdminListPayoutsType = z.infer<typeof AdminListPayouts>

/** A transfer made to a producer against a month: the bank's reference is what proves it. */
export const AdminRecordPayout = z
  .object({
    producer_id: z.string(bilingual("Thiếu chủ thể", "producer_id is missing")).min(1).max(100),
    period: Period.refine((period) => period <= periodOf(new Date()), bilingual("Tháng chưa đến", "that month has not come yet")),
    amount: z
      .number(bilingual("Số tiền là một số", "the amount is a number"))
      .int(bilingual("Số tiền là số đồng nguyên", "the amount is whole đồng"))
      .positive(bilingual("Số tiền phải lớn hơn 0", "the amount is more than 0"))
      .max(9_999_999_999_999, bilingual("Số tiền quá lớn", "the amount is too large")),
    bank_reference: z
      .string(bilingual("Hãy nhập mã giao dịch của ngân hàng", "enter the bank's transaction reference"))
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9./-]{3,39}$/, bilingual("Mã giao dịch gồm 4 đến 40 chữ, số, dấu chấm, gạch", "the reference has 4 to 40 letters, digits, dots, slashes or hyphens"))
      .transform((value) => value.toUpperCase()),
    paid_at: z.coerce
      .date(bilingual("Ngày chuyển không hợp lệ", "not a valid transfer date"))
      .refine((date) => date.getTime() <= Date.now() + 5 * 60_000, bilingual("Ngày chuyển không thể ở tương lai", "the transfer cannot be in the future"))
      .optional(),
    note: z.string().trim().max(500, bilingual("Ghi chú tối đa 500 ký tự", "the note takes at most 500 characters")).optional(),
  })
  .strict()
export type AdminRecordPayoutType = z.infer<typeof AdminRecordPayout>

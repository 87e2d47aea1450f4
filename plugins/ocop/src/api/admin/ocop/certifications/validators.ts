import { z } from "@medusajs/framework/zod"
import type { CertificationState } from "../../../../modules/ocop/rules"
import { bilingual, Id, ordering, paging } from "../../../utils/validators"

export const CERTIFICATION_STATES = ["valid", "expired", "revoked", "not_yet_valid"] as const satisfies readonly CertificationState[]

export const AdminListCertifications = z
  .object({
    product_id: Id.optional(),
    state: z.enum(CERTIFICATION_STATES).optional(),
    ...paging(),
    ...ordering(["issued_at", "-issued_at", "expires_at", "-expires_at", "created_at", "-created_at"], "-issued_at"),
  })
  .strict()
export type AdminListCertificationsType = z.infer<typeof AdminListCertifications>

/**
 * A calendar date (`2024-06-14`) or an ISO instant, of a day the calendar has: `Date.parse` rolls 30 February
 * over into March, so the day is checked against its month.
 */
const DateText = z
  .string()
  .refine(
    (v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)) && isCalendarDay(v.slice(0, 10)),
    bilingual("Ngày không hợp lệ (dạng 2024-06-14)", "not a date (write 2024-06-14)")
  )

function isCalendarDay(day: string): boolean {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number]
  const probe = new Date(Date.UTC(year, month - 1, date))
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === date
}

const evaluationFields = {
  score: z.number(),
  stars: z.number().int().optional(),
  criteria_version: z.string(),
  sub_group: z.string().nullish(),
  // 1–2 ★ evaluations get no certificate: the workflow decides whether a number is required or forbidden.
  certificate_no: z.string().trim().min(1).nullish(),
  decision_no: z.string().trim().min(1).nullish(),
  issued_at: DateText,
  expires_at: DateText.nullish(),
}
export const AdminCertifyProduct = z.object({ product_id: Id, group: z.string(), ...evaluationFields }).strict()
export type AdminCertifyProductType = z.infer<typeof AdminCertifyProduct>
/** Group and sub-group carry over from the renewed certification unless given. */
export const AdminRenewCertification = z
  .object({ group: z.string().optional(), ...evaluationFields, certificate_no: z.string().trim().min(1) })
  .strict()
export type AdminRenewCertificationType = z.infer<typeof AdminRenewCertification>
export const AdminRevokeCertification = z
  .object({ reason: z.string().refine((v) => v.trim().length > 0, bilingual("Cần nêu lý do thu hồi", "a reason is required")) })
  .strict()
export type AdminRevokeCertificationType = z.infer<typeof AdminRevokeCertification>

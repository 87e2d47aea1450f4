import { z } from "@medusajs/framework/zod"
import { findOldDistrict, OLD_DISTRICTS } from "../../../../modules/ocop/places/old-districts"
import { CRITERIA_VERSION_CODES, CRITERIA_VERSIONS, EXPIRING_WINDOW_DAYS, starRatings, type CertificationState } from "../../../../modules/ocop/rules"
import { bilingual, Id, ordering, paging } from "../../../utils/validators"

export const CERTIFICATION_STATES = ["valid", "expired", "revoked", "not_yet_valid"] as const satisfies readonly CertificationState[]
/** The list's states: rules.ts' four, and `expiring`: valid, within `expires_within` days of its end, not renewed. */
export const LIST_STATES = [...CERTIFICATION_STATES, "expiring"] as const
export type ListState = (typeof LIST_STATES)[number]
/** What "expiring" means when the list is not told how many days: what the lookup calls expiring. */
export const DEFAULT_EXPIRING_DAYS = EXPIRING_WINDOW_DAYS
export const MAX_EXPIRING_DAYS = 3650

const KNOWN_GROUP_CODES = new Set(Object.values(CRITERIA_VERSIONS).flatMap((version) => version.groups.map((group) => group.code)))
const STARS = starRatings()

const joinRepeated = (value: unknown) => (Array.isArray(value) ? value.join(",") : value)

export const AdminListCertifications = z
  .object({
    product_id: Id.optional(),
    state: z.enum(LIST_STATES).optional(),
    expires_within: z.coerce
      .number()
      .int()
      .refine((n) => n >= 1 && n <= MAX_EXPIRING_DAYS, bilingual(`expires_within là số ngày từ 1 đến ${MAX_EXPIRING_DAYS}`, `expires_within is a number of days from 1 to ${MAX_EXPIRING_DAYS}`))
      .optional(),
    stars: z
      .preprocess(
        joinRepeated,
        z.string().refine((v) => v.split(",").every((s) => STARS.includes(Number(s) as any) && /^\d$/.test(s)), bilingual(
          `stars là danh sách ${[...STARS].reverse().join(", ")} cách nhau bởi dấu phẩy`,
          `stars must be a comma list of ${[...STARS].reverse().join(", ")}`
        ))
      )
      .transform((list) => [...new Set(list.split(",").map(Number))])
      .optional(),
    group: z.string().refine((code) => KNOWN_GROUP_CODES.has(code), bilingual(
      `Không có nhóm sản phẩm này (có: ${[...KNOWN_GROUP_CODES].join(", ")})`,
      `unknown product group (known: ${[...KNOWN_GROUP_CODES].join(", ")})`
    )).optional(),
    criteria_version: z.string().refine((code) => (CRITERIA_VERSION_CODES as string[]).includes(code), bilingual(
      `Không có bộ tiêu chí này (có: ${CRITERIA_VERSION_CODES.join(", ")})`,
      `unknown criteria version (known: ${CRITERIA_VERSION_CODES.join(", ")})`
    )).optional(),
    /** A producer's id or handle. */
    producer: z.string().trim().min(1).max(200).optional(),
    /** An old district (places/old-districts.ts), by its code ("krong-nang") or name. */
    district: z.string().refine((v) => !!findOldDistrict(v), bilingual(
      `Không có huyện cũ này (có: ${OLD_DISTRICTS.map((d) => d.code).join(", ")})`,
      `unknown old district (known: ${OLD_DISTRICTS.map((d) => d.code).join(", ")})`
    )).optional(),
    /** The start of a certificate or decision number. */
    q: z.string().trim().max(100).optional(),
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

export const AdminRemindProducers = z
  .object({
    certification_ids: z
      .array(Id)
      .min(1)
      .refine((ids) => ids.length <= 100, bilingual("Mỗi lần nhắc tối đa 100 giấy chứng nhận", "at most 100 certificates at a time")),
  })
  .strict()
export type AdminRemindProducersType = z.infer<typeof AdminRemindProducers>

import { z } from "@medusajs/framework/zod"
import {
  isValidVietnamPhone,
  PRODUCER_ENTITY_TYPE_CODES,
  SALES_POINT_TYPE_CODES,
  type CertificationState,
} from "../../../modules/ocop/rules"

/*
 * Shapes and formats are checked here, at the edge; OCOP rules (bands, groups, validity, duplicates, existence)
 * are checked by the workflows, so the seed and scripts that call them directly meet the same rules.
 * Medusa rewrites zod's own range messages into English; checks whose message a person must read in both
 * languages use `refine`, whose message Medusa passes through.
 */

const bilingual = (vi: string, en: string) => ({ message: `${vi} / ${en}` })

const Handle = z
  .string()
  .refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), bilingual(
    "Mã (handle) chỉ gồm chữ thường không dấu, số và dấu gạch ngang",
    "handle must be lower-case letters without accents, digits and dashes"
  ))
const Text = z.string().refine((v) => v.trim().length > 0, bilingual("Không được để trống", "must not be empty"))
const Phone = z
  .string()
  .refine(isValidVietnamPhone, bilingual(
    "Số điện thoại không hợp lệ (+84 hoặc 0, đầu số di động 3/5/7/8/9, rồi 8 chữ số)",
    "not a Vietnamese mobile number (+84 or 0, a 3/5/7/8/9 prefix, then eight digits)"
  ))
// Official codes since the 2025 reform: two-digit province, five-digit ward.
const ProvinceCode = z.string().refine((v) => /^\d{2}$/.test(v), bilingual("Mã tỉnh gồm 2 chữ số", "province_code is two digits"))
const WardCode = z.string().refine((v) => /^\d{5}$/.test(v), bilingual("Mã xã/phường gồm 5 chữ số", "ward_code is five digits"))
const Latitude = z.number().refine((v) => v >= -90 && v <= 90, bilingual("Vĩ độ phải trong khoảng −90 đến 90", "latitude must be between -90 and 90"))
const Longitude = z
  .number()
  .refine((v) => v >= -180 && v <= 180, bilingual("Kinh độ phải trong khoảng −180 đến 180", "longitude must be between -180 and 180"))
const Email = z.string().refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), bilingual("E-mail không hợp lệ", "not an e-mail address"))
const FoundedYear = z
  .number()
  .int()
  .refine((v) => v >= 1900 && v <= new Date().getUTCFullYear(), bilingual("Năm thành lập không hợp lệ", "founded_year is not a plausible year"))
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
const Id = z.string().min(1)

// --- paging -----------------------------------------------------------------------------------------------

const page = (orders: [string, ...string[]], defaultOrder: string) => ({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.enum(orders).default(defaultOrder),
})
const Flag = z.enum(["true", "false"]).transform((v) => v === "true")
export const AdminGetOne = z.object({}).strict()

/** A producer's commission rate in percent (two decimals at most), or null for the configured default. */
export const AdminSetCommissionRate = z
  .object({
    rate: z
      .number({ message: "Tỷ lệ hoa hồng là một số / the rate is a number" })
      .min(0, { message: "Tỷ lệ từ 0 đến 100 / the rate is 0 to 100 (percent)" })
      .max(100, { message: "Tỷ lệ từ 0 đến 100 / the rate is 0 to 100 (percent)" })
      .refine((rate) => Number.isInteger(Math.round(rate * 100)) && Math.abs(rate * 100 - Math.round(rate * 100)) < 1e-9, {
        message: "Tối đa hai chữ số thập phân / at most two decimals",
      })
      .nullable(),
  })
  .strict()
export type AdminSetCommissionRateType = z.infer<typeof AdminSetCommissionRate>

/** The stock check's violations, a page at a time (there are none while checkout works). */
export const AdminStockCheck = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(50), offset: z.coerce.number().int().min(0).default(0) })
  .strict()
export type AdminStockCheckType = z.infer<typeof AdminStockCheck>

// --- producers ----------------------------------------------------------------------------------------------

export const AdminListProducers = z
  .object({
    q: z.string().optional(),
    entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES).optional(),
    province_code: z.string().optional(),
    ...page(["name", "-name", "handle", "-handle", "created_at", "-created_at"], "name"),
  })
  .strict()
export type AdminListProducersType = z.infer<typeof AdminListProducers>

const producerFields = {
  handle: Handle,
  name: Text,
  entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES),
  representative: Text,
  phone: Phone,
  email: Email.nullish(),
  province_code: ProvinceCode,
  ward_code: WardCode,
  address_line: Text,
  address_as_certified: Text,
  latitude: Latitude.nullish(),
  longitude: Longitude.nullish(),
  story_vi: z.string().optional(),
  story_en: z.string().nullish(),
  founded_year: FoundedYear.nullish(),
}
export const AdminCreateProducer = z.object(producerFields).strict()
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export const AdminUpdateProducer = z.object(producerFields).partial().strict()
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>

// --- sales points -------------------------------------------------------------------------------------------

export const AdminListSalesPoints = z
  .object({
    q: z.string().optional(),
    type: z.enum(SALES_POINT_TYPE_CODES).optional(),
    province_code: z.string().optional(),
    active: Flag.optional(),
    ...page(["name", "-name", "handle", "-handle", "created_at", "-created_at"], "name"),
  })
  .strict()
export type AdminListSalesPointsType = z.infer<typeof AdminListSalesPoints>

const salesPointFields = {
  handle: Handle,
  name: Text,
  type: z.enum(SALES_POINT_TYPE_CODES),
  // A fair booth stands in no market: the name may be empty.
  market_name: z.string(),
  address: Text,
  province_code: ProvinceCode,
  ward_code: WardCode,
  address_as_certified: Text,
  latitude: Latitude,
  longitude: Longitude,
  opening_hours_vi: Text,
  opening_hours_en: z.string().nullish(),
  phone: Phone,
  active: z.boolean().optional(),
}
export const AdminCreateSalesPoint = z.object(salesPointFields).strict()
export type AdminCreateSalesPointType = z.infer<typeof AdminCreateSalesPoint>
export const AdminUpdateSalesPoint = z.object(salesPointFields).partial().strict()
export type AdminUpdateSalesPointType = z.infer<typeof AdminUpdateSalesPoint>

export const AdminSetSalesPointProducts = z.object({ product_ids: z.array(Id) }).strict()
export type AdminSetSalesPointProductsType = z.infer<typeof AdminSetSalesPointProducts>
export const AdminSetSalesPointStockLocation = z.object({ stock_location_id: Id.nullable() }).strict()
export type AdminSetSalesPointStockLocationType = z.infer<typeof AdminSetSalesPointStockLocation>

// --- certifications -----------------------------------------------------------------------------------------

export const CERTIFICATION_STATES = ["valid", "expired", "revoked", "not_yet_valid"] as const satisfies readonly CertificationState[]

export const AdminListCertifications = z
  .object({
    product_id: Id.optional(),
    state: z.enum(CERTIFICATION_STATES).optional(),
    ...page(["issued_at", "-issued_at", "expires_at", "-expires_at", "created_at", "-created_at"], "-issued_at"),
  })
  .strict()
export type AdminListCertificationsType = z.infer<typeof AdminListCertifications>

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

// --- products -----------------------------------------------------------------------------------------------

export const AdminSetProductProducer = z.object({ producer_id: Id.nullable() }).strict()
export type AdminSetProductProducerType = z.infer<typeof AdminSetProductProducer>
export const AdminSetProductSalesPoints = z.object({ sales_point_ids: z.array(Id) }).strict()
export type AdminSetProductSalesPointsType = z.infer<typeof AdminSetProductSalesPoints>

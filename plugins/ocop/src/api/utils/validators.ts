/**
 * What the plugin's API schemas share, as Medusa keeps its own in `api/utils/validators.ts`: bilingual messages,
 * paging, the query of a route that takes none, and the formats of fields that several resources carry.
 *
 * Shapes and formats are checked at the edge; OCOP rules (bands, groups, validity, duplicates, existence) are
 * checked by the workflows, so the seed and scripts that call them directly meet the same rules.
 */
import { z } from "@medusajs/framework/zod"
import { isValidVietnamPhone } from "../../modules/ocop/rules"

/**
 * A message in both languages. Medusa rewrites zod's own range messages into English; checks whose message a
 * person must read in both languages use `refine`, whose message Medusa passes through.
 */
export const bilingual = (vi: string, en: string) => ({ message: `${vi} / ${en}` })

/**
 * A field that must be there, with its own message when it is missing: Medusa words a missing field in English
 * ("Field 'x' is required") whatever the schema says, but passes a refinement's message through.
 */
export const required = <T extends z.ZodTypeAny>(schema: T, vi: string, en: string) =>
  z
    .any()
    .refine((value) => value !== undefined && value !== null, bilingual(vi, en))
    .pipe(schema)

/**
 * What a range check measures: a number itself, a string's or a list's length. Checks of a size whose message a
 * person reads use `refine((v) => sizeOf(v) >= n, bilingual(…))`, since Medusa words zod's min/max in English only.
 */
export const sizeOf = (value: unknown) => (typeof value === "number" ? value : (value as { length: number }).length)

/** Every list: `limit` 1–100, `offset` ≥ 0. */
export const paging = (defaultLimit = 20) => ({
  limit: z.coerce.number().int().min(1).max(100).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
})

/** A list's `order`: one of the given fields, `-` in front for descending. */
export const ordering = (orders: [string, ...string[]], defaultOrder: string) => ({ order: z.enum(orders).default(defaultOrder) })

/** The query of a route that takes none: still a strict schema, so an unknown query field is a 400. */
export const NoQuery = z.object({}).strict()

export const Flag = z.enum(["true", "false"]).transform((v) => v === "true")

export const Id = z.string().min(1)

export const Handle = z
  .string()
  .refine((v) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), bilingual(
    "Mã (handle) chỉ gồm chữ thường không dấu, số và dấu gạch ngang",
    "handle must be lower-case letters without accents, digits and dashes"
  ))

export const Text = z.string().refine((v) => v.trim().length > 0, bilingual("Không được để trống", "must not be empty"))

export const Phone = z
  .string()
  .refine(isValidVietnamPhone, bilingual(
    "Số điện thoại không hợp lệ (+84 hoặc 0, đầu số di động 3/5/7/8/9, rồi 8 chữ số)",
    "not a Vietnamese mobile number (+84 or 0, a 3/5/7/8/9 prefix, then eight digits)"
  ))

// Official codes since the 2025 reform: two-digit province, five-digit ward.
export const ProvinceCode = z.string().refine((v) => /^\d{2}$/.test(v), bilingual("Mã tỉnh gồm 2 chữ số", "province_code is two digits"))
export const WardCode = z.string().refine((v) => /^\d{5}$/.test(v), bilingual("Mã xã/phường gồm 5 chữ số", "ward_code is five digits"))

export const Latitude = z
  .number()
  .refine((v) => v >= -90 && v <= 90, bilingual("Vĩ độ phải trong khoảng −90 đến 90", "latitude must be between -90 and 90"))
export const Longitude = z
  .number()
  .refine((v) => v >= -180 && v <= 180, bilingual("Kinh độ phải trong khoảng −180 đến 180", "longitude must be between -180 and 180"))

/** What producers and sales points both are: a named place of the province, with a phone and its address as certified. */
export const namedPlaceFields = {
  handle: Handle,
  name: Text,
  phone: Phone,
  province_code: ProvinceCode,
  ward_code: WardCode,
  address_as_certified: Text,
}

/** A list of named places: searched by name or handle (`q`), filtered by province, sorted by name, handle or age. */
export const namedPlaceListParams = {
  q: z.string().optional(),
  province_code: z.string().optional(),
  ...paging(),
  ...ordering(["name", "-name", "handle", "-handle", "created_at", "-created_at"], "name"),
}

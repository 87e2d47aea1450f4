import { z } from "@medusajs/framework/zod"
import {
  CRITERIA_VERSIONS,
  PRODUCER_ENTITY_TYPE_CODES,
  SALES_POINT_TYPE_CODES,
  SHOWABLE_STARS,
} from "../../../modules/ocop/rules"
import { paging } from "../../utils/validators"

/**
 * Query schemas of `/store/ocop/*` (shapes in docs/store-api.md). Every schema is strict: a field the API does
 * not know is a 400, so a typo in the storefront fails loudly instead of silently returning everything.
 * Query values arrive as strings; numbers are coerced here, and OCOP-specific fields carry bilingual messages
 * (Medusa's own wording covers the generic ones: limit, offset, enums).
 */

/** Every group code of every criteria version: old certificates keep the group printed on them. */
const KNOWN_GROUP_CODES = new Set(
  Object.values(CRITERIA_VERSIONS).flatMap((version) => version.groups.map((group) => group.code))
)

/** A repeated parameter (`stars=3&stars=4`) arrives as an array; treat it like the comma list `stars=3,4`. */
const joinRepeated = (value: unknown) => (Array.isArray(value) ? value.join(",") : value)

const locale = z.enum(["vi", "en"]).optional()

/** One of the star ratings a shopper can see (rules.ts' SHOWABLE_STARS), as a regular-expression character class. */
const STAR = `[${SHOWABLE_STARS.join("")}]`
/** "3, 4 or 5" */
const oneOf = (or: string) => `${SHOWABLE_STARS.slice(0, -1).join(", ")} ${or} ${SHOWABLE_STARS[SHOWABLE_STARS.length - 1]}`

const handle = z.string().trim().min(1).max(200)

const provinceCode = z
  .string()
  .regex(/^\d{2}$/, { message: "province_code là mã tỉnh hai chữ số, ví dụ 66 / province_code is a two-digit province code, e.g. 66" })

/** A price bound in whole đồng (VND has no minor unit). */
const vnd = (field: string) =>
  z
    .string()
    .regex(/^\d{1,10}$/, { message: `${field} là số đồng nguyên, ví dụ 100000 / ${field} is a whole number of đồng, e.g. 100000` })
    .transform(Number)

export const StoreOcopProductsParams = z
  .object({
    min_stars: z
      .string()
      .regex(new RegExp(`^${STAR}$`), {
        message: `min_stars chỉ nhận ${oneOf("hoặc")} / min_stars must be ${oneOf("or")}`,
      })
      .transform(Number)
      .optional(),
    stars: z
      .preprocess(
        joinRepeated,
        z.string().regex(new RegExp(`^${STAR}(,${STAR})*$`), {
          message: `stars là danh sách ${SHOWABLE_STARS.join(", ")} cách nhau bởi dấu phẩy / stars must be a comma list of ${SHOWABLE_STARS.join(", ")}`,
        })
      )
      .transform((list) => [...new Set(list.split(",").map(Number))])
      .optional(),
    group: z
      .string()
      .refine((code) => KNOWN_GROUP_CODES.has(code), {
        message: `Không có nhóm sản phẩm này (có: ${[...KNOWN_GROUP_CODES].join(", ")}) / unknown product group (known: ${[...KNOWN_GROUP_CODES].join(", ")})`,
      })
      .optional(),
    producer_type: z.enum(PRODUCER_ENTITY_TYPE_CODES as [string, ...string[]]).optional(),
    province_code: provinceCode.optional(),
    producer: handle.optional(),
    sales_point: handle.optional(),
    // Several products by handle at once (a shopper's recently viewed, favourites): at most a page of them.
    handle: z
      .preprocess(
        joinRepeated,
        z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:,[a-z0-9]+(?:-[a-z0-9]+)*){0,23}$/, {
          message: "handle là 1–24 mã sản phẩm cách nhau bởi dấu phẩy / handle is a comma list of 1–24 product handles",
        })
      )
      .transform((list) => [...new Set(list.split(","))])
      .optional(),
    q: z.string().trim().max(200).optional(),
    district: z
      .string()
      .trim()
      .min(1, { message: "district là tên huyện, thị xã, thành phố / district is the name of an old district" })
      .max(100)
      .optional(),
    price_min: vnd("price_min").optional(),
    price_max: vnd("price_max").optional(),
    // No default: with `q` the answer is ordered by relevance unless an order is asked for; without, by -stars.
    order: z.enum(["-stars", "title", "price", "-price", "-certified_at"]).optional(),
    region_id: z.string().min(1).optional(),
    locale,
    ...paging(24),
  })
  .strict()
  .refine((query) => query.price_min === undefined || query.price_max === undefined || query.price_min <= query.price_max, {
    message: "price_min không được lớn hơn price_max / price_min may not be above price_max",
    path: ["price_min"],
  })
  .refine((query) => !(query.handle && query.q), {
    message: "handle không đi cùng q: sản phẩm đã được gọi tên / handle and q do not go together: the products are named already",
    path: ["handle"],
  })

export type StoreOcopProductsParamsType = z.infer<typeof StoreOcopProductsParams>

export const StoreOcopProductParams = z.object({ region_id: z.string().min(1).optional(), locale }).strict()
export type StoreOcopProductParamsType = z.infer<typeof StoreOcopProductParams>

export const StoreOcopProducersParams = z
  .object({
    entity_type: z.enum(PRODUCER_ENTITY_TYPE_CODES as [string, ...string[]]).optional(),
    province_code: provinceCode.optional(),
    locale,
    ...paging(50),
  })
  .strict()
export type StoreOcopProducersParamsType = z.infer<typeof StoreOcopProducersParams>

export const StoreOcopSalesPointsParams = z
  .object({
    type: z.enum(SALES_POINT_TYPE_CODES as [string, ...string[]]).optional(),
    province_code: provinceCode.optional(),
    product: handle.optional(),
    locale,
    ...paging(50),
  })
  .strict()
export type StoreOcopSalesPointsParamsType = z.infer<typeof StoreOcopSalesPointsParams>

export const StoreOcopSearchSuggestParams = z
  .object({
    q: z
      .string()
      .trim()
      .min(1, { message: "q là chữ đang gõ, không được để trống / q is the text typed so far and may not be empty" })
      .max(100),
    limit: z.coerce.number().int().min(1).max(10).default(6),
    locale,
  })
  .strict()
export type StoreOcopSearchSuggestParamsType = z.infer<typeof StoreOcopSearchSuggestParams>

/** Short fixed lists (the product groups, the 34 provinces): one page holds them all unless a smaller one is asked for. */
export const StoreOcopShortListParams = z.object({ locale, ...paging(100) }).strict()
export type StoreOcopShortListParamsType = z.infer<typeof StoreOcopShortListParams>

/** Detail pages take only the language. */
export const StoreOcopLocaleParams = z.object({ locale }).strict()
/** A POST that takes nothing but its path. */
export const StoreOcopEmptyBody = z.object({}).strict()

/** The shopper's reason for cancelling her purchase, optional (the producers read it beside the cancelled order). */
export const StoreOcopCancelPurchase = z
  .object({
    reason: z
      .string()
      .trim()
      .refine((reason) => reason.length <= 300, { message: "Lý do tối đa 300 ký tự / the reason takes at most 300 characters" })
      .optional(),
  })
  .strict()
export type StoreOcopCancelPurchaseType = z.infer<typeof StoreOcopCancelPurchase>
export type StoreOcopLocaleParamsType = z.infer<typeof StoreOcopLocaleParams>

/** Variant ids, repeated (`id=a&id=b`) or as a comma list, 1 to 100 of them. */
export const StoreOcopVariantNamesParams = z
  .object({
    id: z
      .preprocess(
        joinRepeated,
        z.string().regex(/^variant_[0-9A-Za-z]{1,40}(,variant_[0-9A-Za-z]{1,40})*$/, {
          message: "id là danh sách mã biến thể variant_… / id must be a comma list of variant ids (variant_…)",
        })
      )
      .transform((list) => [...new Set(list.split(","))])
      .refine((ids) => ids.length <= 100, { message: "Tối đa 100 mã / at most 100 ids" }),
    locale,
  })
  .strict()
export type StoreOcopVariantNamesParamsType = z.infer<typeof StoreOcopVariantNamesParams>

/** The cart check and an order's payment instructions take only the language. */
export const StoreOcopCartCheckParams = StoreOcopLocaleParams

import { z } from "@medusajs/framework/zod"
import { certificateKey } from "../../../../modules/ocop/rules"
import { normalizeStampCode } from "../../../../modules/stamp/codes"

/*
 * The lookup's and the stamp check's inputs (docs/store-api.md, "Verification"). Strict like the rest of the store
 * API: an unknown field is a 400. What a person types is checked for shape here, before any query: a certificate
 * number is letters, digits and the separators printed on packages; a stamp code is 16 characters of its alphabet.
 */

const bilingual = (vi: string, en: string) => ({ message: `${vi} / ${en}` })
const locale = z.enum(["vi", "en"]).optional()

/** Letters (Vietnamese ones included), digits, and the separators people copy off a certificate. */
const NUMBER_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N} ./_-]*$/u

export function isCertificateNumber(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.length >= 2 && trimmed.length <= 64 && NUMBER_SHAPE.test(trimmed) && certificateKey(trimmed).length >= 2
}

export const StoreVerifyLookupParams = z.object({ locale }).strict()
export type StoreVerifyLookupParamsType = z.infer<typeof StoreVerifyLookupParams>

/** `?q=` what a person typed (number, decision or name), or `?product=<handle>` every certificate a product has carried. */
export const StoreVerifySearchParams = z
  .object({
    q: z
      .string()
      .trim()
      .min(2, bilingual("Hãy nhập ít nhất 2 ký tự", "enter at least 2 characters"))
      .max(100, bilingual("Tối đa 100 ký tự", "at most 100 characters"))
      .refine((q) => !/[\u0000-\u001f\u007f]/.test(q), bilingual("Có ký tự không hợp lệ", "contains characters that are not allowed"))
      .optional(),
    product: z.string().trim().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    locale,
  })
  .strict()
  .refine((query) => (query.q === undefined) !== (query.product === undefined), {
    ...bilingual(
      "Hãy nhập số giấy chứng nhận, số quyết định hoặc tên sản phẩm (q), hoặc một sản phẩm (product)",
      "give a certificate number, a decision number or a product name (q), or a product (product)"
    ),
  })
export type StoreVerifySearchParamsType = z.infer<typeof StoreVerifySearchParams>

export const StoreStampCheckParams = z.object({ locale }).strict()
export type StoreStampCheckParamsType = z.infer<typeof StoreStampCheckParams>

export const StoreStampPlaceBody = z
  .object({
    check_id: z.string(bilingual("Thiếu lượt kiểm tra", "the check is missing")).regex(/^stchk_[0-9A-Z]{26}$/, bilingual("Lượt kiểm tra không hợp lệ", "not a check of this stamp")),
    latitude: z.number(bilingual("Vĩ độ là một số", "latitude is a number")).min(-90).max(90),
    longitude: z.number(bilingual("Kinh độ là một số", "longitude is a number")).min(-180).max(180),
  })
  .strict()
export type StoreStampPlaceBodyType = z.infer<typeof StoreStampPlaceBody>

export function stampCodeOrNull(value: string | undefined): string | null {
  return normalizeStampCode(value)
}

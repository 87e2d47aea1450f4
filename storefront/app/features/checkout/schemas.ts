/**
 * What each checkout step may post, checked with zod before anything goes to Medusa (the plugin checks the
 * same rules again where carts are written). Error messages are locale keys under `checkout.errors`, so the
 * page shows them beside the fields in its own language.
 */
import { z } from "zod"

/** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits; spaces, dots and dashes between are fine. */
const VN_MOBILE = /^(?:\+84|0)([35789]\d{8})$/

/** `0905.123.456` → `0905 123 456`; null when it is not a Vietnamese mobile number. */
export function normalizePhone(input: string): string | null {
  const match = VN_MOBILE.exec(input.trim().replace(/[\s.-]/g, ""))
  if (!match) return null
  const national = `0${match[1]}`
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`
}

export const contactSchema = z.object({
  email: z.string().trim().toLowerCase().max(200, "email").pipe(z.email("email")),
  name: z.string().trim().min(2, "name").max(100, "name"),
  phone: z
    .string()
    .transform((value, ctx) => {
      const phone = normalizePhone(value)
      if (!phone) ctx.addIssue({ code: "custom", message: "phone" })
      return phone ?? value
    }),
})

export const addressSchema = z.object({
  province: z.string().regex(/^\d{2}$/, "province"),
  ward: z.string().regex(/^\d{5}$/, "ward"),
  street: z.string().trim().min(3, "street").max(200, "street"),
})

/** The province alone: the no-JavaScript round trip that fills the ward list. */
export const provinceSchema = z.object({ province: z.string().regex(/^\d{2}$/, "province") })

export const deliverySchema = z.object({ option_id: z.string().regex(/^so_[0-9A-Za-z]{10,40}$/, "option") })

export const PAYMENT_METHODS = ["cod", "vietqr", "stripe"] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]
export const paymentSchema = z.object({ method: z.enum(PAYMENT_METHODS, "method") })

export type FieldErrors = Partial<Record<string, string>>

/** zod's issues → one message key per field (the first), for `checkout.errors.<key>`. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    // A field left out altogether gets zod's own message ("Invalid input"): name the field instead.
    errors[field] ??= /^[a-z]+$/.test(issue.message) ? issue.message : field
  }
  return errors
}

/** FormData → plain strings (what zod reads); files are ignored. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) if (typeof value === "string") values[key] = value
  return values
}

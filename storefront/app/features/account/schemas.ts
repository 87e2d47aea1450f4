/**
 * What the account forms accept, checked on the server (zod) before anything reaches the Store API. Every
 * message is an i18n key under `account.errors`, so one schema speaks both languages; `fieldErrors` turns a
 * failed parse into `{ field: key }` for the form to show beside each field.
 *
 * Addresses follow the shape the plugin checks on carts (plugins/ocop/src/checkout/address.ts): the province
 * by its official code in `province`, the ward's code in `metadata.ward_code` and its name in `city`, the
 * street in `address_1`, a Vietnamese mobile number in `phone`. Saved that way, an address of the book can be
 * copied onto a cart unchanged.
 */
import { z } from "zod"

/** +84 or 0, then a mobile prefix 3/5/7/8/9 and eight digits; spaces, dots and dashes allowed between (rules.ts). */
const VN_MOBILE = /^(?:\+84|0)([35789]\d{8})$/

/** `0905 123 456`, `+84 905.123.456` → `+84905123456`; null when it is not a Vietnamese mobile number. */
export function normalizeVietnamPhone(input: string): string | null {
  const match = VN_MOBILE.exec(input.trim().replace(/[\s.-]/g, ""))
  return match ? `+84${match[1]}` : null
}

/**
 * One "Họ và tên" field, as Vietnamese forms ask, kept in Medusa's two: the family name (họ, written first)
 * in `last_name`, the rest in `first_name`. `Trần Thị Hoa` → `{ last_name: "Trần", first_name: "Thị Hoa" }`.
 */
export function splitFullName(fullName: string): { first_name: string; last_name: string } {
  const words = fullName.trim().split(/\s+/).filter(Boolean)
  if (words.length <= 1) return { first_name: words[0] ?? "", last_name: "" }
  return { last_name: words[0]!, first_name: words.slice(1).join(" ") }
}

/** The inverse of splitFullName, family name first, as the name is said in Vietnamese. */
export function joinFullName(person: { first_name?: string | null; last_name?: string | null }): string {
  return [person.last_name, person.first_name].filter((part) => part && part.trim()).join(" ").trim()
}

/** How the account pages greet the customer: the full name, or the e-mail when no name is known. */
export function displayName(customer: { email: string; first_name?: string | null; last_name?: string | null }): string {
  return joinFullName(customer) || customer.email
}

const text = (max: number) => z.string().trim().max(max, { message: "account.errors.tooLong" })

const fullName = text(100).min(2, { message: "account.errors.nameRequired" })

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { message: "account.errors.emailRequired" })
  .pipe(z.email({ message: "account.errors.emailInvalid" }))

const phone = z
  .string()
  .trim()
  .min(1, { message: "account.errors.phoneRequired" })
  .transform((value, context) => {
    const normalized = normalizeVietnamPhone(value)
    if (!normalized) {
      context.addIssue({ code: "custom", message: "account.errors.phoneInvalid" })
      return z.NEVER
    }
    return normalized
  })

/** Long enough to resist guessing, short enough to type on a phone; Medusa's emailpass takes any length. */
export const PASSWORD_MIN = 8
const newPassword = z
  .string()
  .min(PASSWORD_MIN, { message: "account.errors.passwordShort" })
  .max(128, { message: "account.errors.tooLong" })

export const registerSchema = z.object({
  full_name: fullName,
  email,
  phone,
  password: newPassword,
})

export const loginSchema = z.object({
  email,
  password: z.string().min(1, { message: "account.errors.passwordRequired" }),
})

export const forgotPasswordSchema = z.object({ email })

/** The new password typed twice alike: the reset and the change forms refine with these two. */
const passwordsMatch = (values: { password: string; password_confirm: string }) => values.password === values.password_confirm
const passwordMismatch = { path: ["password_confirm"], message: "account.errors.passwordMismatch" }

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, { message: "account.errors.resetLinkInvalid" }),
    email,
    password: newPassword,
    password_confirm: z.string(),
  })
  .refine(passwordsMatch, passwordMismatch)

export const changePasswordSchema = z
  .object({
    current_password: z.string().min(1, { message: "account.errors.currentPasswordRequired" }).max(128, { message: "account.errors.tooLong" }),
    password: newPassword,
    password_confirm: z.string(),
  })
  .refine(passwordsMatch, passwordMismatch)
  .refine((values) => values.password !== values.current_password, {
    path: ["password"],
    message: "account.errors.passwordSame",
  })

/** Medusa's transfer tokens are UUIDs; the link carries one per order, at most 20 (the plugin's MAX_ORDERS_PER_CLAIM). */
const transferToken = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
export const claimTokensSchema = z.array(transferToken).min(1).max(20)

/** The tokens of a claim link (`?token=…&token=…`) or of its form; null when any is not a token. */
export function claimTokens(values: URLSearchParams | FormData): string[] | null {
  const raw = values.getAll("token").filter((value): value is string => typeof value === "string")
  const parsed = claimTokensSchema.safeParse([...new Set(raw)])
  return parsed.success ? parsed.data : null
}

export const profileSchema = z.object({
  full_name: fullName,
  phone,
})

export const addressSchema = z.object({
  full_name: fullName,
  phone,
  province: z.string().trim().regex(/^\d{2}$/, { message: "account.errors.provinceRequired" }),
  ward_code: z.string().trim().regex(/^\d{5}$/, { message: "account.errors.wardRequired" }),
  address_1: text(200).min(3, { message: "account.errors.streetRequired" }),
  is_default: z
    .union([z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((value) => value === "on" || value === "true"),
})

export type AddressInput = z.infer<typeof addressSchema>

/** A parse's issues as `{ field: i18n key }`, the first issue of each field; `form` for issues of no field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : "form"
    // A schema's own message is an error key of some section (`account.errors.*`, `portal.errors.*`); zod's
    // built-in English messages are not shown.
    errors[field] ??= /^[a-z]+\.errors\.[A-Za-z]+$/.test(issue.message) ? issue.message : "account.errors.invalid"
  }
  return errors
}

/** Parses a submitted form: `{ data }` or `{ errors, values }` (the values typed, never the passwords). */
export function parseForm<T extends z.ZodTypeAny>(
  schema: T,
  form: FormData
): { data: z.infer<T>; errors?: undefined; values?: undefined } | { data?: undefined; errors: Record<string, string>; values: Record<string, string> } {
  const raw: Record<string, string> = {}
  for (const [key, value] of form.entries()) if (typeof value === "string") raw[key] = value
  const result = schema.safeParse(raw)
  if (result.success) return { data: result.data }
  return { errors: fieldErrors(result.error), values: withoutSecrets(raw) }
}

export function withoutSecrets(values: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) if (!/password|token/.test(key)) kept[key] = value
  return kept
}

/**
 * What the account forms accept, checked on the server (zod) before anything reaches the Store API. Every
 * message is an i18n key under `account.errors`, so one schema speaks both languages; `parseForm` (lib/forms.ts)
 * turns a failed parse into `{ field: key }` for the form to show beside each field.
 *
 * Addresses follow the shape the plugin checks on carts (plugins/ocop/src/checkout/address.ts): the province
 * by its official code in `province`, the ward's code in `metadata.ward_code` and its name in `city`, the
 * street in `address_1`, a Vietnamese mobile number in `phone`. Saved that way, an address of the book can be
 * copied onto a cart unchanged.
 */
import { z } from "zod"
import { normalizePhone } from "~/lib/phone.server"
import { PASSWORD_MIN } from "./password"

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
    const normalized = normalizePhone(value)
    if (!normalized) {
      context.addIssue({ code: "custom", message: "account.errors.phoneInvalid" })
      return z.NEVER
    }
    return normalized
  })

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

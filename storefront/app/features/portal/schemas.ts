import { z } from "zod"

/**
 * The portal's forms, checked on the server before anything reaches the backend (which checks again). Errors are
 * i18n keys (`portal.errors.*`), shown beside their field.
 */
const email = z.string().trim().toLowerCase().email("portal.errors.email")

/** Đồng as people type them: "135.000", "135 000", "135000 ₫". */
export function parseDong(text: string): number | null {
  const digits = text.replace(/[\s.,₫đ]/gi, "")
  return /^\d{1,12}$/.test(digits) ? Number(digits) : null
}

const dong = z
  .string()
  .transform((text, ctx) => {
    const value = parseDong(text)
    if (value === null || value < 1000 || value > 100_000_000) {
      ctx.addIssue({ code: "custom", message: "portal.errors.price" })
      return z.NEVER
    }
    return value
  })

const stock = z
  .string()
  .trim()
  .regex(/^\d{1,7}$/, "portal.errors.stock")
  .transform(Number)
  .refine((value) => value <= 1_000_000, "portal.errors.stock")

export const signInSchema = z.object({ email, password: z.string().min(1, "portal.errors.password").max(128, "portal.errors.password") })

export const acceptInviteSchema = (hasLogin: boolean) =>
  z.object({
    name: z.string().trim().min(1, "portal.errors.name").max(120, "portal.errors.name"),
    password: hasLogin
      ? z.string().min(1, "portal.errors.password").max(128, "portal.errors.password")
      : z.string().min(8, "portal.errors.newPassword").max(128, "portal.errors.newPassword"),
  })

export const inviteSchema = z.object({ email, role: z.enum(["owner", "staff"]) })

export const descriptionSchema = z.object({ description: z.string().max(5000, "portal.errors.description") })

export const variantSchema = z.object({ variant_id: z.string().min(1).max(100), price: dong, stock })

/** A lead's next step: the status, a note, and for a signed contract its value in đồng. */
export const leadStatusSchema = z
  .object({
    status: z.enum(["new", "contacted", "memorandum_signed", "contract_signed", "dropped"], { message: "portal.errors.leadStatus" }),
    note: z
      .string()
      .trim()
      .max(2000, "portal.errors.leadNote")
      .optional()
      .transform((value) => value || undefined),
    contract_value: z
      .string()
      .optional()
      .transform((text, ctx) => {
        if (!text?.trim()) return undefined
        const value = parseDong(text)
        if (value === null || value < 1) {
          ctx.addIssue({ code: "custom", message: "portal.errors.contractValue" })
          return z.NEVER
        }
        return value
      }),
  })
  .superRefine((form, ctx) => {
    if (form.status === "contract_signed" && form.contract_value === undefined) {
      ctx.addIssue({ code: "custom", message: "portal.errors.contractValue", path: ["contract_value"] })
    }
  })
  // Only a contract has a value: one typed beside another status is left out rather than refused.
  .transform((form) => (form.status === "contract_signed" ? form : { ...form, contract_value: undefined }))

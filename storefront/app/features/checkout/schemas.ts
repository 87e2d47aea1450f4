/**
 * What each checkout step may post, checked with zod before anything goes to Medusa (the plugin checks the
 * same rules again where carts are written). Error messages are locale keys under `checkout.errors`, so the
 * page shows them beside the fields in its own language.
 */
import { z } from "zod"
import { fieldErrors as formFieldErrors } from "~/lib/forms"
import { PAYMENT_METHODS } from "~/lib/payment-methods"
import { normalizePhone } from "~/lib/phone.server"

export const contactSchema = z.object({
  email: z.string().trim().toLowerCase().max(200, "email").pipe(z.email("email")),
  name: z.string().trim().min(2, "name").max(100, "name"),
  phone: z
    .string()
    .transform((value, ctx) => {
      // Kept in E.164, as the plugin keeps it; pages show it the way people read it (format.ts).
      const phone = normalizePhone(value)
      if (!phone) ctx.addIssue({ code: "custom", message: "phone" })
      return phone ?? value
    }),
})

/** The ward as typed into its field (a name from the list, or anything close: the action finds it) or its code. */
export const addressSchema = z.object({
  province: z.string().regex(/^\d{2}$/, "province"),
  ward: z.string().trim().min(2, "ward").max(100, "ward"),
  street: z.string().trim().min(3, "street").max(200, "street"),
})

/** The province alone: the no-JavaScript round trip that fills the ward list. */
export const provinceSchema = z.object({ province: z.string().regex(/^\d{2}$/, "province") })

/** "home", or the shipping option of a pickup point. */
export const deliverySchema = z.object({ option_id: z.string().regex(/^(home|so_[0-9A-Za-z]{10,40})$/, "option") })

export const paymentSchema = z.object({ method: z.enum(PAYMENT_METHODS, "method") })

/**
 * zod's issues → one message key per field (the first), for `checkout.errors.<key>`. A field left out
 * altogether gets zod's own message ("Invalid input"): the field names its error instead.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return formFieldErrors(error, { isKey: (message) => /^[a-z]+$/.test(message), fallback: (field) => field })
}

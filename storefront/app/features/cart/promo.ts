/**
 * The promo-code box's rules, checked on the server: what a code may be (trimmed and upper-cased, as the
 * Promotion module stores codes: TET2027), and Medusa's answer turned into our own reason, since Medusa and the
 * plugin word it in English (or "Vietnamese / English"), while the page speaks the shopper's language.
 * Imported by the server's actions and the tests only: the box itself ships no zod.
 */
import { z } from "zod"
import { formValues } from "~/lib/forms"

export const PROMO_CODE_MAX = 32

export const promoCodeSchema = z
  .string()
  .transform((code) => code.trim().toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[A-Z0-9-]{3,${PROMO_CODE_MAX}}$`)))

export const promoFormSchema = z.object({
  intent: z.enum(["promo-apply", "promo-remove"]),
  code: promoCodeSchema,
})

export type PromoForm = z.infer<typeof promoFormSchema>

/** Why a code was not taken (or taken off), each a sentence of `cart.promo.errors.*`. */
export type PromoError = "invalid" | "unknown" | "expired" | "notStarted" | "usedUp" | "notApplicable" | "busy" | "backend"

export type PromoActionResult = {
  promo:
    | { ok: true; intent: PromoForm["intent"]; code: string }
    | { ok: false; intent: PromoForm["intent"] | null; code: string | null; error: PromoError }
}

export function parsePromoForm(form: FormData | Record<string, string>) {
  return promoFormSchema.safeParse(form instanceof FormData ? formValues(form) : form)
}

/**
 * Medusa's refusal of a code as our reason. Medusa words an unknown code "The promotion code X is invalid"; the
 * plugin (plugins/ocop/src/checkout/promo-codes.ts) adds "has expired", "is not valid yet" and "has been used
 * up"; the frozen-cart gate answers 409 to a cart being placed; any other 4xx is a code that does not apply.
 */
export function promoErrorOf(status: number, message: string): PromoError {
  if (status === 409) return "busy"
  if (status >= 500 || status < 400) return "backend"
  if (/has expired/i.test(message)) return "expired"
  if (/not valid yet/i.test(message)) return "notStarted"
  if (/used up|exceeds the (budget )?limit/i.test(message)) return "usedUp"
  if (/promotion code .* is invalid/i.test(message)) return "unknown"
  return "notApplicable"
}

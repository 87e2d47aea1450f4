/**
 * What the cart's forms may post, checked with zod on the server (and shared with the components that build
 * those forms): add a product (from its page or a card), change a line's quantity, remove a line.
 */
import { z } from "zod"
import { MAX_QUANTITY } from "./cart-limits"

export { MAX_QUANTITY }

const quantity = (min: number) => z.coerce.number().int().min(min).max(MAX_QUANTITY)
// Medusa's line item ids: `cali_` and a ULID.
const lineId = z.string().regex(/^cali_[0-9A-Za-z]{1,40}$/)

export const cartFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    handle: z.string().trim().min(1).max(200),
    variant_id: z
      .string()
      .regex(/^variant_[0-9A-Za-z_]{1,40}$/)
      .optional(),
    quantity: quantity(1).default(1),
  }),
  z.object({ intent: z.literal("update"), line_id: lineId, quantity: quantity(0) }),
  z.object({ intent: z.literal("remove"), line_id: lineId }),
])

export type CartForm = z.infer<typeof cartFormSchema>

export type CartActionResult =
  | { ok: true; intent: CartForm["intent"] }
  | { ok: false; intent: CartForm["intent"] | null; error: "invalid" | "variant" | "stock" | "gone" | "backend" }

/** FormData → the fields zod reads: empty strings are "not given". */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [key, value] of form) if (typeof value === "string" && value.trim() !== "") fields[key] = value
  return fields
}

export function parseCartForm(form: FormData) {
  return cartFormSchema.safeParse(formFields(form))
}

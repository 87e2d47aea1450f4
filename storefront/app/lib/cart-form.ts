/**
 * What the cart's forms may post, checked with zod on the server, and what the cart's action answers: add a
 * product (from its page or a card), change a line's quantity, remove a line. Here below the features because
 * the catalogue's cards and the product page post it as well as the cart.
 */
import { z } from "zod"
import { MAX_QUANTITY } from "./cart"
import { formValues } from "./forms"

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
  | {
      ok: false
      intent: CartForm["intent"] | null
      error: "invalid" | "variant" | "stock" | "gone" | "backend"
      /** With "stock" on an add: how many more can go into the cart. */
      available?: number
    }

export function parseCartForm(form: FormData) {
  // An empty field is one not given (the card's form has no variant).
  const filled = Object.entries(formValues(form)).filter(([, value]) => value.trim() !== "")
  return cartFormSchema.safeParse(Object.fromEntries(filled))
}

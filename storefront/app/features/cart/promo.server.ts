/**
 * Adding a promo code to the shopper's cart and taking it off, through Medusa's own
 * `POST|DELETE /store/carts/:id/promotions` (the Promotion module computes the discount on each line). The cart
 * page's and the checkout's actions both answer the box with `promoAction`: a bad code is a 400 with our reason,
 * a backend that fails a 502, never a 500, and a refused code leaves the cart as it was (the backend writes
 * nothing when it refuses).
 */
import { FetchError } from "@medusajs/js-sdk"
import { data } from "@remix-run/node"
import { cartIdFrom } from "~/lib/cart-cookie.server"
import { medusa } from "~/lib/medusa.server"
import { parsePromoForm, promoErrorOf, type PromoActionResult, type PromoError } from "./promo"

export type PromoOutcome = { ok: true } | { ok: false; error: PromoError }

export async function applyPromoCode(request: Request, code: string): Promise<PromoOutcome> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return { ok: false, error: "notApplicable" }
  try {
    const { cart } = await medusa().store.cart.addPromotions(cartId, { promo_codes: [code] }, { fields: "id,promotions.code" })
    // Medusa takes a known code that gives this cart nothing (no line it applies to) with a 200 and no discount.
    const applied = ((cart as { promotions?: ({ code?: string | null } | null)[] }).promotions ?? []).some((p) => p?.code === code)
    return applied ? { ok: true } : { ok: false, error: "notApplicable" }
  } catch (error) {
    if (error instanceof FetchError && (error.status ?? 500) < 500) return { ok: false, error: promoErrorOf(error.status ?? 500, error.message) }
    throw error
  }
}

export async function removePromoCode(request: Request, code: string): Promise<PromoOutcome> {
  const cartId = await cartIdFrom(request)
  if (!cartId) return { ok: true }
  try {
    await medusa().store.cart.removePromotions(cartId, { promo_codes: [code] }, { fields: "id" })
    return { ok: true }
  } catch (error) {
    if (error instanceof FetchError && error.status === 409) return { ok: false, error: "busy" }
    // A cart that is gone has no code left to take off.
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) return { ok: true }
    throw error
  }
}

/** The box's post (`intent=promo-apply|promo-remove`, `code`) answered for the page that shows it. */
export async function promoAction(request: Request, values: Record<string, string>) {
  const parsed = parsePromoForm(values)
  if (!parsed.success) {
    const intent = values.intent === "promo-remove" ? "promo-remove" : "promo-apply"
    return data<PromoActionResult>({ promo: { ok: false, intent, code: null, error: "invalid" } }, { status: 400 })
  }
  const { intent, code } = parsed.data
  try {
    const outcome = intent === "promo-apply" ? await applyPromoCode(request, code) : await removePromoCode(request, code)
    if (!outcome.ok) return data<PromoActionResult>({ promo: { ok: false, intent, code, error: outcome.error } }, { status: outcome.error === "busy" ? 409 : 400 })
    return data<PromoActionResult>({ promo: { ok: true, intent, code } })
  } catch (error) {
    console.error("Promo code action failed:", error)
    return data<PromoActionResult>({ promo: { ok: false, intent, code, error: "backend" } }, { status: 502 })
  }
}

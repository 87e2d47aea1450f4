/**
 * The cart page's action, which the product cards post to as well: one place that turns a posted form into
 * Medusa cart calls, and the promo-code box's adding and taking off a code (promo.server.ts). Bad input is a 400 with a reason the page shows, never a 500; a backend that fails is a
 * 502 with "try again".
 */
import { data, redirect } from "@remix-run/node"
import { localizePath, type Locale } from "~/i18n/config"
import { parseCartForm, type CartActionResult } from "~/lib/cart-form"
import { formValues } from "~/lib/forms"
import { isNotFound } from "~/lib/medusa.server"
import { addProductToCart, setLineQuantity } from "./cart.server"
import { promoAction } from "./promo.server"

export async function cartAction(request: Request, locale: Locale) {
  const form = await request.formData()
  // The promo-code box posts here too (features/cart/PromoCode.tsx).
  if (String(form.get("intent") ?? "").startsWith("promo-")) return promoAction(request, formValues(form))
  const parsed = parseCartForm(form)
  if (!parsed.success) return data<CartActionResult>({ ok: false, intent: null, error: "invalid" }, { status: 400 })
  const input = parsed.data
  try {
    if (input.intent === "add") {
      const outcome = await addProductToCart(request, locale, input.handle, input.variant_id, input.quantity)
      if (!outcome.ok) {
        const available = outcome.error === "stock" ? outcome.available : undefined
        return data<CartActionResult>({ ok: false, intent: "add", error: outcome.error, available }, { status: 400 })
      }
      if (!viaFetcher(form)) return redirectToCart(locale, outcome.setCookie)
      return data<CartActionResult>({ ok: true, intent: "add" }, { headers: { "Set-Cookie": outcome.setCookie } })
    }
    const quantity = input.intent === "remove" ? 0 : input.quantity
    const outcome = await setLineQuantity(request, input.line_id, quantity)
    if (outcome !== "ok") return data<CartActionResult>({ ok: false, intent: input.intent, error: outcome }, { status: 400 })
    return data<CartActionResult>({ ok: true, intent: input.intent })
  } catch (error) {
    // A product that lost its certification meanwhile is not found in the catalogue.
    if (isNotFound(error)) return data<CartActionResult>({ ok: false, intent: input.intent, error: "variant" }, { status: 400 })
    console.error("Cart action failed:", error)
    return data<CartActionResult>({ ok: false, intent: input.intent, error: "backend" }, { status: 502 })
  }
}

/** The forms say so once JavaScript runs (a hidden `via=fetch`); a plain form post gets a new page instead. */
export function viaFetcher(form: FormData): boolean {
  return form.get("via") === "fetch"
}

/**
 * After adding without JavaScript: on to the cart, as a new request, so that the header and the cart already
 * read the cookie just set (loaders after an action see the request's old cookies).
 */
export function redirectToCart(locale: Locale, setCookie: string) {
  return redirect(`${localizePath("/gio-hang", locale)}?added=1`, { status: 303, headers: { "Set-Cookie": setCookie } })
}

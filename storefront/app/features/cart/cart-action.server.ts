/**
 * The cart page's action, which the product cards post to as well: one place that turns a posted form into
 * Medusa cart calls. Bad input is a 400 with a reason the page shows, never a 500; a backend that fails is a
 * 502 with "try again".
 */
import { data } from "@remix-run/node"
import type { Locale } from "~/i18n/config"
import { isNotFound } from "~/lib/medusa.server"
import { addProductToCart, setLineQuantity } from "./cart.server"
import { parseCartForm, type CartActionResult } from "./cart-form"

export async function cartAction(request: Request, locale: Locale) {
  const parsed = parseCartForm(await request.formData())
  if (!parsed.success) return data<CartActionResult>({ ok: false, intent: null, error: "invalid" }, { status: 400 })
  const form = parsed.data
  try {
    if (form.intent === "add") {
      const outcome = await addProductToCart(request, locale, form.handle, form.variant_id, form.quantity)
      if (!outcome.ok) return data<CartActionResult>({ ok: false, intent: "add", error: outcome.error }, { status: 400 })
      return data<CartActionResult>({ ok: true, intent: "add" }, { headers: { "Set-Cookie": outcome.setCookie } })
    }
    const quantity = form.intent === "remove" ? 0 : form.quantity
    const outcome = await setLineQuantity(request, form.line_id, quantity)
    if (outcome !== "ok") return data<CartActionResult>({ ok: false, intent: form.intent, error: outcome }, { status: 400 })
    return data<CartActionResult>({ ok: true, intent: form.intent })
  } catch (error) {
    // A product that lost its certification meanwhile is not found in the catalogue.
    if (isNotFound(error)) return data<CartActionResult>({ ok: false, intent: form.intent, error: "variant" }, { status: 400 })
    console.error("Cart action failed:", error)
    return data<CartActionResult>({ ok: false, intent: form.intent, error: "backend" }, { status: 502 })
  }
}

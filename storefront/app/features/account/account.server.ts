/**
 * What the account routes share on the server: their headers (personal pages, never cached or indexed), the
 * places for the address form, and the answer a login or a registration ends with.
 */
import { data, redirect } from "@remix-run/node"
import { cartCookie } from "~/features/cart/cart.server"
import { localizePath, type Locale } from "~/i18n/config"
import { storeGet } from "~/lib/medusa.server"
import { retryMinutes, takeCartAlong, type TooManyAttempts } from "./customer.server"
import { logInCookie, safeRedirect } from "./session.server"
import type { PlaceOption } from "./AddressForm"

export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store" }

export async function listProvinces(): Promise<PlaceOption[]> {
  const { provinces } = await storeGet<{ provinces: PlaceOption[] }>("/store/ocop/provinces")
  return provinces.map(({ code, name }) => ({ code, name }))
}

/** The wards of a province, or an empty list for a code that is no province. */
export async function listWards(provinceCode: string | null | undefined): Promise<PlaceOption[]> {
  if (!provinceCode || !/^\d{2}$/.test(provinceCode)) return []
  try {
    const { province } = await storeGet<{ province: { wards: PlaceOption[] } }>(`/store/ocop/provinces/${provinceCode}`)
    return province.wards
  } catch {
    return []
  }
}

/**
 * The end of a successful login (or registration, or password reset): the guest's cart taken into the account,
 * the session cookie set, and back to where the shopper was going.
 */
export async function finishLogin(
  request: Request,
  locale: Locale,
  { token, email, redirectTo, notice }: { token: string; email: string; redirectTo?: FormDataEntryValue | null; notice: string }
) {
  const tookCart = await takeCartAlong(request, token)
  const headers = new Headers()
  headers.append("Set-Cookie", await logInCookie(request, token, email, tookCart ? "account.cartTaken" : notice))
  return redirect(safeRedirect(redirectTo, localizePath("/tai-khoan", locale)), { headers })
}

/**
 * The answer of a form the backend refused for too many attempts: 429 with its `Retry-After`, and the message
 * (`account.errors.tooManyAttempts`, in the page's language) under the form's `form` error.
 */
export function tooManyAttemptsAnswer<V extends Record<string, unknown>, E extends Record<string, unknown> = {}>(
  error: TooManyAttempts,
  values: V,
  extra?: E
) {
  return data(
    { ...(extra as E), errors: { form: "account.errors.tooManyAttempts" } as Record<string, string>, minutes: retryMinutes(error), values },
    { status: 429, headers: { ...PRIVATE_HEADERS, "Retry-After": String(error.retryAfter) } }
  )
}

/** Logging out also forgets the cart cookie: the cart now belongs to the account, not to this browser. */
export async function forgetCartCookie(): Promise<string> {
  return cartCookie.serialize("", { maxAge: 0 })
}

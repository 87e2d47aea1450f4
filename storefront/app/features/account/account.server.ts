/**
 * What the account routes share on the server: their headers (personal pages, never cached or indexed), the
 * wards for the address form, and the answer a login or a registration ends with.
 */
import { data, redirect } from "@remix-run/node"
import { localizePath, type Locale } from "~/i18n/config"
import { retryMinutes, type TooManyAttempts } from "~/lib/medusa.server"
import { listWards, type Ward } from "~/lib/places.server"
import { logInCookie, safeRedirect } from "~/lib/session.server"
import { byName } from "~/lib/wards"
import { takeCartAlong } from "./customer.server"

export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store" }

/**
 * The wards of a province for the address form, by name as a shopper looks for hers: none for a code that is no
 * province, or while they cannot be had.
 */
export async function wardOptions(provinceCode: string | null | undefined): Promise<Ward[]> {
  return byName((await listWards(provinceCode).catch(() => null)) ?? [])
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

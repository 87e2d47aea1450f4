/**
 * The seller portal's login: Medusa's `producer` token in its own httpOnly, signed cookie, apart from the
 * shopper's (a person may be both, and signing out of one leaves the other). Signed with the storefront's
 * session secret, like the shopper's cookie (decision 012).
 */
import { redirect } from "@remix-run/node"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"
import { signedLogin } from "./cookies.server"

const login = signedLogin<{ token: string }>("ocop_portal", 60 * 60 * 24)

export const portalToken = login.token
export const flashPortal = login.flash
/** The page's one-time message (an i18n key) and the Set-Cookie that forgets it. */
export const takePortalFlash = login.takeFlash

export async function signInCookie(request: Request, token: string, notice: string): Promise<string> {
  const session = await login.sessionOf(request)
  session.set("token", token)
  session.flash("notice", notice)
  return login.storage.commitSession(session)
}

export async function signOutCookie(request: Request, notice?: string): Promise<string> {
  const session = await login.sessionOf(request)
  session.unset("token")
  if (notice) session.flash("notice", notice)
  return login.storage.commitSession(session)
}

export function redirectToSignIn(request: Request, setCookie?: string): never {
  throw redirect(localizePath("/kenh-nguoi-ban/dang-nhap", localeOf(request)), setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined)
}

/**
 * The shopper's login: Medusa's customer token (a JWT from `/auth/customer/emailpass`) kept in an httpOnly,
 * signed session cookie, so the browser's scripts never see it and every request's loaders can act for the
 * customer. The SDK's own token storage is browser-only and would be shared by every request on the server.
 * Signed as every login of the storefront is (cookies.server.ts).
 */
import { redirect } from "@remix-run/node"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"
import { signedLogin } from "./cookies.server"

// Medusa's customer token lives a day by default (jwtExpiresIn); the cookie need not outlive it by much.
const login = signedLogin<{ token: string; email: string }>("ocop_session", 60 * 60 * 24 * 7)

/** The customer token of this request, or null when nobody is logged in. */
export const customerToken = login.token

/** A one-time message for the next page (e.g. "your password was changed"), carried by the session cookie. */
export const flashCookie = login.flash

/** Reads and clears the one-time message: returns it with the Set-Cookie header that forgets it. */
export const takeFlash = login.takeFlash

/** The Set-Cookie header that logs a customer in, with a message (an i18n key) for the next page. */
export async function logInCookie(request: Request, token: string, email: string, notice?: string): Promise<string> {
  const session = await login.sessionOf(request)
  session.set("token", token)
  session.set("email", email)
  if (notice) session.flash("notice", notice)
  return login.storage.commitSession(session)
}

/** The Set-Cookie header that logs out: the token forgotten, only the message for the next page kept. */
export async function logOutCookie(request: Request, notice?: string): Promise<string> {
  const session = await login.sessionOf(request)
  if (!notice) return login.storage.destroySession(session)
  session.unset("token")
  session.unset("email")
  session.flash("notice", notice)
  return login.storage.commitSession(session)
}

/**
 * Only paths of this site may be returned to after login (`/tai-khoan/don-hang`), never another origin
 * (`//evil.example`, `https://…`), which would make the login form an open redirect.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback
  return to
}

/** Sends a visitor who is not logged in to the login page, which brings them back here afterwards. */
export function redirectToLogin(request: Request, setCookie?: string): never {
  const url = new URL(request.url)
  const locale = localeOf(request)
  const back = url.pathname + url.search
  throw redirect(`${localizePath("/tai-khoan/dang-nhap", locale)}?redirectTo=${encodeURIComponent(back)}`, {
    headers: setCookie ? { "Set-Cookie": setCookie } : undefined,
  })
}

/**
 * The shopper's login: Medusa's customer token (a JWT from `/auth/customer/emailpass`) kept in an httpOnly,
 * signed session cookie, so the browser's scripts never see it and every request's loaders can act for the
 * customer. The SDK's own token storage is browser-only and would be shared by every request on the server.
 *
 * The cookie is signed with `SESSION_SECRET` (or the stack's `COOKIE_SECRET`); without either, a fixed
 * development secret, which `npm start` never uses since it always passes `COOKIE_SECRET`.
 */
import { createCookieSessionStorage, redirect, type Session } from "@remix-run/node"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"

export const DEV_SESSION_SECRET = "ocop-storefront-dev-session-secret"

export function sessionSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.SESSION_SECRET || env.COOKIE_SECRET || DEV_SESSION_SECRET]
}

type SessionData = { token: string; email: string }
type FlashData = { notice: string }

export const sessionStorage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: "ocop_session",
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    // Medusa's customer token lives a day by default (jwtExpiresIn); the cookie need not outlive it by much.
    maxAge: 60 * 60 * 24 * 7,
    secrets: sessionSecrets(),
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
  },
})

export function getSession(request: Request): Promise<Session<SessionData, FlashData>> {
  return sessionStorage.getSession(request.headers.get("cookie"))
}

export function hasSessionCookie(request: Request): boolean {
  return (request.headers.get("cookie") ?? "").includes("ocop_session=")
}

/** The customer token of this request, or null when nobody is logged in. */
export async function customerToken(request: Request): Promise<string | null> {
  if (!hasSessionCookie(request)) return null
  const token = (await getSession(request)).get("token")
  return typeof token === "string" && token ? token : null
}

/** The Set-Cookie header that logs a customer in, with a message (an i18n key) for the next page. */
export async function logInCookie(request: Request, token: string, email: string, notice?: string): Promise<string> {
  const session = await getSession(request)
  session.set("token", token)
  session.set("email", email)
  if (notice) session.flash("notice", notice)
  return sessionStorage.commitSession(session)
}

/** The Set-Cookie header that logs out: the token forgotten, only the message for the next page kept. */
export async function logOutCookie(request: Request, notice?: string): Promise<string> {
  const session = await getSession(request)
  if (!notice) return sessionStorage.destroySession(session)
  session.unset("token")
  session.unset("email")
  session.flash("notice", notice)
  return sessionStorage.commitSession(session)
}

/** A one-time message for the next page (e.g. "your password was changed"), carried by the session cookie. */
export async function flashCookie(request: Request, notice: string): Promise<string> {
  const session = await getSession(request)
  session.flash("notice", notice)
  return sessionStorage.commitSession(session)
}

/** Reads and clears the one-time message: returns it with the Set-Cookie header that forgets it. */
export async function takeFlash(request: Request): Promise<{ notice: string | null; setCookie: string | null }> {
  if (!hasSessionCookie(request)) return { notice: null, setCookie: null }
  const session = await getSession(request)
  const notice = session.get("notice") ?? null
  return { notice, setCookie: notice ? await sessionStorage.commitSession(session) : null }
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

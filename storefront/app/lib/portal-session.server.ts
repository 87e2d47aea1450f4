/**
 * The seller portal's login: Medusa's `producer` token in its own httpOnly, signed cookie, apart from the
 * shopper's (a person may be both, and signing out of one leaves the other). Signed with the storefront's
 * session secret, like the shopper's cookie (decision 012).
 */
import { createCookieSessionStorage, redirect, type Session } from "@remix-run/node"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"
import { sessionSecrets } from "~/lib/session.server"

type SessionData = { token: string }
type FlashData = { notice: string }

const COOKIE = "ocop_portal"

const storage = createCookieSessionStorage<SessionData, FlashData>({
  cookie: {
    name: COOKIE,
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24,
    secrets: sessionSecrets(),
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
  },
})

function sessionOf(request: Request): Promise<Session<SessionData, FlashData>> {
  return storage.getSession(request.headers.get("cookie"))
}

export async function portalToken(request: Request): Promise<string | null> {
  if (!(request.headers.get("cookie") ?? "").includes(`${COOKIE}=`)) return null
  const token = (await sessionOf(request)).get("token")
  return typeof token === "string" && token ? token : null
}

export async function signInCookie(request: Request, token: string, notice: string): Promise<string> {
  const session = await sessionOf(request)
  session.set("token", token)
  session.flash("notice", notice)
  return storage.commitSession(session)
}

export async function signOutCookie(request: Request, notice?: string): Promise<string> {
  const session = await sessionOf(request)
  session.unset("token")
  if (notice) session.flash("notice", notice)
  return storage.commitSession(session)
}

export async function flashPortal(request: Request, notice: string): Promise<string> {
  const session = await sessionOf(request)
  session.flash("notice", notice)
  return storage.commitSession(session)
}

/** The page's one-time message (an i18n key) and the Set-Cookie that forgets it. */
export async function takePortalFlash(request: Request): Promise<{ notice: string | null; setCookie: string | null }> {
  if (!(request.headers.get("cookie") ?? "").includes(`${COOKIE}=`)) return { notice: null, setCookie: null }
  const session = await sessionOf(request)
  const notice = session.get("notice") ?? null
  return { notice, setCookie: notice ? await storage.commitSession(session) : null }
}

export function redirectToSignIn(request: Request, setCookie?: string): never {
  throw redirect(localizePath("/kenh-nguoi-ban/dang-nhap", localeOf(request)), setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined)
}

/**
 * The storefront's own cookies: httpOnly, this site only, secure behind https. Plain ones kept for a month (the
 * cart, the orders this browser placed); signed logins (the shopper's, a producer member's) each in its own
 * cookie with a one-time message for the next page beside the token.
 */
import { createCookie, createCookieSessionStorage } from "@remix-run/node"

const MONTH_SECONDS = 60 * 60 * 24 * 30

const secure = () => (process.env.STOREFRONT_URL ?? "").startsWith("https:")

export function monthLongCookie(name: string) {
  return createCookie(name, { httpOnly: true, sameSite: "lax", path: "/", maxAge: MONTH_SECONDS, secure: secure() })
}

export const DEV_SESSION_SECRET = "ocop-storefront-dev-session-secret"

/**
 * Logins are signed with `SESSION_SECRET` (or the stack's `COOKIE_SECRET`); without either, a fixed development
 * secret, which `npm start` never uses since it always passes `COOKIE_SECRET`.
 */
export function sessionSecrets(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.SESSION_SECRET || env.COOKIE_SECRET || DEV_SESSION_SECRET]
}

/** A login's token (and what else it keeps) in a signed cookie, and a one-time `notice` (an i18n key) beside it. */
export function signedLogin<Data extends { token: string }>(name: string, maxAgeSeconds: number) {
  const storage = createCookieSessionStorage<Data, { notice: string }>({
    cookie: { name, httpOnly: true, sameSite: "lax", path: "/", maxAge: maxAgeSeconds, secrets: sessionSecrets(), secure: secure() },
  })
  // Most requests carry no login: they are answered without parsing or verifying anything.
  const carried = (request: Request) => (request.headers.get("cookie") ?? "").includes(`${name}=`)
  const sessionOf = (request: Request) => storage.getSession(request.headers.get("cookie"))
  return {
    storage,
    sessionOf,
    /** The token of this request, or null when nobody is signed in. */
    async token(request: Request): Promise<string | null> {
      if (!carried(request)) return null
      const token = (await sessionOf(request)).get("token")
      return typeof token === "string" && token ? token : null
    },
    /** The Set-Cookie header that carries a message to the next page (e.g. "your password was changed"). */
    async flash(request: Request, notice: string): Promise<string> {
      const session = await sessionOf(request)
      session.flash("notice", notice)
      return storage.commitSession(session)
    },
    /** Reads and clears the one-time message: returns it with the Set-Cookie header that forgets it. */
    async takeFlash(request: Request): Promise<{ notice: string | null; setCookie: string | null }> {
      if (!carried(request)) return { notice: null, setCookie: null }
      const session = await sessionOf(request)
      const notice = session.get("notice")
      if (typeof notice !== "string") return { notice: null, setCookie: null }
      return { notice, setCookie: await storage.commitSession(session) }
    },
  }
}

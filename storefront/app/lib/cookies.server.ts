/** The storefront's own cookies: httpOnly, this site only, secure behind https, kept for a month. */
import { createCookie } from "@remix-run/node"

const MONTH_SECONDS = 60 * 60 * 24 * 30

export function monthLongCookie(name: string) {
  return createCookie(name, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: MONTH_SECONDS,
    secure: (process.env.STOREFRONT_URL ?? "").startsWith("https:"),
  })
}

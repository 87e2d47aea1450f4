import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node"
import { signOutEverywhere } from "~/features/portal/portal.server"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"
import { portalToken, signOutCookie } from "~/lib/portal-session.server"

/** Signing out is a POST (it ends every session of the member's login); a GET only goes back to the portal. */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(localizePath("/kenh-nguoi-ban", localeOf(request)))
}

export async function action({ request }: ActionFunctionArgs) {
  const token = await portalToken(request)
  if (token) await signOutEverywhere(token).catch(() => undefined)
  return redirect(localizePath("/kenh-nguoi-ban/dang-nhap", localeOf(request)), {
    headers: { "Set-Cookie": await signOutCookie(request, "portal.signedOut") },
  })
}

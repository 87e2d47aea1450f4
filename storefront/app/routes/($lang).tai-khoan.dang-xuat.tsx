import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node"
import { endSessions } from "~/features/account/customer.server"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"
import { forgetCartCookie } from "~/lib/cart-cookie.server"
import { customerToken, logOutCookie } from "~/lib/session.server"

/** Logging out is a POST (the account pages' button); a GET here only leads back to the account. */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(localizePath("/tai-khoan", localeOf(request)))
}

/**
 * Ends the session at the backend, so the token in this cookie (and in any copy of it, on any device) is refused
 * from now on (docs/decisions/023), then forgets it here. The cookie goes even when the backend cannot be
 * reached: the shopper asked to be logged out of this browser.
 */
export async function action({ request }: ActionFunctionArgs) {
  const token = await customerToken(request)
  if (token) await endSessions(token).catch((error) => console.error("Logout could not end the session at the backend:", error))
  const headers = new Headers()
  headers.append("Set-Cookie", await logOutCookie(request, "account.loggedOut"))
  headers.append("Set-Cookie", await forgetCartCookie())
  return redirect(localizePath("/tai-khoan/dang-nhap", localeOf(request)), { headers })
}

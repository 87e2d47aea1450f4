import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node"
import { forgetCartCookie } from "~/features/account/account.server"
import { logOutCookie } from "~/features/account/session.server"
import { localizePath } from "~/i18n/config"
import { localeOf } from "~/i18n/i18next.server"

/** Logging out is a POST (the account pages' button); a GET here only leads back to the account. */
export async function loader({ request }: LoaderFunctionArgs) {
  return redirect(localizePath("/tai-khoan", localeOf(request)))
}

/**
 * Forgets the token here; Medusa's JWT cannot be revoked and simply expires (a day by default), and nothing else
 * holds it.
 */
export async function action({ request }: ActionFunctionArgs) {
  const headers = new Headers()
  headers.append("Set-Cookie", await logOutCookie(request, "account.loggedOut"))
  headers.append("Set-Cookie", await forgetCartCookie())
  return redirect(localizePath("/tai-khoan/dang-nhap", localeOf(request)), { headers })
}

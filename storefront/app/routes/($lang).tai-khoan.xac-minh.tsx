import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { Notice } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { optionalCustomer, requestVerificationMail, requireCustomer, verifyEmail } from "~/features/account/customer.server"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"
import { flashCookie, safeRedirect } from "~/lib/session.server"

/**
 * Where the verification mail leads (`?t=…`, plugins/ocop/src/notifications/mails.ts). Opening it verifies:
 * reaching the link at all proves the mail arrived in that mailbox, and verifying twice is harmless, so unlike
 * the guest-order link (which moves orders) there is no button to press. Logged in or not: the mail may be
 * read on another device. The page's action has the mail sent again (the account page's notice posts here).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const token = new URL(request.url).searchParams.get("t")
  const [t, customer] = await Promise.all([translatorFor(locale), optionalCustomer(request)])
  if (!token && customer) throw redirect(localizePath("/tai-khoan", locale))
  const result = token ? await verifyEmail(token, request) : ({ ok: false, reason: "invalid" } as const)
  return data(
    { title: `${t("account.verification.title")} · ${t("site.name")}`, result, loggedIn: customer !== null },
    // The token is a secret: never cached, never sent on to another site.
    { status: result.ok ? 200 : 400, headers: { ...PRIVATE_HEADERS, "Referrer-Policy": "same-origin" } }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const { token } = await requireCustomer(request)
  const form = await request.formData()
  const back = safeRedirect(form.get("back"), localizePath("/tai-khoan", locale))
  let notice: string
  try {
    notice = (await requestVerificationMail(token, request)).verified ? "account.verification.already" : "account.verification.sent"
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error
    notice = "account.verification.tooMany"
  }
  return redirect(back, { headers: { "Set-Cookie": await flashCookie(request, notice) } })
}

// Personal pages: the loaders' headers (private, no-store; no referrer) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "same-origin" },
]

const linkClass = "inline-flex min-h-12 items-center rounded-lg bg-ocop-800 px-5 py-2 text-base font-bold text-white hover:bg-ocop-900"

export default function VerifyEmail() {
  const { result, loggedIn } = useLoaderData<typeof loader>()
  const { t } = useAccountTranslation()
  if (result.ok) {
    return (
      <GuestShell title={t("account.verification.title")}>
        <Notice tone="success">{t("account.verification.done", { email: result.email })}</Notice>
        <p className="mt-5">
          <LocaleLink to={loggedIn ? "/tai-khoan" : "/tai-khoan/dang-nhap"} className={linkClass}>
            {loggedIn ? t("account.verification.toAccount") : t("account.verification.toLogin")}
          </LocaleLink>
        </p>
      </GuestShell>
    )
  }
  return (
    <GuestShell title={t("account.verification.title")}>
      <Notice tone="error">{t(result.reason === "expired" ? "account.verification.expired" : "account.verification.invalid")}</Notice>
      <p className="mt-3 text-stone-700">{t("account.verification.askAgain")}</p>
      <p className="mt-5">
        <LocaleLink to={loggedIn ? "/tai-khoan" : "/tai-khoan/dang-nhap"} className={linkClass}>
          {loggedIn ? t("account.verification.toAccount") : t("account.verification.toLogin")}
        </LocaleLink>
      </p>
    </GuestShell>
  )
}

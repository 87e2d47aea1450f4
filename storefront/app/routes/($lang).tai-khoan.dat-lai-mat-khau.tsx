import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, finishLogin } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { logIn, resetPassword } from "~/features/account/customer.server"
import { NewPasswordTwice } from "~/features/account/fields"
import { resetPasswordSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"
import { flashCookie } from "~/lib/session.server"

/** The page the reset mail links to: `?token=…&email=…` (plugins/ocop/src/notifications/mails.ts). */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const t = await translatorFor(localeOf(request))
  const token = url.searchParams.get("token") ?? ""
  const email = url.searchParams.get("email") ?? ""
  return data(
    { title: `${t("account.reset.title")} · ${t("site.name")}`, token, email, linkComplete: Boolean(token && email) },
    // The token is a secret: never cached, never sent on to another site.
    { headers: { ...PRIVATE_HEADERS, "Referrer-Policy": "same-origin" } }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const parsed = parseForm(resetPasswordSchema, await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, expired: false }, { status: 400 })
  const { token, email, password } = parsed.data
  if (!(await resetPassword(token, email, password))) {
    return data({ errors: {} as Record<string, string>, expired: true }, { status: 400 })
  }
  // Too many failed logins on this account just before: the new password is set; log in by hand later.
  const customerToken = await logIn(email, password, request).catch((error: unknown) => {
    if (error instanceof TooManyAttempts) return null
    throw error
  })
  if (!customerToken) {
    throw redirect(localizePath("/tai-khoan/dang-nhap", locale), {
      headers: { "Set-Cookie": await flashCookie(request, "account.reset.doneLogin") },
    })
  }
  return finishLogin(request, locale, { token: customerToken, email, notice: "account.reset.done" })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "same-origin" },
]

export default function ResetPassword() {
  const { token, email, linkComplete } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  if (!linkComplete || result?.expired || errors.token || errors.email) {
    return (
      <GuestShell title={t("account.reset.title")}>
        <Notice tone="error">{t("account.reset.invalid")}</Notice>
        <p className="mt-4">
          <LocaleLink
            to="/tai-khoan/quen-mat-khau"
            className="inline-flex h-12 items-center rounded-lg bg-ocop-800 px-5 font-semibold text-white hover:bg-ocop-900"
          >
            {t("account.reset.again")}
          </LocaleLink>
        </p>
      </GuestShell>
    )
  }
  return (
    <GuestShell title={t("account.reset.title")} intro={t("account.reset.intro", { email })}>
      <Form method="post" className="space-y-4" noValidate>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {/* For password managers: the account the new password belongs to. */}
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <NewPasswordTwice errors={errors} />
        <SubmitButton busy={navigation.state === "submitting"}>{t("account.reset.submit")}</SubmitButton>
      </Form>
    </GuestShell>
  )
}

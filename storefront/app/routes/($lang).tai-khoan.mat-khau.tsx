import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, tooManyAttemptsAnswer } from "~/features/account/account.server"
import { AccountShell } from "~/features/account/AccountShell"
import { changePassword, logIn, requireCustomer } from "~/features/account/customer.server"
import { NewPasswordTwice } from "~/features/account/fields"
import { changePasswordSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"
import { displayName } from "~/lib/names"
import { logInCookie, logOutCookie, takeFlash } from "~/lib/session.server"

/** The password, changed with the current one (the plugin's `/store/ocop/customers/me/password` checks it). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { customer } = await requireCustomer(request)
  const [t, flash] = await Promise.all([translatorFor(localeOf(request)), takeFlash(request)])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    { title: `${t("account.passwordPage.title")} · ${t("site.name")}`, name: displayName(customer), email: customer.email, notice: flash.notice },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const { token, customer } = await requireCustomer(request)
  const parsed = parseForm(changePasswordSchema, await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors }, { status: 400 })
  const { current_password, password } = parsed.data
  let changed: boolean
  try {
    changed = await changePassword(token, current_password, password, request)
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooManyAttemptsAnswer(error, {})
    throw error
  }
  if (!changed) {
    return data({ errors: { current_password: "account.errors.currentPasswordWrong" } as Record<string, string> }, { status: 400 })
  }
  // The change ended every session, this one's token too: this browser stays logged in with a fresh token.
  const fresh = await logIn(customer.email, password, request).catch(() => null)
  if (!fresh) {
    throw redirect(localizePath("/tai-khoan/dang-nhap", localeOf(request)), {
      headers: { "Set-Cookie": await logOutCookie(request, "account.passwordPage.changed") },
    })
  }
  // Post, redirect, get: a reload does not post the passwords again.
  return redirect(new URL(request.url).pathname, {
    headers: { "Set-Cookie": await logInCookie(request, fresh, customer.email, "account.passwordPage.changed") },
  })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function ChangePassword() {
  const { name, email, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  return (
    <AccountShell name={name} title={t("account.passwordPage.title")} notice={notice ? t(notice) : null}>
      <Form method="post" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4" noValidate>
        {errors.form ? (
          <Notice tone="error">{t(errors.form, { count: result && "minutes" in result ? Number(result.minutes) : 0 })}</Notice>
        ) : (
          Object.keys(errors).length > 0 && <Notice tone="error">{t("account.errors.summary")}</Notice>
        )}
        <p className="text-sm text-stone-700">{t("account.passwordPage.intro")}</p>
        {/* For password managers: the account whose password this is. */}
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <Field
          name="current_password"
          label={t("account.fields.currentPassword")}
          type="password"
          autoComplete="current-password"
          error={errors.current_password}
          required
        />
        <NewPasswordTwice errors={errors} />
        <SubmitButton busy={navigation.state === "submitting"}>{t("account.passwordPage.submit")}</SubmitButton>
      </Form>
      <p className="mt-4 text-sm">
        <LocaleLink to="/tai-khoan/quen-mat-khau" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("account.passwordPage.forgot")}
        </LocaleLink>
      </p>
    </AccountShell>
  )
}

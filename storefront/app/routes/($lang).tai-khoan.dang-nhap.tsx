import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, finishLogin, tooManyAttemptsAnswer } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { logIn } from "~/features/account/customer.server"
import { EmailField } from "~/features/account/fields"
import { loginSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"
import { customerToken, safeRedirect, takeFlash } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const redirectTo = new URL(request.url).searchParams.get("redirectTo")
  if (await customerToken(request)) throw redirect(safeRedirect(redirectTo, localizePath("/tai-khoan", locale)))
  const [t, flash] = await Promise.all([translatorFor(locale), takeFlash(request)])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    { title: `${t("account.login.title")} · ${t("site.name")}`, redirectTo, notice: flash.notice },
    { headers }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const form = await request.formData()
  const parsed = parseForm(loginSchema, form)
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
  let token: string | null
  try {
    token = await logIn(parsed.data.email, parsed.data.password, request)
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooManyAttemptsAnswer(error, { email: parsed.data.email })
    throw error
  }
  if (!token) {
    return data({ errors: { form: "account.login.failed" } as Record<string, string>, values: { email: parsed.data.email } }, { status: 401 })
  }
  return finishLogin(request, locale, { token, email: parsed.data.email, redirectTo: form.get("redirectTo"), notice: "account.loggedIn" })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function LogIn() {
  const { redirectTo, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors = result?.errors ?? {}
  return (
    <GuestShell title={t("account.login.title")} intro={t("account.login.intro")}>
      <Form method="post" className="space-y-4" noValidate>
        {notice && <Notice tone="success">{t(notice)}</Notice>}
        {errors.form && <Notice tone="error">{t(errors.form, { count: result && "minutes" in result ? Number(result.minutes) : 0 })}</Notice>}
        {redirectTo && <input type="hidden" name="redirectTo" value={redirectTo} />}
        <EmailField defaultValue={result?.values?.email} error={errors.email} />
        <Field
          name="password"
          label={t("account.fields.password")}
          type="password"
          autoComplete="current-password"
          error={errors.password}
          required
        />
        <SubmitButton busy={navigation.state === "submitting"} busyLabel={t("account.login.submitting")}>
          {t("account.login.submit")}
        </SubmitButton>
      </Form>
      <div className="mt-6 space-y-3 text-sm">
        <p>
          <LocaleLink to="/tai-khoan/quen-mat-khau" className="font-semibold text-ocop-800 underline underline-offset-4">
            {t("account.login.forgot")}
          </LocaleLink>
        </p>
        <p className="text-stone-700">
          {t("account.login.noAccount")}{" "}
          <LocaleLink
            to={redirectTo ? `/tai-khoan/dang-ky?redirectTo=${encodeURIComponent(redirectTo)}` : "/tai-khoan/dang-ky"}
            className="font-semibold text-ocop-800 underline underline-offset-4"
          >
            {t("account.login.register")}
          </LocaleLink>
        </p>
      </div>
    </GuestShell>
  )
}

import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, finishLogin } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { register } from "~/features/account/customer.server"
import { EmailField, NewPasswordField, PhoneField } from "~/features/account/fields"
import { registerSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { customerToken, safeRedirect } from "~/lib/session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const redirectTo = new URL(request.url).searchParams.get("redirectTo")
  if (await customerToken(request)) throw redirect(safeRedirect(redirectTo, localizePath("/tai-khoan", locale)))
  const t = await translatorFor(locale)
  return data({ title: `${t("account.register.title")} · ${t("site.name")}`, redirectTo }, { headers: PRIVATE_HEADERS })
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const form = await request.formData()
  const parsed = parseForm(registerSchema, form)
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 })
  const result = await register(parsed.data)
  if (!result.ok) {
    const { password: _password, ...values } = parsed.data
    return data({ errors: { email: "account.register.exists" } as Record<string, string>, values }, { status: 409 })
  }
  return finishLogin(request, locale, {
    token: result.token,
    email: parsed.data.email,
    redirectTo: form.get("redirectTo"),
    notice: "account.loggedIn",
  })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function Register() {
  const { redirectTo } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  return (
    <GuestShell title={t("account.register.title")} intro={t("account.register.intro")}>
      <Form method="post" className="space-y-4" noValidate>
        {Object.keys(errors).length > 0 && <Notice tone="error">{t("account.errors.summary")}</Notice>}
        {redirectTo && <input type="hidden" name="redirectTo" value={redirectTo} />}
        <Field name="full_name" label={t("account.fields.fullName")} autoComplete="name" defaultValue={values.full_name} error={errors.full_name} required />
        <EmailField defaultValue={values.email} error={errors.email} />
        {errors.email === "account.register.exists" && (
          <p className="-mt-2 text-sm">
            <LocaleLink to="/tai-khoan/quen-mat-khau" className="font-semibold text-ocop-800 underline underline-offset-4">
              {t("account.login.forgot")}
            </LocaleLink>
          </p>
        )}
        <PhoneField defaultValue={values.phone} error={errors.phone} />
        <NewPasswordField label={t("account.fields.password")} error={errors.password} />
        <SubmitButton busy={navigation.state === "submitting"} busyLabel={t("account.register.submitting")}>
          {t("account.register.submit")}
        </SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-stone-700">
        {t("account.register.hasAccount")}{" "}
        <LocaleLink to="/tai-khoan/dang-nhap" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("account.register.login")}
        </LocaleLink>
      </p>
    </GuestShell>
  )
}

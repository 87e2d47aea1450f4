import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useNavigation } from "@remix-run/react"
import { Notice, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS, tooManyAttemptsAnswer } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { requestPasswordReset } from "~/features/account/customer.server"
import { EmailField } from "~/features/account/fields"
import { forgotPasswordSchema } from "~/features/account/schemas"
import { useAccountTranslation } from "~/features/account/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { TooManyAttempts } from "~/lib/medusa.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await translatorFor(localeOf(request))
  return data({ title: `${t("account.forgot.title")} · ${t("site.name")}` }, { headers: PRIVATE_HEADERS })
}

/**
 * Asks Medusa to mail a reset link (the plugin's subscriber writes the mail). The answer is the same whether
 * the e-mail has an account or not, so the form cannot be used to find out who shops here.
 */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = parseForm(forgotPasswordSchema, await request.formData())
  if (parsed.errors) return data({ sent: false, errors: parsed.errors, values: parsed.values }, { status: 400 })
  try {
    await requestPasswordReset(parsed.data.email, request)
  } catch (error) {
    if (error instanceof TooManyAttempts) return tooManyAttemptsAnswer(error, { email: parsed.data.email }, { sent: false })
    throw error
  }
  return data({ sent: true, errors: {} as Record<string, string>, values: { email: parsed.data.email } })
}

// Personal pages: the loaders' headers (private, no-store; the session cookie) reach the document too.
export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function ForgotPassword() {
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useAccountTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  return (
    <GuestShell title={t("account.forgot.title")} intro={result?.sent ? undefined : t("account.forgot.intro")}>
      {result?.sent ? (
        <Notice tone="success">{t("account.forgot.sent")}</Notice>
      ) : (
        <Form method="post" className="space-y-4" noValidate>
          {errors.form && <Notice tone="error">{t(errors.form, { count: result && "minutes" in result ? Number(result.minutes) : 0 })}</Notice>}
          <EmailField defaultValue={result?.values?.email} error={errors.email} />
          <SubmitButton busy={navigation.state === "submitting"}>{t("account.forgot.submit")}</SubmitButton>
        </Form>
      )}
      <p className="mt-6 text-sm">
        <LocaleLink to="/tai-khoan/dang-nhap" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("account.forgot.back")}
        </LocaleLink>
      </p>
    </GuestShell>
  )
}

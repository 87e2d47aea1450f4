import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { EmailField } from "~/features/account/fields"
import { signIn } from "~/features/portal/portal.server"
import { signInSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { retryMinutes, TooManyAttempts } from "~/lib/medusa.server"
import { portalToken, signInCookie, takePortalFlash } from "~/lib/portal-session.server"

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  if (await portalToken(request)) throw redirect(localizePath("/kenh-nguoi-ban", locale))
  const [t, flash] = await Promise.all([translatorFor(locale), takePortalFlash(request)])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data({ title: `${t("portal.signIn.title")} · ${t("site.name")}`, notice: flash.notice }, { headers })
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const parsed = parseForm(signInSchema, await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values, minutes: 0 }, { status: 400, headers: PRIVATE_HEADERS })
  let token: string | null
  try {
    token = await signIn(parsed.data.email, parsed.data.password, request)
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error
    return data(
      { errors: { form: "portal.errors.tooManyAttempts" } as Record<string, string>, values: { email: parsed.data.email }, minutes: retryMinutes(error) },
      { status: 429, headers: { ...PRIVATE_HEADERS, "Retry-After": String(error.retryAfter) } }
    )
  }
  if (!token) {
    return data({ errors: { form: "portal.signIn.failed" } as Record<string, string>, values: { email: parsed.data.email }, minutes: 0 }, { status: 401, headers: PRIVATE_HEADERS })
  }
  return redirect(localizePath("/kenh-nguoi-ban", locale), { headers: { "Set-Cookie": await signInCookie(request, token, "portal.signedIn") } })
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalSignIn() {
  const { notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = usePortalTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  return (
    <GuestShell title={t("portal.signIn.title")} intro={t("portal.signIn.intro")}>
      <Form method="post" className="space-y-4" noValidate>
        {notice && <Notice tone="success">{t(notice)}</Notice>}
        {errors.form && <Notice tone="error">{t(errors.form, { minutes: result?.minutes })}</Notice>}
        <EmailField defaultValue={values.email} error={errors.email} />
        <Field name="password" label={t("account.fields.password")} type="password" autoComplete="current-password" error={errors.password} required />
        <SubmitButton busy={navigation.state === "submitting"}>{t("portal.signIn.submit")}</SubmitButton>
      </Form>
      <p className="mt-6 text-sm text-stone-700">{t("portal.signIn.noAccount")}</p>
    </GuestShell>
  )
}

import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, Notice, SubmitButton } from "~/components/form"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { GuestShell } from "~/features/account/AccountShell"
import { NewPasswordField } from "~/features/account/fields"
import { acceptInvite, checkInvite } from "~/features/portal/portal.server"
import { acceptInviteSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { retryMinutes, TooManyAttempts } from "~/lib/medusa.server"
import { signInCookie } from "~/lib/portal-session.server"

/**
 * Where the invitation mail leads (`?token=…`). Opening it changes nothing; the form makes (or signs in with)
 * the invited e-mail's login and accepts, then the member is signed in to the portal.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const linkToken = new URL(request.url).searchParams.get("token") ?? ""
  const [t, check] = await Promise.all([translatorFor(localeOf(request)), linkToken ? checkInvite(linkToken, request) : Promise.resolve({ ok: false } as const)])
  const state = !check.ok ? "invalid" : check.invite.state === "open" ? "open" : check.invite.state === "expired" ? "expired" : "used"
  return data(
    { title: `${t("portal.invite.title")} · ${t("site.name")}`, state, invite: check.ok ? check.invite : null },
    // The token is a secret: never cached, never sent on to another site.
    { status: state === "open" ? 200 : 400, headers: { ...PRIVATE_HEADERS, "Referrer-Policy": "same-origin" } }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const linkToken = new URL(request.url).searchParams.get("token") ?? ""
  const check = linkToken ? await checkInvite(linkToken, request) : ({ ok: false } as const)
  if (!check.ok || check.invite.state !== "open") return data({ errors: { form: "portal.invite.invalid" } as Record<string, string>, values: {}, minutes: 0 }, { status: 400 })
  const parsed = parseForm(acceptInviteSchema(check.invite.has_login), await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values, minutes: 0 }, { status: 400 })
  try {
    const accepted = await acceptInvite({ linkToken, email: check.invite.email, hasLogin: check.invite.has_login, ...parsed.data }, request)
    if (!accepted.ok) return data({ errors: { form: `portal.invite.${accepted.reason}` } as Record<string, string>, values: { name: parsed.data.name }, minutes: 0 }, { status: 400 })
    return redirect(localizePath("/kenh-nguoi-ban", locale), { headers: { "Set-Cookie": await signInCookie(request, accepted.token, "portal.invite.joined") } })
  } catch (error) {
    if (!(error instanceof TooManyAttempts)) throw error
    return data(
      { errors: { form: "portal.errors.tooManyAttempts" } as Record<string, string>, values: { name: parsed.data.name }, minutes: retryMinutes(error) },
      { status: 429, headers: { "Retry-After": String(error.retryAfter) } }
    )
  }
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "robots", content: "noindex" },
  { name: "referrer", content: "same-origin" },
]

export default function AcceptInvite() {
  const { state, invite } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = usePortalTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  if (state !== "open" || !invite) {
    return (
      <GuestShell title={t("portal.invite.title")}>
        <Notice tone="error">{t(`portal.invite.${state}`)}</Notice>
      </GuestShell>
    )
  }
  return (
    <GuestShell
      title={t("portal.invite.title")}
      intro={t("portal.invite.intro", { role: t(`portal.roles.${invite.role}`).toLowerCase(), producer: invite.producer.name, email: invite.email })}
    >
      <Form method="post" className="space-y-4" noValidate>
        {errors.form && <Notice tone="error">{t(errors.form, { minutes: result?.minutes })}</Notice>}
        <Field name="name" label={t("account.fields.fullName")} autoComplete="name" defaultValue={values.name} error={errors.name} required />
        <p className="text-sm text-stone-700">{invite.has_login ? t("portal.invite.existingLogin") : t("portal.invite.newLogin")}</p>
        {invite.has_login ? (
          <Field name="password" label={t("account.fields.password")} type="password" autoComplete="current-password" error={errors.password} required />
        ) : (
          <NewPasswordField label={t("account.fields.password")} error={errors.password} />
        )}
        <SubmitButton busy={navigation.state === "submitting"}>{t("portal.invite.submit")}</SubmitButton>
      </Form>
    </GuestShell>
  )
}

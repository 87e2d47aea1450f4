import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { parsePhoneNumberFromString } from "libphonenumber-js/max"
import { Field, FieldError, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { requireMember, updateProfile, type ProducerProfile } from "~/features/portal/portal.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { profileSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { forgetStoreGets } from "~/lib/medusa.server"
import { flashPortal, takePortalFlash } from "~/lib/portal-session.server"
import { inLanguage } from "~/lib/bilingual"

export async function loader({ request }: LoaderFunctionArgs) {
  const { me } = await requireMember(request)
  const [t, flash] = await Promise.all([translatorFor(localeOf(request)), takePortalFlash(request)])
  const headers = new Headers(PRIVATE_HEADERS)
  if (flash.setCookie) headers.append("Set-Cookie", flash.setCookie)
  return data(
    { title: `${t("portal.profilePage.title")} · ${t("portal.title")}`, me, producer: me.producer as ProducerProfile, notice: flash.notice },
    { headers }
  )
}

/** A phone the producer's page can show: Vietnamese, by libphonenumber's metadata (the backend checks again). */
const isVietnamesePhone = (text: string) => !!parsePhoneNumberFromString(text, "VN")?.isValid() && parsePhoneNumberFromString(text, "VN")?.country === "VN"

export async function action({ request }: ActionFunctionArgs) {
  const { token, me } = await requireMember(request)
  const parsed = parseForm(profileSchema(isVietnamesePhone), await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values, refused: null }, { status: 400 })
  // Staff meet the backend's 403: the page says owners edit it.
  const refused = await updateProfile(token, parsed.data)
  if (refused) {
    const field = /phone/i.test(refused) ? "phone" : /e-mail/i.test(refused) ? "email" : null
    return data(
      { errors: (field ? { [field]: `portal.errors.${field}` } : {}) as Record<string, string>, values: Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, v === null ? "" : String(v)])), refused: field ? null : refused },
      { status: 400 }
    )
  }
  // This server's cached copy of the public page goes now; others catch up within their cache's 30 seconds.
  forgetStoreGets(`/store/ocop/producers/${me.producer.handle}`)
  return redirect(new URL(request.url).pathname, { headers: { "Set-Cookie": await flashPortal(request, "portal.profilePage.saved") } })
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalProfile() {
  const { me, producer, notice } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, i18n } = usePortalTranslation()
  const owner = me.member.role === "owner"
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  const value = (name: keyof ProducerProfile) => values[name] ?? (producer[name] === null || producer[name] === undefined ? "" : String(producer[name]))
  const refusedText = result?.refused ? inLanguage(result.refused, i18n.language) : null
  const story = (name: "story_vi" | "story_en", label: string, lang: string) => (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={6}
        maxLength={5000}
        lang={lang}
        readOnly={!owner}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `field-${name}-error` : undefined}
        defaultValue={value(name)}
        className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-3 text-base text-stone-900 read-only:bg-stone-50"
      />
      {errors[name] && <FieldError id={`field-${name}-error`} error={errors[name]} />}
    </div>
  )
  return (
    <PortalShell
      me={me}
      title={t("portal.profilePage.title")}
      notice={notice ? t(notice) : null}
      error={refusedText ? t("portal.errors.saveFailed", { message: refusedText }) : Object.keys(errors).length ? t("portal.errors.summary") : null}
    >
      <p className="text-sm text-stone-700">{t("portal.profilePage.intro")}</p>
      <section className="mt-4 rounded-xl border border-stone-200 bg-stone-50 p-4" aria-labelledby="programme-record">
        <h2 id="programme-record" className="font-bold text-stone-900">
          {t("portal.profilePage.programme")}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-stone-700">{t("portal.profilePage.name")}</dt>
          <dd className="break-words text-stone-900">{producer.name}</dd>
          <dt className="font-semibold text-stone-700">{t("portal.profilePage.entityType")}</dt>
          <dd className="text-stone-900">{t(`entityType.${producer.entity_type}`)}</dd>
          <dt className="font-semibold text-stone-700">{t("portal.profilePage.certifiedAddress")}</dt>
          <dd className="break-words text-stone-900">{producer.address_as_certified}</dd>
        </dl>
      </section>
      {!owner && <p className="mt-4 rounded-lg bg-amber-50 p-3 text-sm font-semibold text-amber-900">{t("portal.profilePage.ownersOnly")}</p>}
      <Form method="post" className="mt-4 space-y-3 rounded-xl border border-stone-200 bg-white p-4" noValidate>
        {story("story_vi", t("portal.profilePage.storyVi"), "vi")}
        {story("story_en", t("portal.profilePage.storyEn"), "en")}
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="phone" label={t("portal.profilePage.phone")} type="tel" inputMode="tel" autoComplete="tel" defaultValue={value("phone")} error={errors.phone} readOnly={!owner} required />
          <Field name="email" label={t("portal.profilePage.email")} type="email" inputMode="email" defaultValue={value("email")} error={errors.email} readOnly={!owner} />
          <Field name="address_line" label={t("portal.profilePage.addressLine")} defaultValue={value("address_line")} error={errors.address_line} readOnly={!owner} maxLength={300} required />
          <Field name="founded_year" label={t("portal.profilePage.foundedYear")} inputMode="numeric" defaultValue={value("founded_year")} error={errors.founded_year} readOnly={!owner} maxLength={4} />
        </div>
        {owner && <SubmitButton busy={navigation.state === "submitting"}>{t("portal.profilePage.save")}</SubmitButton>}
      </Form>
      <p className="mt-6">
        <LocaleLink to={`/chu-the/${producer.handle}`} className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("portal.profilePage.publicPage")}
        </LocaleLink>
      </p>
    </PortalShell>
  )
}

import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react"
import { Field, FieldError, SubmitButton } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { PRIVATE_HEADERS } from "~/features/account/account.server"
import { createProduct, requireMember } from "~/features/portal/portal.server"
import { PortalShell } from "~/features/portal/PortalShell"
import { NEW_PRODUCT_ROWS } from "~/features/portal/new-product-rows"
import { newProductSchema } from "~/features/portal/schemas"
import { usePortalTranslation } from "~/features/portal/strings"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { parseForm } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { flashPortal } from "~/lib/portal-session.server"
import { inLanguage } from "~/lib/bilingual"

export async function loader({ request }: LoaderFunctionArgs) {
  const { me } = await requireMember(request)
  const t = await translatorFor(localeOf(request))
  return data({ title: `${t("portal.catalogue.newTitle")} · ${t("portal.title")}`, me }, { headers: PRIVATE_HEADERS })
}

export async function action({ request }: ActionFunctionArgs) {
  const { token } = await requireMember(request)
  const parsed = parseForm(newProductSchema, await request.formData())
  if (parsed.errors) return data({ errors: parsed.errors, values: parsed.values, refused: null }, { status: 400 })
  const created = await createProduct(token, parsed.data)
  if ("refused" in created) {
    const values = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => typeof v === "string")) as Record<string, string>
    return data({ errors: {} as Record<string, string>, values, refused: created.refused }, { status: 400 })
  }
  // The draft's own page, where its price, stock and description go on being edited.
  return redirect(localizePath(`/kenh-nguoi-ban/san-pham/${created.id}`, localeOf(request)), {
    headers: { "Set-Cookie": await flashPortal(request, "portal.catalogue.created") },
  })
}

export const headers = loaderHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }]

export default function PortalNewProduct() {
  const { me } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t, i18n } = usePortalTranslation()
  const errors: Record<string, string> = result?.errors ?? {}
  const values: Record<string, string> = result?.values ?? {}
  const hasErrors = Object.keys(errors).length > 0
  const textarea = (name: string, label: string) => (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <textarea
        id={`field-${name}`}
        name={name}
        rows={4}
        maxLength={5000}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `field-${name}-error` : undefined}
        defaultValue={values[name] ?? ""}
        className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-3 text-base text-stone-900"
      />
      {errors[name] && <FieldError id={`field-${name}-error`} error={errors[name]} />}
    </div>
  )
  return (
    <PortalShell
      me={me}
      title={t("portal.catalogue.newTitle")}
      error={result?.refused ? t("portal.errors.saveFailed", { message: inLanguage(result.refused, i18n.language) }) : hasErrors ? t("portal.errors.summary") : null}
    >
      <p className="text-sm text-stone-700">{t("portal.catalogue.newIntro")}</p>
      <Form method="post" className="mt-4 space-y-4" noValidate>
        <div className="space-y-3 rounded-xl border border-stone-200 bg-white p-4">
          <Field name="title" label={t("portal.catalogue.title")} defaultValue={values.title ?? ""} error={errors.title} maxLength={200} required />
          <Field name="title_en" label={t("portal.catalogue.titleEn")} defaultValue={values.title_en ?? ""} error={errors.title_en} maxLength={200} lang="en" />
          {textarea("description", t("portal.catalogue.description"))}
          {textarea("description_en", t("portal.catalogue.descriptionEn"))}
        </div>
        <fieldset className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
          <legend className="px-1 font-bold text-stone-900">{t("portal.catalogue.variants")}</legend>
          <p className="text-sm text-stone-700">{t("portal.catalogue.variantsHint")}</p>
          {Array.from({ length: NEW_PRODUCT_ROWS }, (_, index) => {
            const row = `variant${index + 1}`
            return (
              <fieldset key={row} className="space-y-3 border-t border-stone-200 pt-3 first-of-type:border-t-0 first-of-type:pt-0">
                <legend className="text-sm font-semibold text-stone-800">{t("portal.catalogue.variantRow", { n: index + 1 })}</legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <Field name={`${row}_title`} label={t("portal.catalogue.variantTitle")} defaultValue={values[`${row}_title`] ?? ""} error={errors[`${row}_title`]} maxLength={100} required={index === 0} />
                  <Field name={`${row}_title_en`} label={t("portal.catalogue.variantTitleEn")} defaultValue={values[`${row}_title_en`] ?? ""} error={errors[`${row}_title_en`]} maxLength={100} lang="en" />
                  <Field name={`${row}_price`} label={t("portal.productEdit.price")} inputMode="numeric" defaultValue={values[`${row}_price`] ?? ""} error={errors[`${row}_price`]} required={index === 0} />
                  <Field name={`${row}_stock`} label={t("portal.productEdit.stock")} inputMode="numeric" defaultValue={values[`${row}_stock`] ?? ""} error={errors[`${row}_stock`]} required={index === 0} />
                </div>
              </fieldset>
            )
          })}
        </fieldset>
        <SubmitButton busy={navigation.state === "submitting"}>{t("portal.catalogue.create")}</SubmitButton>
      </Form>
      <p className="mt-6">
        <LocaleLink to="/kenh-nguoi-ban/san-pham" className="font-semibold text-ocop-800 underline underline-offset-4">
          {t("portal.productEdit.back")}
        </LocaleLink>
      </p>
    </PortalShell>
  )
}

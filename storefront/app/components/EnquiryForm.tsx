/**
 * The enquiry form a buyer fills at a fair's booth (from its QR code), on a fair's page or on a product's page.
 * A real form posting to `/hoi-mua` (lib/enquiry.ts), so it works without JavaScript (the enquiry page then
 * shows the result); with JavaScript it posts through a fetcher and answers in place. `website` is a honeypot:
 * hidden from people and screen readers, filled by bots, refused by the backend.
 */
import { useFetcher } from "@remix-run/react"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useLazySection } from "~/i18n/sections"
import { useLocalizePath } from "~/i18n/use-locale"
import { enquiryPath, type EnquiryContext, type EnquiryResult } from "~/lib/enquiry"
import { useHydrated } from "~/lib/use-hydrated"
import { EMAIL_INPUT, Field, inputClass, Notice, PHONE_INPUT, SubmitButton } from "./form"

/** `useTranslation` with the form's words (`enquiry.*`), fetched in the page's language (i18n/sections.ts). */
export function useEnquiryTranslation() {
  useLazySection("enquiry")
  return useTranslation()
}

type Choice = { value: string; label: string }

export function EnquiryForm({
  context,
  heading,
  intro,
  booths,
  products,
  result: pageResult,
  headingLevel = 2,
}: {
  context: EnquiryContext
  heading?: string
  intro?: ReactNode
  /** On a fair's page: the booth the enquiry goes to. */
  booths?: Choice[]
  /** On a booth's page: the product asked about (optional). */
  products?: Choice[]
  /** What the enquiry page's action answered to a post without JavaScript. */
  result?: EnquiryResult | null
  headingLevel?: 2 | 3
}) {
  const { t } = useEnquiryTranslation()
  const localize = useLocalizePath()
  const hydrated = useHydrated()
  const fetcher = useFetcher<EnquiryResult>()
  const result = fetcher.data ?? pageResult ?? null
  const busy = fetcher.state !== "idle"
  const errors = result && !result.ok ? result.errors : {}
  const values = result && !result.ok ? result.values : {}
  const Heading = `h${headingLevel}` as const
  const id = `enquiry-${context.booth ?? context.product ?? context.fair ?? "form"}`

  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-ocop-100 bg-white p-4 sm:p-5">
      <Heading id={`${id}-heading`} className="text-xl font-bold text-stone-900">
        {heading ?? t("enquiry.title")}
      </Heading>
      {intro && <div className="mt-1 text-sm text-stone-700">{intro}</div>}
      {result?.ok ? (
        <div className="mt-3 space-y-3">
          <Notice tone="success">{result.producer ? t("enquiry.sent", { producer: result.producer }) : t("enquiry.sentShort")}</Notice>
        </div>
      ) : (
        <fetcher.Form method="post" action={localize(enquiryPath(context))} className="mt-3 space-y-3" noValidate>
          {hydrated && <input type="hidden" name="via" value="fetch" />}
          {errors.form && (
            <Notice tone="error">{t(errors.form, { minutes: result && !result.ok ? result.minutes : undefined })}</Notice>
          )}
          {!errors.form && Object.keys(errors).length > 0 && <Notice tone="error">{t("enquiry.errors.summary")}</Notice>}
          {booths && (
            <Field name="booth" label={t("enquiry.booth")} error={errors.booth}>
              {(control) => (
                <select {...control} required defaultValue={values.booth ?? ""} className={`${inputClass} px-2`}>
                  <option value="">{t("enquiry.boothPlaceholder")}</option>
                  {booths.map((booth) => (
                    <option key={booth.value} value={booth.value}>
                      {booth.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {products && products.length > 1 && (
            <Field name="product_handle" label={t("enquiry.product")} error={errors.product_handle}>
              {(control) => (
                <select {...control} defaultValue={values.product_handle ?? ""} className={`${inputClass} px-2`}>
                  <option value="">{t("enquiry.anyProduct")}</option>
                  {products.map((product) => (
                    <option key={product.value} value={product.value}>
                      {product.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {products && products.length === 1 && <input type="hidden" name="product_handle" value={products[0]!.value} />}
          <Field name="buyer_name" label={t("enquiry.name")} autoComplete="name" required maxLength={120} defaultValue={values.buyer_name} error={errors.buyer_name} />
          <Field name="organisation" label={t("enquiry.organisation")} autoComplete="organization" maxLength={200} defaultValue={values.organisation} error={errors.organisation} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="phone" label={t("enquiry.phone")} {...PHONE_INPUT} hint={t("enquiry.contactHint")} defaultValue={values.phone} error={errors.phone} />
            <Field name="email" label={t("enquiry.email")} {...EMAIL_INPUT} defaultValue={values.email} error={errors.email} />
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="market" label={t("enquiry.market")} maxLength={200} defaultValue={values.market} error={errors.market} />
            <Field name="quantity" label={t("enquiry.quantity")} hint={t("enquiry.quantityHint")} maxLength={200} defaultValue={values.quantity} error={errors.quantity} />
          </div>
          <div>
            <label htmlFor={`${id}-note`} className="block text-sm font-semibold text-stone-800">
              {t("enquiry.note")}
            </label>
            <textarea
              id={`${id}-note`}
              name="note"
              rows={3}
              maxLength={2000}
              defaultValue={values.note}
              aria-invalid={errors.note ? true : undefined}
              className="mt-1 block w-full rounded-lg border border-stone-300 bg-white p-3 text-base text-stone-900"
            />
          </div>
          {/* The honeypot: off-screen, out of the tab order and the accessibility tree. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label>
              {t("enquiry.website")}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <SubmitButton busy={busy} busyLabel={t("enquiry.sending")}>
            {t("enquiry.send")}
          </SubmitButton>
        </fetcher.Form>
      )}
    </section>
  )
}

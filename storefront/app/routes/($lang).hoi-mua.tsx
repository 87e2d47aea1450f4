import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useActionData, useLoaderData } from "@remix-run/react"
import { Breadcrumbs } from "~/components/Breadcrumbs"
import { EnquiryForm, useEnquiryTranslation } from "~/components/EnquiryForm"
import { Notice } from "~/components/form"
import { LocaleLink } from "~/components/LocaleLink"
import { enquiryTarget } from "~/features/fairs/fairs.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { contextFromSearch, enquiryPath, type EnquiryResult } from "~/lib/enquiry"
import { enquirySchema, sendEnquiry } from "~/lib/enquiry.server"
import { fieldErrors, formValues } from "~/lib/forms"
import { loaderHeaders } from "~/lib/headers"
import { publicOrigin } from "~/lib/http.server"
import { retryMinutes, TooManyAttempts } from "~/lib/medusa.server"
import { seoMeta } from "~/lib/seo"
import type { SectionsHandle } from "~/i18n/sections"

/** Personal answers (what was typed, whether it was sent): never cached, never indexed. */
const PRIVATE = { "Cache-Control": "private, no-store" }
const ERROR_KEY = /^enquiry\.errors\.[A-Za-z]+$/

/** The enquiry page's words that come in its language only (i18n/sections.ts), fetched before it hydrates. */
export const handle: SectionsHandle = { i18nSections: ["enquiry"] }

/**
 * The enquiry page: where every enquiry form posts (lib/enquiry.ts), so the forms work without JavaScript. Its
 * query names the product, the fair and booth, and where the buyer came from; the page shows whom it goes to,
 * the form again with what was refused, or that it was sent.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const url = new URL(request.url)
  const context = contextFromSearch(url.searchParams)
  const [target, t] = await Promise.all([enquiryTarget(locale, context), translatorFor(locale)])
  return data(
    {
      context,
      target,
      sent: url.searchParams.get("da-gui") === "1",
      seo: { title: `${t("enquiry.pageTitle")} · ${t("site.name")}`, description: t("enquiry.pageIntro"), path: "/hoi-mua", locale, origin: publicOrigin(request), noindex: true },
    },
    { headers: PRIVATE }
  )
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeOf(request)
  const context = contextFromSearch(new URL(request.url).searchParams)
  const form = await request.formData()
  const viaFetcher = form.get("via") === "fetch"
  const raw = formValues(form)
  const { via: _via, website: _website, ...values } = raw
  const parsed = enquirySchema.safeParse(raw)
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error, { isKey: (message) => ERROR_KEY.test(message), fallback: () => "enquiry.errors.tooLong" })
    return data<EnquiryResult>({ ok: false, errors, values }, { status: 400, headers: PRIVATE })
  }
  try {
    const outcome = await sendEnquiry(request, locale, context, parsed.data)
    if (outcome === "refused") return data<EnquiryResult>({ ok: false, errors: { form: "enquiry.errors.refused" }, values }, { status: 400, headers: PRIVATE })
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      return data<EnquiryResult>(
        { ok: false, errors: { form: "enquiry.errors.tooManyAttempts" }, minutes: retryMinutes(error), values },
        { status: 429, headers: { ...PRIVATE, "Retry-After": String(error.retryAfter) } }
      )
    }
    console.error("Sending an enquiry failed:", error)
    return data<EnquiryResult>({ ok: false, errors: { form: "enquiry.errors.failed" }, values }, { status: 502, headers: PRIVATE })
  }
  // Post, redirect, get without JavaScript: a reload does not send it twice.
  if (!viaFetcher) {
    const path = `${enquiryPath(parsed.data.booth ? { ...context, booth: parsed.data.booth } : context)}&da-gui=1`
    return redirect(localizePath(path, locale), { headers: PRIVATE })
  }
  const target = await enquiryTarget(locale, parsed.data.booth ? { ...context, booth: parsed.data.booth } : context).catch(() => null)
  return data<EnquiryResult>({ ok: true, producer: target?.producer ?? null }, { headers: PRIVATE })
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)

export default function EnquiryPage() {
  const { context, target, sent } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() ?? null
  const { t } = useEnquiryTranslation()
  const backTo = target?.fair ? `/hoi-cho/${target.fair.handle}${target.booth ? `/gian-hang/${target.booth}` : ""}` : target?.product ? `/san-pham/${target.product.handle}` : "/"
  const backLabel = target?.booth ? `${target.fair!.name} · ${target.booth}` : (target?.fair?.name ?? target?.product?.title ?? t("site.home"))
  return (
    <div className="mx-auto max-w-2xl space-y-5 px-4 py-4 sm:py-6">
      <Breadcrumbs items={[{ to: "/", label: t("site.home") }, { label: t("enquiry.pageTitle") }]} />
      <div>
        <h1 className="text-2xl font-bold text-ocop-900">{t("enquiry.pageTitle")}</h1>
        <p className="mt-1 text-stone-700">{t("enquiry.pageIntro")}</p>
      </div>
      {!target ? (
        <p className="text-stone-700">{t("enquiry.pageNone")}</p>
      ) : sent ? (
        <Notice tone="success">{target.producer ? t("enquiry.sent", { producer: target.producer }) : t("enquiry.sentShort")}</Notice>
      ) : (
        <>
          <p className="text-sm text-stone-800">
            <span className="font-semibold">{t("enquiry.to")}: </span>
            {[target.producer, target.product?.title, target.fair?.name, target.booth].filter(Boolean).join(" · ")}
          </p>
          <EnquiryForm
            context={context}
            headingLevel={2}
            result={result}
            booths={target.booths?.map((booth) => ({ value: booth.number, label: `${booth.number} · ${booth.producer?.name ?? ""}` }))}
          />
        </>
      )}
      {target && (
        <p>
          <LocaleLink to={backTo} className="font-semibold text-ocop-800 underline underline-offset-4">
            {backLabel}
          </LocaleLink>
        </p>
      )}
    </div>
  )
}

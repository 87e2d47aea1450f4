import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { LookupForm } from "~/features/verify/LookupForm"
import { orTooMany } from "~/features/verify/page.server"
import { StatusChip } from "~/features/verify/StatusChip"
import { useVerifyTranslation } from "~/features/verify/strings"
import { VerificationCard } from "~/features/verify/VerificationCard"
import { VerifyErrorBoundary } from "~/features/verify/VerifyError"
import { ErrorPage } from "~/layout/ErrorPage"
import { lookupCertificate } from "~/features/verify/verify.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

/**
 * A certificate's stable address, `/tra-cuu/<number>`: what its QR code on a shelf label or package opens. The
 * answer in words and colour, then what it certifies. An unknown number is a 404 page that offers the closest
 * numbers; a malformed one a 400 that says what a number looks like.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const number = (params.number ?? "").trim()
  const [result, t] = await Promise.all([orTooMany(lookupCertificate(request, locale, number)), translatorFor(locale)])
  const origin = publicOrigin(request)
  const path = `/tra-cuu/${encodeURIComponent(result.kind === "found" ? result.certification.certificate_no : number)}`
  if (result.kind === "found") {
    const c = result.certification
    return data(
      {
        result,
        number,
        url: `${origin}${localizePath(path, locale)}`,
        seo: {
          title: `${c.certificate_no}: ${t(`verify.status.${c.status}`)} · ${c.product.title} · ${t("site.name")}`,
          description: `${t("verify.title")}: ${c.product.title}, ${t("stars.label", { stars: c.stars })}, ${t(`verify.status.${c.status}`)}.`,
          path,
          locale,
          origin,
        },
      },
      // The API says how long its answer holds (never past the next change its dates foretell).
      { headers: { "Cache-Control": result.cacheControl ?? "public, max-age=60" } }
    )
  }
  return data(
    {
      result,
      number,
      url: null,
      seo: { title: `${t("verify.title")} · ${t("site.name")}`, description: t("verify.intro"), path, locale, origin, noindex: true },
    },
    { status: result.kind === "unknown" ? 404 : 400, headers: { "Cache-Control": "public, max-age=60" } }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)
export function ErrorBoundary() {
  return <VerifyErrorBoundary fallback={(status) => <ErrorPage status={status} />} />
}

export default function CertificateLookup() {
  const { result, number, url } = useLoaderData<typeof loader>()
  const { t } = useVerifyTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      {result.kind === "found" && (
        <>
          <p className="text-sm font-semibold text-stone-600">{t("verify.title")}</p>
          <VerificationCard certification={result.certification} />
          {url && (
            <p className="break-all text-xs text-stone-600">
              {t("verify.stableLink")}: <span className="font-mono">{url}</span>
            </p>
          )}
        </>
      )}
      {result.kind === "unknown" && (
        <section aria-labelledby="verdict" className="space-y-3 rounded-xl border-2 border-slate-500 bg-slate-100 p-4 text-slate-900" data-status="unknown">
          <h1 id="verdict" className="flex items-center gap-3 text-2xl font-bold">
            <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full border-2 border-current text-xl">
              ?
            </span>
            {t("verify.status.unknown")}
          </h1>
          <p className="leading-relaxed">{t("verify.explain.unknown", { number })}</p>
          {result.suggestions.length > 0 && (
            <div>
              <p className="text-sm">{t("verify.suggestions")}</p>
              <ul className="mt-1 space-y-1">
                {result.suggestions.map((s) => (
                  <li key={s.certificate_no}>
                    <LocaleLink to={`/tra-cuu/${encodeURIComponent(s.certificate_no)}`} className="font-semibold underline underline-offset-4">
                      {s.certificate_no}
                    </LocaleLink>{" "}
                    · {s.product_title}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
      {result.kind === "malformed" && (
        <section className="space-y-2" data-status="malformed">
          <h1 className="flex items-center gap-2 text-2xl font-bold text-stone-900">
            <StatusChip status="unknown" />
          </h1>
          <p className="text-stone-800">{t("verify.badNumber", { number })}</p>
        </section>
      )}
      <div className="space-y-2 border-t border-stone-200 pt-4">
        <h2 className="text-sm font-semibold text-stone-700">{t("verify.anotherLookup")}</h2>
        <LookupForm />
      </div>
    </div>
  )
}

import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData } from "@remix-run/react"
import { LocaleLink } from "~/components/LocaleLink"
import { LookupForm } from "~/features/verify/LookupForm"
import { orTooMany } from "~/features/verify/page.server"
import { StatusChip } from "~/features/verify/StatusChip"
import { useVerifyTranslation } from "~/features/verify/strings"
import { VerifyErrorBoundary } from "~/features/verify/VerifyError"
import { ErrorPage } from "~/layout/ErrorPage"
import { lookupCertificate, searchRegister } from "~/features/verify/verify.server"
import { localizePath } from "~/i18n/config"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { publicOrigin } from "~/lib/http.server"
import { formatDate } from "~/lib/format"
import { seoMeta } from "~/lib/seo"

const key = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toUpperCase().replace(/[^A-Z0-9]+/g, "")

/**
 * The lookup (`/tra-cuu`): one field for a certificate number, a decision number or a product name. A number that
 * is exactly one certificate goes straight to its stable page (`/tra-cuu/<number>`); anything else lists what
 * matches with each certificate's state; nothing matching offers the closest numbers and names.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100)
  const t = await translatorFor(locale)
  const seo = {
    title: `${t("verify.title")} · ${t("site.name")}`,
    description: t("verify.intro"),
    path: "/tra-cuu",
    locale,
    origin: publicOrigin(request),
    noindex: q.length > 0,
  }
  if (q.length < 2) return data({ q, tooShort: q.length > 0, results: null, count: 0, suggestions: [], seo }, { headers: { "Cache-Control": "public, max-age=300" } })
  const found = await orTooMany(searchRegister(request, locale, q))
  const results = found?.certifications ?? []
  const exact = results.filter((c) => key(c.certificate_no) === key(q))
  if (exact.length === 1) throw redirect(localizePath(`/tra-cuu/${encodeURIComponent(exact[0]!.certificate_no)}`, locale))
  const suggestions = results.length ? [] : await orTooMany(lookupCertificate(request, locale, q)).then((r) => (r.kind === "unknown" ? r.suggestions : []))
  return data(
    { q, tooShort: false, results, count: found?.count ?? 0, suggestions, seo },
    { status: results.length ? 200 : 404, headers: { "Cache-Control": "public, max-age=60" } }
  )
}

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)
export function ErrorBoundary() {
  return <VerifyErrorBoundary fallback={(status) => <ErrorPage status={status} />} />
}

export default function Lookup() {
  const { q, tooShort, results, count, suggestions } = useLoaderData<typeof loader>()
  const { t } = useVerifyTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      <div>
        <h1 className="text-2xl font-bold text-ocop-900">{t("verify.title")}</h1>
        <p className="mt-2 text-stone-700">{t("verify.intro")}</p>
      </div>
      <LookupForm q={q} autoFocus={!q} />
      {tooShort && <p className="text-stone-700">{t("verify.tooShort")}</p>}
      {!q && <p className="text-sm text-stone-600">{t("verify.scanHint")}</p>}
      {results && results.length > 0 && (
        <section aria-labelledby="lookup-results">
          <h2 id="lookup-results" className="mb-2 text-sm font-semibold text-stone-700" aria-live="polite">
            {t("verify.results", { count, q })}
          </h2>
          <ul className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
            {results.map((c) => (
              <li key={c.certificate_no}>
                <LocaleLink to={`/tra-cuu/${encodeURIComponent(c.certificate_no)}`} className="flex flex-wrap items-center justify-between gap-2 p-3 hover:bg-stone-50">
                  <span>
                    <span className="block font-semibold text-stone-900">{c.product.title}</span>
                    <span className="block font-mono text-sm text-stone-700">
                      {c.certificate_no} · {formatDate(c.expires_at)}
                    </span>
                  </span>
                  <StatusChip status={c.status} />
                </LocaleLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {results && results.length === 0 && (
        <section aria-labelledby="verdict" className="space-y-3 rounded-xl border-2 border-slate-500 bg-slate-100 p-4 text-slate-900" data-status="unknown">
          <h2 id="verdict" className="flex items-center gap-3 text-2xl font-bold">
            <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full border-2 border-current text-xl">
              ?
            </span>
            {t("verify.status.unknown")}
          </h2>
          <p className="leading-relaxed">{t("verify.noMatch", { q })}</p>
          {suggestions.length > 0 && (
            <div>
              <p className="text-sm">{t("verify.suggestions")}</p>
              <ul className="mt-1 space-y-1">
                {suggestions.map((s) => (
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
    </div>
  )
}

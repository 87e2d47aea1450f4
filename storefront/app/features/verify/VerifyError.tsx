import { isRouteErrorResponse, useRouteError } from "@remix-run/react"
import type { ReactNode } from "react"
import { LocaleLink } from "~/components/LocaleLink"
import { formatDate } from "~/lib/format"
import { LookupForm } from "./LookupForm"
import { useVerifyErrorTranslation } from "./strings"

/** What the verify pages throw instead of their answer: too many checks (429), or a product whose certificate lapsed (410). */
export type VerifyErrorData =
  | { kind: "too_many"; retry_after: number }
  | { kind: "gone"; reason: "revoked" | "expired"; certificate_no: string; title: string; date: string }

/**
 * The lookup's own error page, in the page's language: a 429 says when to try again, a 410 (a product page
 * whose certificate was revoked or expired) says why and links to the certificate; anything else is `fallback`,
 * the site's usual error page, which the route hands in from the page frame (features do not import layout/).
 */
export function VerifyErrorBoundary({ fallback }: { fallback: (status: number) => ReactNode }) {
  const error = useRouteError()
  const { t } = useVerifyErrorTranslation()
  const data = isRouteErrorResponse(error) ? (error.data as VerifyErrorData | null) : null
  if (isRouteErrorResponse(error) && error.status === 429 && data?.kind === "too_many") {
    return (
      <section className="mx-auto max-w-xl space-y-4 px-4 py-12">
        <p className="text-5xl font-black text-ocop-800" aria-hidden="true">
          429
        </p>
        <h1 className="text-2xl font-bold text-stone-900">{t("verifyErrors.title")}</h1>
        <p role="alert" className="text-stone-800">
          {t("verifyErrors.tooMany", { minutes: Math.max(1, Math.ceil(data.retry_after / 60)) })}
        </p>
      </section>
    )
  }
  if (isRouteErrorResponse(error) && error.status === 410 && data?.kind === "gone") {
    return (
      <section className="mx-auto max-w-xl space-y-4 px-4 py-12" data-status="gone">
        <p className="text-5xl font-black text-ocop-800" aria-hidden="true">
          410
        </p>
        <h1 className="text-2xl font-bold text-stone-900">{t("verifyErrors.gone.title")}</h1>
        <p className="leading-relaxed text-stone-800">
          {t(`verifyErrors.gone.${data.reason}`, { number: data.certificate_no, title: data.title, date: formatDate(data.date) })}
        </p>
        <div className="flex flex-wrap gap-3">
          <LocaleLink
            to={`/tra-cuu/${encodeURIComponent(data.certificate_no)}`}
            className="rounded-lg bg-ocop-800 px-5 py-3 font-semibold text-white hover:bg-ocop-900"
          >
            {t("verifyErrors.gone.lookup")}
          </LocaleLink>
          <LocaleLink to="/san-pham" className="rounded-lg border border-ocop-800 px-5 py-3 font-semibold text-ocop-900 hover:bg-ocop-50">
            {t("verifyErrors.gone.browse")}
          </LocaleLink>
        </div>
        <div className="pt-4">
          <LookupForm />
        </div>
      </section>
    )
  }
  return <>{fallback(isRouteErrorResponse(error) ? error.status : 500)}</>
}

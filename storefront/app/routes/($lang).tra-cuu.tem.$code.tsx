import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node"
import { useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react"
import { isbot } from "isbot"
import { LookupForm } from "~/features/verify/LookupForm"
import { orTooMany } from "~/features/verify/page.server"
import { StampPanel, type PlaceResult } from "~/features/verify/StampPanel"
import { useVerifyTranslation } from "~/features/verify/strings"
import { VerificationCard } from "~/features/verify/VerificationCard"
import { VerifyErrorBoundary } from "~/features/verify/VerifyError"
import { ErrorPage } from "~/layout/ErrorPage"
import { checkStamp, placeStampCheck } from "~/features/verify/verify.server"
import { localeOf, translatorFor } from "~/i18n/i18next.server"
import { loaderHeaders } from "~/lib/headers"
import { publicOrigin } from "~/lib/http.server"
import { seoMeta } from "~/lib/seo"

/**
 * What a stamp's QR code opens (`/tra-cuu/tem/<code>`): the lookup's answer for its certificate, and the scan
 * counted, with a warning when the code looks copied (docs/decisions/029). Crawlers and link previews are shown
 * the page without a check, so a shared link does not count as scans. Never cached.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = localeOf(request)
  const code = (params.code ?? "").trim()
  const t = await translatorFor(locale)
  const seo = { title: `${t("verify.stamp.title", { code: code.toUpperCase() })} · ${t("site.name")}`, description: t("verify.intro"), path: `/tra-cuu/tem/${encodeURIComponent(code)}`, locale, origin: publicOrigin(request), noindex: true }
  const headers = { "Cache-Control": "no-store" }
  if (isbot(request.headers.get("user-agent") ?? "")) return data({ code, result: { kind: "not_checked" as const }, seo }, { headers })
  const result = await orTooMany(checkStamp(request, locale, code))
  return data(
    { code, result, seo },
    { status: result.kind === "found" ? 200 : result.kind === "unknown" ? 404 : 400, headers }
  )
}

/** The place a shopper chose to share for her own scan (the check's id came with it). */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  const latitude = Number(form.get("latitude"))
  const longitude = Number(form.get("longitude"))
  const checkId = String(form.get("check_id") ?? "")
  if (form.get("intent") !== "place" || !Number.isFinite(latitude) || !Number.isFinite(longitude) || !/^stchk_[0-9A-Z]{26}$/.test(checkId)) {
    return data<PlaceResult>({ ok: false }, { status: 400 })
  }
  const placed = await orTooMany(placeStampCheck(request, localeOf(request), params.code ?? "", { check_id: checkId, latitude, longitude }))
  return data<PlaceResult>(placed ? { ok: true, stamp: placed.stamp } : { ok: false }, { status: placed ? 200 : 400, headers: { "Cache-Control": "no-store" } })
}

/** Sharing a place answers with the stamp's new summary: loading the page again would only count the same scan. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) => (formMethod === "POST" ? false : defaultShouldRevalidate)

export const headers = loaderHeaders
export const meta: MetaFunction<typeof loader> = ({ data }) => seoMeta(data?.seo)
export function ErrorBoundary() {
  return <VerifyErrorBoundary fallback={(status) => <ErrorPage status={status} />} />
}

export default function StampCheck() {
  const { code, result } = useLoaderData<typeof loader>()
  const { t } = useVerifyTranslation()
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6">
      {result.kind === "found" && (
        <div className="flex flex-col gap-5">
          <p className="text-sm font-semibold text-stone-600">{t("verify.title")}</p>
          {/* A warned stamp comes first: a valid certificate says nothing about a copied label. */}
          <div className={result.stamp.warning ? "order-first" : "order-last"}>
            <StampPanel
              headingLevel={result.stamp.warning ? 1 : 2}
              stamp={result.stamp}
              registerStars={result.certification.successor && result.certification.status === "superseded" ? result.certification.successor.stars : result.certification.stars}
            />
          </div>
          <VerificationCard certification={result.certification} headingLevel={result.stamp.warning ? 2 : 1} />
        </div>
      )}
      {result.kind === "unknown" && (
        <section aria-labelledby="verdict" className="space-y-2 rounded-xl border-2 border-red-700 bg-red-50 p-4 text-red-950" data-status="unknown-stamp">
          <h1 id="verdict" className="flex items-center gap-3 text-2xl font-bold">
            <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-full border-2 border-current text-xl">
              ✕
            </span>
            {t("verify.stamp.unknownTitle")}
          </h1>
          <p className="leading-relaxed">{t("verify.stamp.unknownText", { code: code.toUpperCase() })}</p>
        </section>
      )}
      {result.kind === "malformed" && (
        <section className="space-y-2" data-status="malformed">
          <h1 className="text-2xl font-bold text-stone-900">{t("verify.stamp.unknownTitle")}</h1>
          <p className="text-stone-800">{t("verify.stamp.badCode", { code })}</p>
        </section>
      )}
      {result.kind === "not_checked" && (
        <section className="space-y-2">
          <h1 className="text-2xl font-bold text-stone-900">{t("verify.stamp.title", { code: code.toUpperCase() })}</h1>
          <p className="text-stone-800">{t("verify.scanHint")}</p>
        </section>
      )}
      <div className="space-y-2 border-t border-stone-200 pt-4">
        <h2 className="text-sm font-semibold text-stone-700">{t("verify.anotherLookup")}</h2>
        <LookupForm />
      </div>
    </div>
  )
}

import { useTranslation } from "react-i18next"
import { LocaleLink } from "~/components/LocaleLink"

/** The 404 and error pages, in the language of the URL that failed. */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useTranslation()
  // Any refusal of what the URL asked for (404, and 400 for a malformed one) reads as "no such page": it is
  // the visitor's link that is wrong, not the site.
  const notFound = status >= 400 && status < 500
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-6xl font-black text-ocop-800" aria-hidden="true">
        {status}
      </p>
      <h1 className="mt-4 text-2xl font-bold text-stone-900">
        {t(notFound ? "errors.notFoundTitle" : "errors.errorTitle")}
      </h1>
      <p className="mt-3 text-stone-700">{t(notFound ? "errors.notFoundText" : "errors.errorText")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <LocaleLink
          to="/san-pham"
          className="rounded-lg bg-ocop-800 px-5 py-3 font-semibold text-white hover:bg-ocop-900"
        >
          {t("errors.browse")}
        </LocaleLink>
        <LocaleLink
          to="/"
          className="rounded-lg border border-ocop-800 px-5 py-3 font-semibold text-ocop-900 hover:bg-ocop-50"
        >
          {t("errors.backHome")}
        </LocaleLink>
      </div>
    </section>
  )
}

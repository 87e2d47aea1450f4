import { Link } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { catalogueSearch, pageCount, type CatalogueState } from "./catalogue-query"

/** Previous / next links that keep every filter; plain links, so they work and can be opened in new tabs. */
export function Pagination({ state, count, basePath }: { state: CatalogueState; count: number; basePath: string }) {
  const { t } = useTranslation()
  const pages = pageCount(count)
  if (pages <= 1) return null
  const linkClass =
    "inline-flex h-11 items-center rounded-lg border border-ocop-800 px-4 font-semibold text-ocop-900 hover:bg-ocop-50"
  return (
    <nav aria-label={t("catalogue.pagination")} className="mt-8 flex items-center justify-between gap-3">
      {state.page > 1 ? (
        <Link to={`${basePath}${catalogueSearch(state, { page: state.page - 1 })}`} rel="prev" className={linkClass}>
          ← {t("catalogue.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("catalogue.page", { page: state.page, pages })}</span>
      {state.page < pages ? (
        <Link to={`${basePath}${catalogueSearch(state, { page: state.page + 1 })}`} rel="next" className={linkClass}>
          {t("catalogue.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

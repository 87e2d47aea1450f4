import { Link } from "@remix-run/react"
import { useTranslation } from "react-i18next"

/**
 * Previous / next links of a public paged list (the catalogue, producers, sales points, a province's products),
 * with "page 2 of 5" between them: plain links, so they work without JavaScript and open in new tabs. `hrefFor`
 * keeps whatever filters the page has. Nothing when one page holds all. (The signed-in lists use PageLinks.)
 */
export function ListPagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  const linkClass =
    "inline-flex h-11 items-center rounded-lg border border-ocop-800 px-4 font-semibold text-ocop-900 hover:bg-ocop-50"
  return (
    <nav aria-label={t("catalogue.pagination")} className="mt-8 flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← {t("catalogue.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("catalogue.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} rel="next" className={linkClass}>
          {t("catalogue.next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

import { useTranslation } from "react-i18next"
import { LocaleLink } from "./LocaleLink"

/**
 * "Previous · page 2 of 5 · Next" under a list of the signed-in pages (orders, favourites): plain links to
 * `path?page=N` (after `path`'s own query, if it has one), so they work without JavaScript. Nothing when the list fits on one page.
 */
export function PageLinks({ path, page, pages }: { path: string; page: number; pages: number }) {
  const { t } = useTranslation()
  if (pages <= 1) return null
  const to = (n: number) => `${path}${path.includes("?") ? "&" : "?"}page=${n}`
  return (
    <nav aria-label={t("catalogue.pagination")} className="mt-4 flex items-center justify-between text-sm font-semibold">
      {page > 1 ? (
        <LocaleLink to={to(page - 1)} className="text-ocop-800 underline">
          {t("catalogue.previous")}
        </LocaleLink>
      ) : (
        <span />
      )}
      <span className="text-stone-600">{t("catalogue.page", { page, pages })}</span>
      {page < pages ? (
        <LocaleLink to={to(page + 1)} className="text-ocop-800 underline">
          {t("catalogue.next")}
        </LocaleLink>
      ) : (
        <span />
      )}
    </nav>
  )
}

import { Link, NavLink, useFetchers, useLocation } from "@remix-run/react"
import { useTranslation } from "react-i18next"
import { CartButton } from "~/features/cart/CartButton"
import { SearchBox } from "~/features/search/SearchBox"
import { pathInLocale } from "~/i18n/config"
import { useLocale, useLocalizePath } from "~/i18n/use-locale"

/**
 * Phone first: the name, the language switch and the cart on one row, the search box full width below, the
 * three sections under it. From `sm` up the search box moves into the first row.
 */
export function Header({ cartCount: savedCount }: { cartCount: number }) {
  const { t } = useTranslation()
  const cartCount = savedCount + pendingAdds(useFetchers())
  const locale = useLocale()
  const localize = useLocalizePath()
  const { pathname, search } = useLocation()
  const otherLocale = locale === "vi" ? "en" : "vi"
  const sections = [
    { to: "/san-pham", label: t("nav.products") },
    { to: "/chu-the", label: t("nav.producers") },
    { to: "/diem-ban", label: t("nav.salesPoints") },
    { to: "/hoi-cho", label: t("nav.fairs") },
    { to: "/tinh", label: t("nav.provinces") },
  ]
  return (
    <header className="border-b border-ocop-900 bg-ocop-800 text-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-ocop-900"
      >
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-2 gap-y-2 px-4 py-2.5 sm:gap-x-3">
        <Link to={localize("/")} className="flex items-center gap-2 text-base font-bold leading-tight sm:text-lg">
          <img src="/favicon.svg" alt="" width={26} height={26} />
          <span>{t("site.name")}</span>
        </Link>
        <SearchBox />
        <div className="ml-auto flex items-center gap-0.5 sm:ml-0">
          <a
            href={pathInLocale(pathname + search, otherLocale)}
            hrefLang={otherLocale}
            lang={otherLocale}
            aria-label={`${t("header.otherLanguageLabel")} (${otherLocale.toUpperCase()})`}
            className="rounded-lg px-2 py-2 text-sm font-semibold underline-offset-4 hover:underline"
          >
            {/* On a phone the name of the site needs the room: the language's code, spelled out from `sm` up. */}
            <span className="sm:hidden">{otherLocale.toUpperCase()}</span>
            <span className="hidden sm:inline">{t("header.otherLanguage")}</span>
          </a>
          <Link
            to={localize("/tai-khoan")}
            aria-label={t("account.headerLink")}
            className="rounded-lg p-1.5 hover:bg-ocop-700"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <circle cx="12" cy="8" r="4" />
              <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" />
            </svg>
          </Link>
          <CartButton count={cartCount} />
        </div>
      </div>
      <nav aria-label={t("nav.main")} className="bg-ocop-900">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-medium">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink
                to={localize(section.to)}
                className={({ isActive }) =>
                  `block whitespace-nowrap px-3 py-2.5 hover:text-star ${
                    isActive ? "text-star underline decoration-2 underline-offset-8" : ""
                  }`
                }
              >
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}

/** What is being added to the cart right now (a card's or product page's fetcher): counted before the answer. */
function pendingAdds(fetchers: ReturnType<typeof useFetchers>): number {
  return fetchers
    .filter((fetcher) => fetcher.state === "submitting" && fetcher.formData?.get("intent") === "add")
    .reduce((sum, fetcher) => sum + (Number.parseInt(String(fetcher.formData?.get("quantity") ?? "1"), 10) || 1), 0)
}

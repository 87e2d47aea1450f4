/**
 * Renders a component as a page of the storefront would: inside Remix's router (links, forms, location) at a
 * given URL, with the browser's translator for the URL's language.
 */
import { createRemixStub } from "@remix-run/testing"
import { render } from "@testing-library/react"
import type { ReactNode } from "react"
import { I18nextProvider } from "react-i18next"
import { localeFromPathname } from "~/i18n/config"
import { createHydrationI18n } from "~/i18n/hydration-i18n"
import en from "~/i18n/locales/en"
import vi from "~/i18n/locales/vi"
import { LAZY_SECTION_KEYS, loadSections } from "~/i18n/sections"

// In the browser entry.client fetches a page's lazy sections before hydrating; components under test get them all.
await Promise.all([loadSections("vi", LAZY_SECTION_KEYS), loadSections("en", LAZY_SECTION_KEYS)])

export function renderPage(ui: ReactNode, url = "/") {
  const locale = localeFromPathname(new URL(url, "http://localhost").pathname)
  const Stub = createRemixStub([{ path: "*", Component: () => <>{ui}</> }])
  return render(
    <I18nextProvider i18n={createHydrationI18n(locale, locale === "en" ? en : vi)}>
      <Stub initialEntries={[url]} />
    </I18nextProvider>
  )
}

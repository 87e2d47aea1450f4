import { RemixBrowser } from "@remix-run/react"
import i18next from "i18next"
import { StrictMode, startTransition } from "react"
import { hydrateRoot } from "react-dom/client"
import { I18nextProvider, initReactI18next } from "react-i18next"
import { i18nOptions, localeFromPathname } from "./i18n/config"
import { loadResources } from "./i18n/resources"

async function hydrate() {
  // The server rendered in the URL's language; hydrate with exactly those strings, and load no other language.
  const locale = localeFromPathname(window.location.pathname)
  await i18next.use(initReactI18next).init({
    ...i18nOptions,
    lng: locale,
    resources: { [locale]: { common: await loadResources(locale) } },
  })
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>
    )
  })
}

void hydrate()
